#include "core/db/OutboxRepository.h"

#include "core/db/DbSupport.h"

#include <QJsonDocument>

#include <algorithm>

namespace Elect {

namespace {

const Db::Statement kClaim{
    "outbox_claim",
    "UPDATE elect.outbox o SET next_attempt_at = now() + make_interval(secs => $2::int)"
    " WHERE o.id IN (SELECT id FROM elect.outbox WHERE status = 'pending' AND next_attempt_at <= now()"
    "                ORDER BY next_attempt_at, id LIMIT $1::int FOR UPDATE SKIP LOCKED)"
    " RETURNING o.id, o.organization_id, o.kind, o.payload::text AS payload, o.attempts, o.next_attempt_at"};
const Db::Statement kSent{"outbox_sent",
                          "UPDATE elect.outbox SET status = 'sent', attempts = attempts + 1, last_error = NULL"
                          " WHERE id = $1 AND status = 'pending'"};
const Db::Statement kRetry{"outbox_retry", "UPDATE elect.outbox SET attempts = $2::int, last_error = $4,"
                                           " next_attempt_at = now() + make_interval(secs => $3::int)"
                                           " WHERE id = $1 AND status = 'pending'"};
const Db::Statement kFailed{"outbox_failed",
                            "UPDATE elect.outbox SET status = 'failed', attempts = $2::int, last_error = $3"
                            " WHERE id = $1 AND status = 'pending'"};

} // namespace

OutboxRepository::OutboxRepository(Database& db) : m_db(db) {}

Result<QList<OutboxMessage>> OutboxRepository::claimDue(int limit, int leaseSeconds)
{
    return Db::transact<QList<OutboxMessage>>(m_db, [&](pqxx::work& w) {
        QList<OutboxMessage> claimed;
        for (const auto& row : Db::execPrepared(w, kClaim, limit, leaseSeconds)) {
            OutboxMessage m;
            m.id = row["id"].as<long long>();
            if (!row["organization_id"].is_null())
                m.organizationId = row["organization_id"].as<long long>();
            m.kind = Db::qstr(row["kind"]);
            m.payload = QJsonDocument::fromJson(QByteArray::fromStdString(row["payload"].as<std::string>())).object();
            m.attempts = row["attempts"].as<int>();
            claimed << m;
        }
        // RETURNING keeps no order: in the order the messages were written.
        std::sort(claimed.begin(), claimed.end(),
                  [](const OutboxMessage& a, const OutboxMessage& b) { return a.id < b.id; });
        return claimed;
    });
}

Status OutboxRepository::markSent(qint64 id)
{
    return Db::transactVoid(m_db, [&](pqxx::work& w) { Db::execPrepared(w, kSent, id); });
}

Status OutboxRepository::scheduleRetry(qint64 id, int attempts, int delaySeconds, const QString& reason)
{
    return Db::transactVoid(
        m_db, [&](pqxx::work& w) { Db::execPrepared(w, kRetry, id, attempts, delaySeconds, Db::str(reason)); });
}

Status OutboxRepository::markFailed(qint64 id, int attempts, const QString& reason)
{
    return Db::transactVoid(m_db, [&](pqxx::work& w) { Db::execPrepared(w, kFailed, id, attempts, Db::str(reason)); });
}

} // namespace Elect
