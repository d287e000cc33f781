#include "core/db/AuditRepository.h"

#include "core/db/DbSupport.h"

#include <optional>

namespace Elect {

namespace {
const Db::Statement kHead{"audit_head", "SELECT row_count, last_id, head_hash FROM elect.audit_head()"};
const Db::Statement kChain{"audit_chain", "SELECT id, body, prev_hash, row_hash FROM elect.audit_chain($1, $2)"};
const Db::Statement kChainStart{"audit_chain_start",
                                "SELECT id, body, prev_hash, row_hash FROM elect.audit_chain(NULL, $1)"};
const Db::Statement kSeal{"audit_seal", "SELECT elect.audit_seal($1)"};
const Db::Statement kBacklog{
    "audit_backlog", "SELECT waiting, extract(epoch FROM oldest)::float8 AS oldest FROM elect.audit_unsealed_count()"};

QByteArray bytes(const pqxx::field& f)
{
    if (f.is_null())
        return {};
    const pqxx::binarystring b(f);
    return QByteArray(reinterpret_cast<const char*>(b.data()), int(b.size()));
}
} // namespace

AuditRepository::AuditRepository(Database& db) : m_db(db) {}

Result<AuditHead> AuditRepository::head()
{
    return Db::transact<AuditHead>(m_db, [](pqxx::work& w) {
        const pqxx::result r = Db::execPrepared(w, kHead);
        AuditHead h;
        h.rowCount = Db::int64(r[0]["row_count"]);
        h.lastId = Db::int64(r[0]["last_id"]);
        h.headHash = bytes(r[0]["head_hash"]);
        return h;
    });
}

Status AuditRepository::forEachRow(const std::function<bool(const AuditChainRow&)>& visit, int pageSize)
{
    std::optional<qint64> after;
    for (;;) {
        const auto page = Db::transact<QList<AuditChainRow>>(m_db, [&](pqxx::work& w) {
            const pqxx::result r =
                after ? Db::execPrepared(w, kChain, *after, pageSize) : Db::execPrepared(w, kChainStart, pageSize);
            QList<AuditChainRow> rows;
            rows.reserve(int(r.size()));
            for (const auto& row : r)
                rows << AuditChainRow{row["id"].as<long long>(), bytes(row["body"]), bytes(row["prev_hash"]),
                                      bytes(row["row_hash"])};
            return rows;
        });
        if (!page)
            return page.error();
        for (const AuditChainRow& row : *page) {
            if (!visit(row))
                return success();
        }
        if (page->size() < pageSize)
            return success();
        after = page->last().id;
    }
}

Result<int> AuditRepository::seal(int limit)
{
    return Db::transact<int>(m_db,
                             [limit](pqxx::work& w) { return Db::execPrepared(w, kSeal, limit)[0][0].as<int>(); });
}

Result<AuditBacklog> AuditRepository::backlog()
{
    return Db::transact<AuditBacklog>(m_db, [](pqxx::work& w) {
        const pqxx::result r = Db::execPrepared(w, kBacklog);
        AuditBacklog b;
        b.waiting = Db::int64(r[0]["waiting"]);
        if (!r[0]["oldest"].is_null())
            b.oldest = QDateTime::fromMSecsSinceEpoch(qint64(r[0]["oldest"].as<double>() * 1000.0), Qt::UTC);
        return b;
    });
}

} // namespace Elect
