#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace Elect {

class Database;

/// LISTEN on one channel of a connection, for `elect serve` to wake at once when a row it must work is
/// written (EligibilityRepository::kNotifyChannel). The payloads are whatever the writer put there: for
/// Elect's channels, ids only, since any login may LISTEN. A wake-up is a hint, never the work itself:
/// the work is in the outbox, so a missed notification only delays it until the next poll.
///
/// Use a connection of its own (\a db outlives the listener): notifications are read between
/// transactions, and the event loop watches socketDescriptor() (QSocketNotifier, Read) to call take().
class NotificationListener
{
public:
    static Result<std::unique_ptr<NotificationListener>> listen(Database& db, const QString& channel);
    ~NotificationListener();
    NotificationListener(const NotificationListener&) = delete;
    NotificationListener& operator=(const NotificationListener&) = delete;

    /// The connection's socket: readable when a notification (or anything else) arrived.
    int socketDescriptor() const;
    /// The payloads received since the last call, oldest first. Never waits. Unavailable when the
    /// connection was lost (listen again on a new one).
    Result<QStringList> take();

private:
    struct Impl;
    explicit NotificationListener(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace Elect
