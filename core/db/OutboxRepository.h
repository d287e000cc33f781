#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Elect {

class Database;

/// One claimed row of the outbox table (see core/service: the dispatcher hands it to its kind's handler).
struct OutboxMessage
{
    qint64 id = 0;
    std::optional<qint64> organizationId;
    QString kind;        ///< says which handler sends it
    QJsonObject payload; ///< what the function that wrote the row put there; never a secret
    int attempts = 0;    ///< attempts made before this one
};

/// The outbox as `elect serve` (the elect_service login) works it. Several servers may work one
/// outbox: a claim takes only rows that no other transaction holds (FOR UPDATE SKIP LOCKED) and leases
/// them, moving their next attempt past the lease, so that no other server sends them while this one
/// does; a server that dies mid-send gives its rows back when the lease ends.
class OutboxRepository
{
public:
    explicit OutboxRepository(Database& db);

    /// Up to \a limit pending messages that are due, oldest first, leased for \a leaseSeconds.
    Result<QList<OutboxMessage>> claimDue(int limit, int leaseSeconds);
    /// The provider took it: never sent again.
    Status markSent(qint64 id);
    /// A passing failure: \a attempts made so far, tried again in \a delaySeconds; \a reason is kept.
    Status scheduleRetry(qint64 id, int attempts, int delaySeconds, const QString& reason);
    /// Given up after \a attempts: never sent again; \a reason is kept for IT staff and the organization.
    Status markFailed(qint64 id, int attempts, const QString& reason);

private:
    Database& m_db;
};

} // namespace Elect
