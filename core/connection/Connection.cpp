#include "core/connection/Connection.h"

#include "core/db/AccountRepository.h"
#include "core/db/EmbeddedServer.h"
#include "core/secrets/SecretStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcConnection, "elect.core.connection", QtInfoMsg)

namespace Elect {

namespace {
constexpr int kFirstRetryMs = 1000;
constexpr int kLongestRetryMs = 30 * 1000;
constexpr qint64 kPruneLogsEveryMs = 10 * 60 * 1000;
} // namespace

Connection::Connection(QObject* parent) : QObject(parent), m_backoff(kFirstRetryMs, kLongestRetryMs)
{
    // One thread: the Database is not thread-safe and calls must keep their order.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &Connection::attemptReconnect);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &Connection::heartbeat);
}

Connection::~Connection()
{
    m_retryTimer.stop();
    m_heartbeatTimer.stop();
    m_pool.waitForDone();
}

QString Connection::personKey(const ServerProfile& profile, const QString& email)
{
    return QStringLiteral("admin/%1@%2").arg(loginRoleForEmail(email.trimmed()), profile.serverKey());
}

QString Connection::kioskKey()
{
    return QStringLiteral("kiosk/credentials");
}

Error Connection::notConnected()
{
    return {ErrorCode::Unavailable,
            QCoreApplication::translate("Elect::Connection",
                                        "Not connected to the database server. Elect is trying to reconnect; try "
                                        "again in a moment.")};
}

void Connection::setHeartbeatInterval(int ms)
{
    m_heartbeatTimer.setInterval(ms);
    if (ms > 0 && m_state == State::Open)
        m_heartbeatTimer.start();
    else if (ms <= 0)
        m_heartbeatTimer.stop();
}

void Connection::setRetryDelays(int firstMs, int maxMs)
{
    m_backoff = Backoff(firstMs, maxMs);
}

void Connection::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    if (state == State::Open && m_heartbeatTimer.interval() > 0)
        m_heartbeatTimer.start();
    else if (state != State::Open)
        m_heartbeatTimer.stop();
    Q_EMIT stateChanged(state);
}

Result<std::pair<std::unique_ptr<Database>, Identity>> Connection::connectOnWorker(const ConnectionSettings& settings,
                                                                                   bool startEmbedded)
{
    if (startEmbedded) {
        if (Status s = EmbeddedServer().start(); !s)
            return s.error();
    }
    auto db = Database::connect(settings);
    if (!db)
        return db.error();
    auto who = AccountRepository(**db).whoAmI();
    if (!who)
        return who.error();
    return std::make_pair(std::move(db).value(), *who);
}

QFuture<Result<Connection::Opened>> Connection::open(const ConnectionSettings& settings, bool startEmbedded,
                                                     Identity::Kind expected, const QString& wrongKindMessage)
{
    const int generation = ++m_generation;
    m_retryTimer.stop();
    m_reconnecting = false;
    setState(State::Opening);
    auto work = [this, settings, startEmbedded, expected, wrongKindMessage]() -> Result<Opened> {
        m_db.reset();
        auto opened = connectOnWorker(settings, startEmbedded);
        if (!opened)
            return opened.error();
        if (opened->second.kind != expected)
            return Error{ErrorCode::NotAllowed, wrongKindMessage};
        Opened out{opened->second, settings.describe()};
        m_db = std::move(std::move(opened).value().first);
        m_workerSettings = settings;
        m_workerStartEmbedded = startEmbedded;
        return out;
    };
    return QtConcurrent::run(&m_pool, work).then(this, [this, generation, settings, startEmbedded](Result<Opened> r) {
        if (generation != m_generation)
            return r; // close() or another open() came after; theirs is the state that counts
        if (!r) {
            setState(State::Closed);
            return r;
        }
        m_settings = settings;
        m_startEmbedded = startEmbedded;
        m_identity = r->identity;
        m_backoff.reset();
        setState(State::Open);
        return r;
    });
}

void Connection::close()
{
    ++m_generation;
    m_retryTimer.stop();
    m_reconnecting = false;
    m_settings = {};
    // Nobody waits for the drop: calls queued after it find no connection.
    (void)QtConcurrent::run(&m_pool, [this]() { m_db.reset(); });
    setState(State::Closed);
}

void Connection::checkLinkOnWorker()
{
    if (!m_db || m_db->isOpen())
        return;
    m_db.reset();
    reportLostOnWorker();
}

bool Connection::ensureLinkOnWorker()
{
    if (m_workerStartEmbedded) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (now - m_workerLastPrune > kPruneLogsEveryMs) {
            m_workerLastPrune = now;
            EmbeddedServer().pruneLogs();
        }
    }
    if (m_db->stillOpen())
        return true;
    // Nothing of the coming call was sent: reconnecting and then making it runs it once.
    qCInfo(lcConnection) << "the server had closed the idle connection; reconnecting before the call";
    m_db.reset();
    auto opened = connectOnWorker(m_workerSettings, m_workerStartEmbedded);
    if (!opened) {
        reportLostOnWorker();
        return false;
    }
    m_db = std::move(std::move(opened).value().first);
    return true;
}

void Connection::reportLostOnWorker()
{
    const int generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation]() {
            if (generation == m_generation)
                onLost(QCoreApplication::translate(
                    "Elect::Connection",
                    "The connection to the database server was lost. Elect is reconnecting by itself."));
        },
        Qt::QueuedConnection);
}

void Connection::heartbeat()
{
    if (m_state != State::Open || m_heartbeatPending)
        return;
    m_heartbeatPending = true;
    // whoAmI is the cheapest question that goes through the repositories; a dropped link fails it.
    run([](Database& db) { return AccountRepository(db).whoAmI(); }).then(this, [this](Result<Identity>) {
        m_heartbeatPending = false;
    });
}

void Connection::onLost(const QString& message)
{
    if (m_state != State::Open)
        return;
    qCWarning(lcConnection) << "the connection to" << m_settings.describe() << "was lost; reconnecting";
    m_lostMessage = message;
    m_backoff.reset();
    setState(State::Lost);
    Q_EMIT lost(message);
    m_retryTimer.start(m_backoff.next());
}

void Connection::attemptReconnect()
{
    if (m_state != State::Lost || m_reconnecting)
        return;
    m_reconnecting = true;
    const int generation = m_generation;
    const ConnectionSettings settings = m_settings;
    const bool startEmbedded = m_startEmbedded;
    // The same settings, hence the same login role: the account cannot change under the app.
    QtConcurrent::run(&m_pool, [this, generation, settings, startEmbedded]() -> Status {
        if (generation != m_generation)
            return Error{ErrorCode::Cancelled, QString()};
        auto opened = connectOnWorker(settings, startEmbedded);
        if (!opened)
            return opened.error();
        m_db = std::move(std::move(opened).value().first);
        m_workerSettings = settings;
        m_workerStartEmbedded = startEmbedded;
        return success();
    }).then(this, [this, generation](Status s) {
        m_reconnecting = false;
        if (generation != m_generation || m_state != State::Lost)
            return;
        if (!s) {
            const int wait = m_backoff.next();
            qCInfo(lcConnection) << "reconnection attempt" << m_backoff.attempts() << "failed; next in" << wait << "ms";
            m_retryTimer.start(wait);
            return;
        }
        qCInfo(lcConnection) << "reconnected after" << m_backoff.attempts() << "attempt(s)";
        m_lostMessage.clear();
        setState(State::Open);
        Q_EMIT reconnected();
    });
}

QFuture<Result<QString>> Connection::readSecret(const QString& key)
{
    return QtConcurrent::run(&m_pool, [key]() { return SecretStore().read(key); });
}

QFuture<Status> Connection::writeSecret(const QString& key, const QString& secret)
{
    return QtConcurrent::run(&m_pool, [key, secret]() { return SecretStore().write(key, secret); });
}

QFuture<Status> Connection::removeSecret(const QString& key)
{
    return QtConcurrent::run(&m_pool, [key]() { return SecretStore().remove(key); });
}

} // namespace Elect
