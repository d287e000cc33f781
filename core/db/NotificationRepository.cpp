#include "core/db/NotificationRepository.h"

#include "core/db/DbKeys.h"
#include "core/db/DbSupport.h"

#include <cstring>
#include <utility>

namespace Elect {

namespace {

const std::pair<Notification::Priority, const char*> kPriorities[] = {{Notification::Priority::Low, "low"},
                                                                      {Notification::Priority::Normal, "normal"},
                                                                      {Notification::Priority::High, "high"},
                                                                      {Notification::Priority::Urgent, "urgent"}};

const Db::Statement kList{
    "notifications_list",
    "SELECT n.id, n.type, n.priority, n.title, n.message, n.election_id, e.title AS election_title, n.candidate_id,"
    " c.name AS candidate_name, (n.extra ->> 'approval_request_id')::bigint AS approval_request_id,"
    " n.recipient_id IS NOT NULL AS personal, extract(epoch FROM n.created_at) AS created_at,"
    " extract(epoch FROM r.read_at) AS read_at,"
    " coalesce(n.election_id, (SELECT max(p.election_id) FROM elect.candidate_participations p"
    "   WHERE p.candidate_id = n.candidate_id)) AS candidate_election_id"
    " FROM elect.notifications n LEFT JOIN elect.elections e ON e.id = n.election_id"
    " LEFT JOIN elect.candidates c ON c.id = n.candidate_id"
    " LEFT JOIN elect.notification_reads r ON r.notification_id = n.id AND r.user_id = elect.current_user_id()"
    " ORDER BY n.created_at DESC, n.id DESC LIMIT $1::int"};
// Read is per person (0026): this login's own rows of notification_reads.
const Db::Statement kUnread{"notifications_unread",
                            "SELECT count(*) AS n FROM elect.notifications n WHERE NOT EXISTS (SELECT FROM"
                            " elect.notification_reads r WHERE r.notification_id = n.id"
                            " AND r.user_id = elect.current_user_id())"};
const Db::Statement kMarkRead{"notifications_mark_read",
                              "INSERT INTO elect.notification_reads (notification_id)"
                              " SELECT n.id FROM elect.notifications n WHERE n.id = $1 ON CONFLICT DO NOTHING"};
const Db::Statement kMarkAllRead{"notifications_mark_all_read",
                                 "INSERT INTO elect.notification_reads (notification_id)"
                                 " SELECT n.id FROM elect.notifications n ON CONFLICT DO NOTHING"};

std::optional<qint64> optionalInt64(const pqxx::field& f)
{
    return f.is_null() ? std::nullopt : std::optional<qint64>(f.as<long long>());
}

Notification::Priority priorityOf(const pqxx::field& f)
{
    if (!f.is_null())
        for (const auto& [value, name] : kPriorities)
            if (std::strcmp(f.c_str(), name) == 0)
                return value;
    throw Db::UnknownKey(f.name() ? f.name() : "?", f.is_null() ? "NULL" : f.c_str());
}

} // namespace

QString NotificationRepository::channel()
{
    return QStringLiteral("elect_notifications");
}

NotificationRepository::NotificationRepository(Database& db) : m_db(db) {}

QString NotificationRepository::keyOf(Notification::Priority priority)
{
    for (const auto& [value, name] : kPriorities)
        if (value == priority)
            return QString::fromLatin1(name);
    Q_UNREACHABLE();
    return {};
}

Result<QList<Notification>> NotificationRepository::list(int limit)
{
    return Db::transact<QList<Notification>>(m_db, [&](pqxx::work& w) {
        QList<Notification> out;
        for (const auto& row : Db::execPrepared(w, kList, limit)) {
            Notification n;
            n.id = row["id"].as<long long>();
            n.type = Db::qstr(row["type"]);
            n.priority = priorityOf(row["priority"]);
            n.title = Db::qstr(row["title"]);
            n.message = Db::qstr(row["message"]);
            n.electionId = optionalInt64(row["election_id"]);
            n.electionTitle = Db::qstr(row["election_title"]);
            n.candidateId = optionalInt64(row["candidate_id"]);
            n.candidateName = Db::qstr(row["candidate_name"]);
            n.approvalRequestId = optionalInt64(row["approval_request_id"]);
            n.personal = Db::boolean(row["personal"]);
            n.createdAt = Db::epoch(row["created_at"]);
            n.readAt = Db::epoch(row["read_at"]);
            n.candidateElectionId = optionalInt64(row["candidate_election_id"]);
            out << n;
        }
        return out;
    });
}

Result<int> NotificationRepository::unreadCount()
{
    return Db::transact<int>(m_db,
                             [&](pqxx::work& w) { return int(Db::execPrepared(w, kUnread)[0]["n"].as<long long>()); });
}

Result<bool> NotificationRepository::markRead(qint64 id)
{
    return Db::transact<bool>(m_db, [&](pqxx::work& w) {
        return Db::execPrepared(w, kMarkRead, static_cast<long long>(id)).affected_rows() > 0;
    });
}

Result<int> NotificationRepository::markAllRead()
{
    return Db::transact<int>(m_db,
                             [&](pqxx::work& w) { return int(Db::execPrepared(w, kMarkAllRead).affected_rows()); });
}

} // namespace Elect
