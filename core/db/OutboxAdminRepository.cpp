#include "core/db/OutboxAdminRepository.h"

#include "core/db/DbSupport.h"

namespace Elect {

OutboxAdminRepository::OutboxAdminRepository(Database& db) : m_db(db) {}

Result<QList<OutboxEntry>> OutboxAdminRepository::list(bool failedOnly, const QString& kind)
{
    return Db::transact<QList<OutboxEntry>>(m_db, [&](pqxx::work& w) {
        QList<OutboxEntry> out;
        const pqxx::result r =
            w.exec_params("SELECT id, kind, organization_id, organization_name, status::text AS status, attempts,"
                          "       extract(epoch FROM next_attempt_at) AS next_attempt_at, last_error,"
                          "       extract(epoch FROM created_at) AS created_at"
                          "  FROM elect.outbox_list($1, $2)",
                          failedOnly, Db::str(kind));
        for (const auto& row : r) {
            OutboxEntry e;
            e.id = row["id"].as<long long>();
            e.kind = Db::qstr(row["kind"]);
            if (!row["organization_id"].is_null())
                e.organizationId = row["organization_id"].as<long long>();
            e.organizationName = Db::qstr(row["organization_name"]);
            e.status = Db::qstr(row["status"]);
            e.attempts = row["attempts"].as<int>();
            e.nextAttemptAt = Db::epoch(row["next_attempt_at"]);
            e.lastError = Db::qstr(row["last_error"]);
            e.createdAt = Db::epoch(row["created_at"]);
            out << e;
        }
        return out;
    });
}

Status OutboxAdminRepository::retry(qint64 id)
{
    return Db::transactVoid(m_db, [&](pqxx::work& w) { w.exec_params("SELECT elect.outbox_retry($1)", id); });
}

} // namespace Elect
