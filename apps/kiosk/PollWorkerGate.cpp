#include "PollWorkerGate.h"

#include "KioskLog.h"
#include "PinHash.h"
#include "VotingFlow.h"

#include "core/connection/WhenReady.h"
#include "core/domain/Clock.h"
#include "core/secrets/SecretStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Elect {

namespace {
const QString kPausedSetting = QStringLiteral("kiosk/paused");

struct Guard
{
    int failures = 0;
    QDateTime lockedUntil;
};

Result<Guard> readGuard(const SecretStore& store)
{
    const auto stored = store.read(PollWorkerGate::guardKey());
    if (!stored)
        return stored.code() == ErrorCode::NotFound ? Result<Guard>(Guard{}) : Result<Guard>(stored.error());
    const QJsonObject json = QJsonDocument::fromJson(stored->toUtf8()).object();
    Guard guard;
    guard.failures = std::max(0, json.value(QStringLiteral("failures")).toInt());
    guard.lockedUntil = QDateTime::fromString(json.value(QStringLiteral("locked_until")).toString(), Qt::ISODateWithMs);
    return guard;
}

Status writeGuard(SecretStore& store, const Guard& guard)
{
    if (guard.failures == 0)
        return store.remove(PollWorkerGate::guardKey());
    const QJsonObject json{{QStringLiteral("failures"), guard.failures},
                           {QStringLiteral("locked_until"), guard.lockedUntil.toUTC().toString(Qt::ISODateWithMs)}};
    return store.write(PollWorkerGate::guardKey(),
                       QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
}

// One minute after the first round of wrong PINs, twice as long after each further round, at most an hour.
int lockSecsAfter(int failures)
{
    const int round = failures / PollWorkerGate::kTriesPerRound;
    qint64 secs = PollWorkerGate::kFirstLockSecs;
    for (int i = 1; i < round && secs < PollWorkerGate::kLongestLockSecs; ++i)
        secs *= 2;
    return int(std::min<qint64>(secs, PollWorkerGate::kLongestLockSecs));
}
} // namespace

struct PollWorkerGate::Check
{
    enum class Kind { Asked, Right, Wrong, Locked, NoPin, Failed };
    Kind kind = Kind::Failed;
    int failures = 0;
    QDateTime lockedUntil;
    QString error;
};

PollWorkerGate::PollWorkerGate(VotingFlow& flow, QObject* parent)
    : QObject(parent), m_flow(flow), m_clock(&Clock::system())
{
    m_pool.setMaxThreadCount(1);
    m_lockTimer.setInterval(1000);
    connect(&m_lockTimer, &QTimer::timeout, this, [this]() {
        if (!locked())
            m_lockTimer.stop();
        Q_EMIT changed();
    });
    // A paused kiosk that restarts (a power cut) is still paused.
    m_paused = QSettings().value(kPausedSetting, false).toBool();
}

PollWorkerGate::~PollWorkerGate()
{
    m_pool.waitForDone();
}

QString PollWorkerGate::pinKey()
{
    return QStringLiteral("kiosk/pin");
}

QString PollWorkerGate::guardKey()
{
    return QStringLiteral("kiosk/pin-guard");
}

void PollWorkerGate::setClock(const Clock* clock)
{
    m_clock = clock ? clock : &Clock::system();
    Q_EMIT changed();
}

void PollWorkerGate::setHoldInterval(int ms)
{
    m_holdMs = ms;
    Q_EMIT changed();
}

QDateTime PollWorkerGate::now() const
{
    return m_clock->now();
}

int PollWorkerGate::secondsLeft() const
{
    if (!m_lockedUntil.isValid())
        return 0;
    const qint64 ms = now().msecsTo(m_lockedUntil);
    return ms <= 0 ? 0 : int((ms + 999) / 1000);
}

QString PollWorkerGate::message() const
{
    const int secs = secondsLeft();
    if (secs >= 60)
        return tr("Too many wrong PINs were entered. Wait %n minute(s), then try again.", "", (secs + 59) / 60);
    if (secs > 0)
        return tr("Too many wrong PINs were entered. Wait %n second(s), then try again.", "", secs);
    return m_message;
}

void PollWorkerGate::setView(View view)
{
    if (view == View::Hidden)
        m_message.clear();
    m_view = view;
    Q_EMIT changed();
}

void PollWorkerGate::setPaused(bool paused)
{
    m_paused = paused;
    QSettings().setValue(kPausedSetting, paused);
}

QFuture<Status> PollWorkerGate::storePin(const QString& pin)
{
    return QtConcurrent::run(&m_pool, [pin]() -> Status {
        SecretStore store;
        const Status written = store.write(pinKey(), PinHash::make(pin));
        if (!written)
            return written;
        return store.remove(guardKey());
    });
}

void PollWorkerGate::refreshPinPresence()
{
    if (m_readingPresence)
        return;
    m_readingPresence = true;
    whenReady(QtConcurrent::run(&m_pool, []() { return SecretStore().read(pinKey()); }), this,
              [this](const Result<QString>& stored) {
                  m_readingPresence = false;
                  m_hasPin = stored.ok() && !stored->isEmpty();
                  Q_EMIT changed();
              });
}

void PollWorkerGate::open()
{
    openFor(Intent::Menu);
}

void PollWorkerGate::openForServerChange()
{
    openFor(Intent::ServerChange);
}

void PollWorkerGate::openFor(Intent intent)
{
    if (m_view != View::Hidden || m_busy)
        return;
    m_intent = intent;
    m_message.clear();
    setView(View::Prompt);
    // Whether there is a PIN at all, and whether a lock from before a restart still holds.
    runCheck({}, false);
}

void PollWorkerGate::submit(const QString& pin)
{
    if (m_view != View::Prompt || m_busy || locked())
        return;
    runCheck(pin, true);
}

void PollWorkerGate::runCheck(const QString& pin, bool compare)
{
    m_busy = true;
    Q_EMIT changed();
    const QDateTime at = now();
    whenReady(QtConcurrent::run(&m_pool,
                                [pin, compare, at]() -> Check {
                                    SecretStore store;
                                    Check out;
                                    const auto stored = store.read(pinKey());
                                    if (!stored) {
                                        out.kind = stored.code() == ErrorCode::NotFound ? Check::Kind::NoPin
                                                                                        : Check::Kind::Failed;
                                        out.error = stored.message();
                                        return out;
                                    }
                                    auto guard = readGuard(store);
                                    if (!guard) {
                                        out.error = guard.message();
                                        return out;
                                    }
                                    Guard g = *guard;
                                    out.failures = g.failures;
                                    out.lockedUntil = g.lockedUntil;
                                    if (g.lockedUntil.isValid() && at < g.lockedUntil) {
                                        out.kind = Check::Kind::Locked;
                                        return out;
                                    }
                                    if (!compare) {
                                        out.kind = Check::Kind::Asked;
                                        return out;
                                    }
                                    const bool right = PinHash::verify(pin, *stored);
                                    if (right) {
                                        g = Guard{};
                                    } else {
                                        ++g.failures;
                                        if (g.failures % kTriesPerRound == 0)
                                            g.lockedUntil = at.addSecs(lockSecsAfter(g.failures));
                                    }
                                    // Recorded before the answer is shown: a guess that cannot be counted
                                    // is not answered.
                                    if (right ? out.failures > 0 : true) {
                                        const Status written = writeGuard(store, g);
                                        if (!written) {
                                            out.error = written.message();
                                            return out;
                                        }
                                    }
                                    out.failures = g.failures;
                                    out.lockedUntil = g.lockedUntil;
                                    out.kind = right                                           ? Check::Kind::Right
                                               : g.lockedUntil.isValid() && at < g.lockedUntil ? Check::Kind::Locked
                                                                                               : Check::Kind::Wrong;
                                    return out;
                                }),
              this, [this](const Check& result) { checked(result); });
}

void PollWorkerGate::checked(const Check& result)
{
    m_busy = false;
    m_lockedUntil = result.lockedUntil;
    if (locked())
        m_lockTimer.start();
    using K = Check::Kind;
    switch (result.kind) {
    case K::Asked:
        m_hasPin = true;
        break;
    case K::Locked:
        m_hasPin = true;
        m_message.clear();
        qCWarning(lcKiosk) << "the poll worker's PIN prompt is locked after" << result.failures << "wrong PINs";
        break;
    case K::NoPin:
        m_hasPin = false;
        if (m_view == View::Prompt)
            m_view = View::NoPin;
        break;
    case K::Failed:
        qCWarning(lcKiosk) << "cannot check the poll worker's PIN:" << result.error;
        m_message = tr("The kiosk cannot check the PIN because it cannot read its keychain. Ask the kiosk's IT "
                       "staff for help.");
        break;
    case K::Wrong: {
        const int left = kTriesPerRound - result.failures % kTriesPerRound;
        m_message =
            tr("That PIN is not right. After %n more wrong PIN(s), the kiosk makes you wait before you can try again.",
               "", left);
        break;
    }
    case K::Right:
        m_hasPin = true;
        // A vote on its way to the server is finished first; then nothing of that voter is left on screen.
        if (m_flow.casting()) {
            m_message = tr("A vote is being sent to the server. Wait until the voter has their receipt, then "
                           "enter the PIN again.");
            break;
        }
        if (m_flow.step() != VotingFlow::Step::Welcome)
            m_flow.wipe();
        qCInfo(lcKiosk) << "the poll worker's PIN was entered";
        if (m_intent == Intent::ServerChange) {
            leaveForSetup();
            return;
        }
        m_message.clear();
        m_view = View::Menu;
        break;
    }
    Q_EMIT changed();
}

void PollWorkerGate::cancel()
{
    if (m_view == View::Hidden || m_busy)
        return;
    const bool fromMenu = m_view == View::Menu;
    setView(View::Hidden);
    // The poll worker's language and text size do not stay for the next voter.
    if (fromMenu)
        m_flow.wipe();
}

void PollWorkerGate::resume()
{
    if (m_view != View::Menu)
        return;
    setPaused(false);
    setView(View::Hidden);
    m_flow.wipe();
}

void PollWorkerGate::pause()
{
    if (m_view != View::Menu)
        return;
    qCInfo(lcKiosk) << "the kiosk is paused";
    setPaused(true);
    setView(View::Hidden);
}

void PollWorkerGate::changeServer()
{
    if (m_view != View::Menu)
        return;
    leaveForSetup();
}

void PollWorkerGate::setUpPin()
{
    if (m_view != View::NoPin)
        return;
    if (m_flow.casting()) {
        m_message = tr("A vote is being sent to the server. Wait until the voter has their receipt, then "
                       "try again.");
        Q_EMIT changed();
        return;
    }
    leaveForSetup();
}

void PollWorkerGate::leaveForSetup()
{
    setPaused(false);
    setView(View::Hidden);
    m_flow.wipe();
    if (m_changeServer)
        m_changeServer();
}

void PollWorkerGate::quit()
{
    if (m_view != View::Menu)
        return;
    qCInfo(lcKiosk) << "the poll worker quits the kiosk app";
    setView(View::Hidden);
    m_flow.wipe();
    if (m_quit)
        m_quit();
}

} // namespace Elect
