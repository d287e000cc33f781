#pragma once

#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <memory>
#include <optional>

class QSocketNotifier;

namespace Elect {

class Connection;
class Database;
class NotificationListener;

/// Tells the window at once when a notification of the signed-in organization is written, without a
/// restart or a refresh: a connection of its own (same server and login as \a connection) LISTENs on the
/// database's notification channel, and the GUI thread watches its socket (QSocketNotifier) and reads
/// what arrived without waiting. The payload holds ids only; pages read the rows themselves, through RLS.
///
/// The server closes idle sessions (idle_session_timeout) and may restart: the feed then listens again
/// after a pause (growing to a minute) and says so with listening(true), so that pages reload whatever
/// they missed meanwhile. A wake-up is a hint: pages also reload on F5.
class NotificationFeed : public QObject
{
    Q_OBJECT

public:
    explicit NotificationFeed(Connection& connection, QObject* parent = nullptr);
    ~NotificationFeed() override;

    /// Starts listening (off the GUI thread); listening(true) follows.
    void start();
    bool isListening() const { return m_listener != nullptr; }

Q_SIGNALS:
    /// A notification of this organization was written (its id).
    void notified(qint64 id);
    /// Listening started (again): reload, something may have been missed while it was not.
    void listening(bool on);

private:
    void listenAgainLater();
    void readAvailable();
    void drop();

    Connection& m_connection;
    QThreadPool m_pool;
    std::shared_ptr<Database> m_db;
    std::shared_ptr<NotificationListener> m_listener;
    QSocketNotifier* m_notifier = nullptr;
    QTimer m_retry;
    int m_retryMs = 2000;
    std::optional<qint64> m_organization;
    bool m_starting = false;
};

} // namespace Elect
