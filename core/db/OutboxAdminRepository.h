#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Elect {

class Database;

/// The outbox as IT staff see it (`elect outbox list`, `elect outbox retry`): a system admin or the
/// elect_service login.
struct OutboxEntry
{
    qint64 id = 0;
    QString kind;
    std::optional<qint64> organizationId;
    QString organizationName;
    QString status; ///< pending, sent, failed
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    QDateTime createdAt;
};

class OutboxAdminRepository
{
public:
    explicit OutboxAdminRepository(Database& db);
    /// The newest 1000 messages, newest first; only failed ones with \a failedOnly, only \a kind when given.
    /// Never the payload.
    Result<QList<OutboxEntry>> list(bool failedOnly, const QString& kind = {});
    /// Sends a failed or waiting message again now, its attempts counted from zero. Refuses a sent one.
    Status retry(qint64 id);

private:
    Database& m_db;
};

} // namespace Elect
