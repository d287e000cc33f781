#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Elect {

class Database;

/// One notification (a `notifications` row) as the signed-in person may see it: their organization's,
/// for everyone or for them alone.
struct Notification
{
    enum class Priority { Low, Normal, High, Urgent };
    qint64 id = 0;
    QString type; ///< the notification_type key ("approval_requested", "wallet_topped_up", ...)
    Priority priority = Priority::Normal;
    QString title;   ///< as the database wrote it (English); the app shows its own title by type
    QString message; ///< as the database wrote it
    std::optional<qint64> electionId;
    QString electionTitle; ///< of electionId, when there is one
    std::optional<qint64> candidateId;
    QString candidateName; ///< of candidateId, when there is one
    /// The election to open the candidate in: electionId, else the latest one the candidate stands in.
    std::optional<qint64> candidateElectionId;
    std::optional<qint64> approvalRequestId;
    bool personal = false; ///< addressed to this person alone
    QDateTime createdAt;
    QDateTime readAt; ///< invalid while unread
    bool isRead() const { return readAt.isValid(); }
};

/// The notifications of the signed-in person, newest first, and marking them read. Row-level security
/// decides what a login sees (core/sql/0024_notifications_approvals.sql): staff their organization's
/// notifications for everyone and their own; a system admin all of them. Reading is per person
/// (0026): one person marking a notification for everyone read leaves it unread for the others.
class NotificationRepository
{
public:
    /// The channel the database NOTIFYs on when a notification is written; the payload is
    /// {"id": N, "organization": M}, nothing else (any login may LISTEN).
    static QString channel();

    explicit NotificationRepository(Database& db);

    /// At most \a limit notifications, newest first.
    Result<QList<Notification>> list(int limit = 200);
    /// How many are unread.
    Result<int> unreadCount();
    /// Marks \a id read; true when it was unread (false: already read, or not this login's to see).
    Result<bool> markRead(qint64 id);
    /// Marks every unread notification this login sees read; returns how many.
    Result<int> markAllRead();

    static QString keyOf(Notification::Priority priority);

private:
    Database& m_db;
};

} // namespace Elect
