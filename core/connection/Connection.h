#pragma once

#include "core/connection/Backoff.h"
#include "core/db/ConnectionSettings.h"
#include "core/db/Database.h"
#include "core/db/ServerProfile.h"
#include "core/domain/Types.h"
#include "core/Result.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <memory>
#include <type_traits>

namespace Elect {

/// One signed-in database connection on a worker thread of its own, shared by elect-admin and
/// elect-kiosk. The Database, the embedded server's start and the keychain are used only on that thread
/// (a QThreadPool of one, so calls keep their order and the Database is never used from two threads);
/// callers continue on their own thread with QFuture::then(context, ...), so the GUI never waits.
///
/// After a lost connection (the server stopped, the network went away) it reconnects by itself with the
/// same settings, waiting longer after each failed attempt (Backoff: bounded, never busy), and says so
/// through stateChanged(): Open, Lost while it retries, Open again. Calls made while it is Lost fail at
/// once with ErrorCode::Unavailable; they are not queued and not replayed.
///
/// The server closes a person's or kiosk's session that sat idle too long (idle_session_timeout,
/// docs/security.md). Before each call the worker reads what the server sent meanwhile, without sending
/// anything; when the server had closed the connection, it reconnects with the same settings and then makes
/// the call, which had not reached the server. A statement that may have run is never sent again.
///
/// Lives on the thread that creates it (the GUI thread); its methods are called from that thread only.
class Connection : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Closed,  ///< not signed in (yet), or open() failed
        Opening, ///< open() is under way
        Open,    ///< signed in; run() works
        Lost,    ///< the connection went away; reconnecting with backoff
    };
    Q_ENUM(State)

    explicit Connection(QObject* parent = nullptr);
    /// Waits for the call that runs, if any; queued calls still run, against no connection.
    ~Connection() override;

    struct Opened
    {
        Identity identity;
        QString server; ///< the server, for people ("socket /run/...", "db.example.org:5432")
    };

    /// Starts the embedded server when \a startEmbedded, connects with \a settings and asks the database
    /// who that is. An account of another kind than \a expected is refused (NotAllowed, with
    /// \a wrongKindMessage) and not kept. On success the connection is kept (replacing any earlier one)
    /// and reconnects with the same settings whenever it is lost.
    QFuture<Result<Opened>> open(const ConnectionSettings& settings, bool startEmbedded, Identity::Kind expected,
                                 const QString& wrongKindMessage);
    /// Drops the connection and stops reconnecting.
    void close();

    State state() const { return m_state; }
    bool isOpen() const { return m_state == State::Open; }
    /// Who the database says we are; valid once open() succeeded.
    const Identity& identity() const { return m_identity; }
    /// Why the connection was lost (translated), while state() is Lost.
    QString lostMessage() const { return m_lostMessage; }
    /// Reconnection attempts since the connection was lost.
    int reconnectAttempts() const { return m_backoff.attempts(); }

    /// How often an open connection checks that the server is still there (0: never; then a loss is
    /// noticed by the next call that fails). The kiosk checks, so that it never shows "Ready" to a voter
    /// while its server is gone.
    void setHeartbeatInterval(int ms);
    /// The first and the longest wait between reconnection attempts (defaults: 1 s and 30 s).
    void setRetryDelays(int firstMs, int maxMs);

    /// Runs \a fn(Database&) on the worker thread; \a fn returns a Result. Fails with Unavailable, without
    /// calling \a fn, when the connection is not open.
    template <typename Fn>
    auto run(Fn fn) -> QFuture<std::invoke_result_t<Fn, Database&>>
    {
        using R = std::invoke_result_t<Fn, Database&>;
        return QtConcurrent::run(&m_pool, [this, fn]() -> R {
            if (!m_db || !ensureLinkOnWorker())
                return R(notConnected());
            R result = fn(*m_db);
            checkLinkOnWorker();
            return result;
        });
    }

    /// Runs \a fn(QPromise<T>&, Database&) on the worker thread, for long work: \a fn reports progress
    /// through the promise (setProgressRange, setProgressValue) and stops early when
    /// promise.isCanceled() (the caller called cancel() on the future). \a fn adds its result to the
    /// promise; T is a Result, and Unavailable is added without calling \a fn when not connected.
    template <typename T, typename Fn>
    QFuture<T> runWithProgress(Fn fn)
    {
        return QtConcurrent::run(&m_pool, [this, fn](QPromise<T>& promise) {
            if (!m_db || !ensureLinkOnWorker()) {
                promise.addResult(T(notConnected()));
                return;
            }
            fn(promise, *m_db);
            checkLinkOnWorker();
        });
    }

    /// The keychain, on the worker thread (QtKeychain must not be used from the GUI thread here).
    QFuture<Result<QString>> readSecret(const QString& key);
    QFuture<Status> writeSecret(const QString& key, const QString& secret);
    QFuture<Status> removeSecret(const QString& key);

    /// The keychain entry of a person's password on a server.
    static QString personKey(const ServerProfile& profile, const QString& email);
    /// The keychain entry of this computer's kiosk login and password (JSON).
    static QString kioskKey();

Q_SIGNALS:
    void stateChanged(Elect::Connection::State state);
    /// The connection went away; \a message says so for people. Reconnection has started.
    void lost(const QString& message);
    /// Open again after a loss, as the same account.
    void reconnected();

private:
    static Error notConnected();
    /// Worker thread: a call found the connection broken; drop it and tell the owner's thread.
    void checkLinkOnWorker();
    /// Worker thread, before a call: reconnects when the server closed the idle connection. False (and
    /// the owner's thread told) when that reconnection failed.
    bool ensureLinkOnWorker();
    void reportLostOnWorker();
    /// Worker thread: the embedded server's start, the connection and whoAmI.
    static Result<std::pair<std::unique_ptr<Database>, Identity>> connectOnWorker(const ConnectionSettings& settings,
                                                                                  bool startEmbedded);
    void setState(State state);
    void onLost(const QString& message);
    void attemptReconnect();
    void heartbeat();

    QThreadPool m_pool;
    std::unique_ptr<Database> m_db;      ///< touched only on m_pool's thread after construction
    ConnectionSettings m_workerSettings; ///< m_pool's thread: what m_db was opened with
    bool m_workerStartEmbedded = false;  ///< m_pool's thread
    qint64 m_workerLastPrune = 0;        ///< m_pool's thread: when the embedded server's logs were pruned (ms)
    std::atomic<int> m_generation{0};    ///< bumped by open() and close(); stale replies are dropped
    State m_state = State::Closed;
    Identity m_identity;
    ConnectionSettings m_settings; ///< kept to reconnect, password included, in memory only
    bool m_startEmbedded = false;
    QString m_lostMessage;
    Backoff m_backoff;
    QTimer m_retryTimer;
    QTimer m_heartbeatTimer;
    bool m_heartbeatPending = false;
    bool m_reconnecting = false;
};

} // namespace Elect
