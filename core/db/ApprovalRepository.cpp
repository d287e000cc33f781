#include "core/db/ApprovalRepository.h"

#include "core/db/DbKeys.h"
#include "core/db/DbSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Elect {

namespace {

const Db::Statement kRequestElection{"approvals_request_election",
                                     "SELECT elect.request_election_change($1, $2::jsonb) AS id"};
const Db::Statement kRequestCandidate{"approvals_request_candidate",
                                      "SELECT elect.request_candidate_change($1, $2::jsonb) AS id"};
const Db::Statement kDecide{"approvals_decide", "SELECT elect.decide_approval_request($1, $2, $3)"};
const Db::Statement kList{
    "approvals_list",
    "SELECT r.id, r.target, r.target_id, coalesce(r.payload ->> 'name', '') AS name, r.requested_by,"
    " coalesce(u.first_name || ' ' || u.last_name, '') AS requested_by_name, r.payload -> 'before' AS before,"
    " r.payload -> 'after' AS after, r.status, coalesce(d.first_name || ' ' || d.last_name, '') AS decided_by_name,"
    " extract(epoch FROM r.decided_at) AS decided_at, coalesce(r.decision_reason, '') AS reason,"
    " extract(epoch FROM r.created_at) AS created_at"
    " FROM elect.approval_requests r LEFT JOIN elect.users u ON u.id = r.requested_by"
    " LEFT JOIN elect.users d ON d.id = r.decided_by"
    " WHERE NOT $1 OR r.requested_by = elect.current_user_id()"
    " ORDER BY r.created_at DESC, r.id DESC LIMIT 500"};

// The order a person reads the fields in.
const char* const kFieldOrder[] = {"title", "starts_at", "ends_at", "name", "party", "description"};

std::string isoUtc(const QDateTime& t)
{
    return Db::str(t.toUTC().toString(Qt::ISODate));
}

QJsonObject objectOf(const pqxx::field& f)
{
    return f.is_null() ? QJsonObject() : QJsonDocument::fromJson(QByteArray(f.c_str())).object();
}

} // namespace

ApprovalRepository::ApprovalRepository(Database& db) : m_db(db) {}

Result<qint64> ApprovalRepository::requestElectionChange(qint64 electionId, const ElectionChange& change)
{
    QJsonObject changes;
    if (change.title)
        changes.insert(QStringLiteral("title"), *change.title);
    if (change.startsAt)
        changes.insert(QStringLiteral("starts_at"), QString::fromStdString(isoUtc(*change.startsAt)));
    if (change.endsAt)
        changes.insert(QStringLiteral("ends_at"), QString::fromStdString(isoUtc(*change.endsAt)));
    const std::string json = QJsonDocument(changes).toJson(QJsonDocument::Compact).toStdString();
    return Db::transact<qint64>(m_db, [&](pqxx::work& w) {
        return qint64(
            Db::execPrepared(w, kRequestElection, static_cast<long long>(electionId), json)[0]["id"].as<long long>());
    });
}

Result<qint64> ApprovalRepository::requestCandidateChange(qint64 candidateId, const CandidateChange& change)
{
    QJsonObject changes;
    const auto put = [&changes](const char* key, const std::optional<QString>& value, bool clearable) {
        if (!value)
            return;
        const QString trimmed = value->trimmed();
        changes.insert(QLatin1String(key),
                       clearable && trimmed.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(trimmed));
    };
    put("name", change.name, false);
    put("party", change.party, true);
    put("description", change.description, true);
    const std::string json = QJsonDocument(changes).toJson(QJsonDocument::Compact).toStdString();
    return Db::transact<qint64>(m_db, [&](pqxx::work& w) {
        return qint64(
            Db::execPrepared(w, kRequestCandidate, static_cast<long long>(candidateId), json)[0]["id"].as<long long>());
    });
}

Result<QList<ApprovalRequest>> ApprovalRepository::list(bool mineOnly)
{
    return Db::transact<QList<ApprovalRequest>>(m_db, [&](pqxx::work& w) {
        QList<ApprovalRequest> out;
        for (const auto& row : Db::execPrepared(w, kList, mineOnly)) {
            ApprovalRequest r;
            r.id = row["id"].as<long long>();
            const QString target = Db::qstr(row["target"]);
            if (target == QLatin1String("election"))
                r.target = ApprovalRequest::Target::Election;
            else if (target == QLatin1String("candidate"))
                r.target = ApprovalRequest::Target::Candidate;
            else
                throw Db::UnknownKey("target", row["target"].c_str());
            r.targetId = Db::int64(row["target_id"]);
            r.targetName = Db::qstr(row["name"]);
            r.requestedById = Db::int64(row["requested_by"]);
            r.requestedBy = Db::qstr(row["requested_by_name"]);
            const QJsonObject before = objectOf(row["before"]);
            const QJsonObject after = objectOf(row["after"]);
            for (const char* key : kFieldOrder) {
                const QString k = QLatin1String(key);
                if (after.contains(k))
                    r.fields << ApprovalField{k, before.value(k), after.value(k)};
            }
            const QString status = Db::qstr(row["status"]);
            if (status == QLatin1String("pending"))
                r.status = ApprovalRequest::Status::Pending;
            else if (status == QLatin1String("approved"))
                r.status = ApprovalRequest::Status::Approved;
            else if (status == QLatin1String("rejected"))
                r.status = ApprovalRequest::Status::Rejected;
            else
                throw Db::UnknownKey("status", row["status"].c_str());
            r.decidedBy = Db::qstr(row["decided_by_name"]);
            r.decidedAt = Db::epoch(row["decided_at"]);
            r.reason = Db::qstr(row["reason"]);
            r.createdAt = Db::epoch(row["created_at"]);
            out << r;
        }
        return out;
    });
}

Status ApprovalRepository::approve(qint64 requestId)
{
    return Db::transactVoid(m_db, [&](pqxx::work& w) {
        Db::execPrepared(w, kDecide, static_cast<long long>(requestId), true, std::optional<std::string>());
    });
}

Status ApprovalRepository::reject(qint64 requestId, const QString& reason)
{
    return Db::transactVoid(m_db, [&](pqxx::work& w) {
        Db::execPrepared(w, kDecide, static_cast<long long>(requestId), false, Db::str(reason));
    });
}

} // namespace Elect
