#include "KioskController.h"

#include "KioskLog.h"
#include "PinHash.h"

#include "core/connection/WhenReady.h"
#include "core/db/ElectionRepository.h"
#include "core/db/KioskEnrollment.h"
#include "core/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlEngine>
#include <QSettings>

namespace Elect {

namespace {
KioskController* s_provided = nullptr;
constexpr int kRefreshMs = 60 * 1000;
// A voter must not start at a kiosk whose server is gone: check every few seconds, not every minute.
constexpr int kHeartbeatMs = 10 * 1000;
} // namespace

KioskController::KioskController(QObject* parent)
    : QObject(parent), m_elections(new RunningElectionModel(this)), m_voter(new VoterSession(this)),
      m_flow(new VotingFlow(m_connection, *m_elections, *m_voter, this))
{
    m_refreshTimer.setInterval(kRefreshMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &KioskController::refresh);
    m_connection.setHeartbeatInterval(kHeartbeatMs);
    connect(&m_connection, &Connection::lost, this, [this](const QString& message) {
        if (m_state == State::Ready || m_state == State::Connecting) {
            qCWarning(lcKiosk) << "the connection was lost; reconnecting";
            setState(State::Reconnecting, message);
        }
    });
    connect(&m_connection, &Connection::reconnected, this, [this]() {
        if (m_state == State::Reconnecting)
            loadElections();
    });
    connect(m_voter, &VoterSession::languageChanged, this, &KioskController::applyLanguage);
    applyLanguage();
    m_pollWorker = new PollWorkerGate(*m_flow, this);
    m_pollWorker->setChangeServerHandler([this]() { enterSetup(); });
    // The setup screen says whether a PIN must be chosen or may be kept.
    connect(this, &KioskController::stateChanged, m_pollWorker, [this]() {
        if (m_state == State::Setup)
            m_pollWorker->refreshPinPresence();
    });
}

KioskController::~KioskController()
{
    if (s_provided == this)
        s_provided = nullptr;
}

KioskController* KioskController::create(QQmlEngine* qmlEngine, QJSEngine* jsEngine)
{
    Q_UNUSED(jsEngine)
    KioskController* controller = s_provided;
    if (controller)
        QJSEngine::setObjectOwnership(controller, QJSEngine::CppOwnership);
    else
        controller = new KioskController(nullptr);
    controller->m_engine = qmlEngine;
    qmlEngine->setUiLanguage(controller->m_voter->language());
    return controller;
}

void KioskController::provide(KioskController* controller)
{
    s_provided = controller;
}

void KioskController::setState(State state, const QString& error)
{
    m_state = state;
    m_error = error;
    if (state == State::Ready)
        m_refreshTimer.start();
    // Once per start: what became of the casts a crash or a killed process left unanswered.
    if (state == State::Ready && !m_journalChecked) {
        m_journalChecked = true;
        m_flow->checkJournal();
    } else
        m_refreshTimer.stop();
    Q_EMIT stateChanged();
}

void KioskController::start()
{
    if (m_state != State::Starting && m_state != State::Failed)
        return;
    QSettings settings;
    m_profile = KioskProfile::load(settings);
    if (m_profile.loginRole.isEmpty()) {
        setState(State::Setup);
        return;
    }
    setState(State::Starting);
    whenReady(m_connection.readSecret(Connection::kioskKey()), this, [this](Result<QString> secret) {
        if (!secret) {
            if (secret.code() == ErrorCode::NotFound)
                setState(State::Setup);
            else
                setState(State::Failed, secret.message());
            return;
        }
        const auto json = QJsonDocument::fromJson(secret->toUtf8()).object();
        m_password = json.value(QStringLiteral("password")).toString();
        if (json.value(QStringLiteral("login_role")).toString() != m_profile.loginRole || m_password.isEmpty()) {
            setState(State::Setup);
            return;
        }
        connectNow();
    });
}

void KioskController::useCredentials(const KioskProfile& profile, const QString& password)
{
    m_profile = profile;
    m_password = password;
    connectNow();
}

void KioskController::saveSetup(bool embedded, const QString& host, int port, const QString& database,
                                const QString& sslmode, const QString& loginRole, const QString& password,
                                const QString& pin, const QString& pinAgain)
{
    // Only the setup screen saves: the first setup, or after the poll worker's PIN.
    if (m_state != State::Setup)
        return;
    KioskProfile profile;
    profile.embedded = embedded;
    profile.host = host.trimmed();
    profile.port = port > 0 ? port : 5432;
    profile.dbname = database.trimmed().isEmpty() ? QLatin1String(kDatabaseName) : database.trimmed();
    profile.sslmode = sslmode.isEmpty() ? QStringLiteral("prefer") : sslmode;
    profile.loginRole = loginRole.trimmed();
    if (profile.loginRole.isEmpty() || password.isEmpty()) {
        setState(State::Setup, tr("Enter the kiosk login and its password."));
        return;
    }
    if (!profile.embedded && profile.host.isEmpty()) {
        setState(State::Setup, tr("Enter the database server's host name, or choose this computer."));
        return;
    }
    const bool choosingPin = !pin.isEmpty() || !pinAgain.isEmpty();
    if (!choosingPin && !m_pollWorker->hasPin()) {
        setState(State::Setup, tr("Choose the poll workers' PIN and type it twice: this kiosk has none yet."));
        return;
    }
    const auto chosenPin = choosingPin ? PinHash::checkChoice(pin, pinAgain) : Result<QString>(QString());
    if (!chosenPin) {
        setState(State::Setup, chosenPin.message());
        return;
    }
    m_profile = profile;
    m_password = password;
    setState(State::Connecting);
    const QString secret =
        QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("login_role"), profile.loginRole},
                                                    {QStringLiteral("password"), password}})
                              .toJson(QJsonDocument::Compact));
    auto saveCredentials = [this, secret](Status pinSaved) {
        if (!pinSaved) {
            setState(State::Setup, pinSaved.message());
            return;
        }
        whenReady(m_connection.writeSecret(Connection::kioskKey(), secret), this, [this](Status saved) {
            if (!saved) {
                setState(State::Setup, saved.message());
                return;
            }
            QSettings settings;
            m_profile.save(settings);
            connectNow();
        });
    };
    if (choosingPin)
        whenReady(m_pollWorker->storePin(*chosenPin), this, saveCredentials);
    else
        saveCredentials(success());
}

void KioskController::retry()
{
    if (m_profile.loginRole.isEmpty() || m_password.isEmpty()) {
        setState(State::Starting);
        start();
        return;
    }
    connectNow();
}

void KioskController::showSetup()
{
    m_pollWorker->openForServerChange();
}

void KioskController::enterSetup()
{
    m_flow->wipe();
    setState(State::Setup);
}

QVariantMap KioskController::savedProfile() const
{
    QSettings settings;
    const KioskProfile p = m_profile.loginRole.isEmpty() ? KioskProfile::load(settings) : m_profile;
    return {{QStringLiteral("embedded"), p.embedded}, {QStringLiteral("host"), p.host},
            {QStringLiteral("port"), p.port},         {QStringLiteral("database"), p.dbname},
            {QStringLiteral("sslmode"), p.sslmode},   {QStringLiteral("loginRole"), p.loginRole}};
}

QVariantMap KioskController::readEnrollment(const QString& text) const
{
    const auto enrollment = KioskEnrollment::parse(text);
    if (!enrollment)
        return {{QStringLiteral("ok"), false}, {QStringLiteral("message"), enrollment.message()}};
    const KioskProfile& p = enrollment->profile;
    return {{QStringLiteral("ok"), true},
            {QStringLiteral("embedded"), p.embedded},
            {QStringLiteral("host"), p.host},
            {QStringLiteral("port"), p.port},
            {QStringLiteral("database"), p.dbname},
            {QStringLiteral("sslmode"), p.sslmode},
            {QStringLiteral("loginRole"), p.loginRole},
            {QStringLiteral("password"), enrollment->password},
            {QStringLiteral("kioskName"), enrollment->kioskName}};
}

void KioskController::connectNow()
{
    setState(State::Connecting);
    whenReady(m_connection.open(
                  m_profile.connectionFor(m_password), m_profile.embedded, Identity::Kind::Kiosk,
                  tr("This login belongs to a person, not a kiosk. Enter the kiosk login that the organization's owner "
                     "created for this kiosk.")),
              this, [this](Result<Connection::Opened> opened) {
                  if (!opened) {
                      qCWarning(lcKiosk) << "cannot connect:" << int(opened.code());
                      setState(State::Failed, opened.message());
                      return;
                  }
                  m_organizationName = opened->identity.organizationName;
                  m_kioskName = opened->identity.displayName;
                  Q_EMIT identityChanged();
                  loadElections();
              });
}

void KioskController::loadElections()
{
    whenReady(m_connection.run([](Database& db) { return ElectionRepository(db).runningForKiosk(); }), this,
              [this](Result<QList<Election>> running) {
                  if (!running) {
                      qCWarning(lcKiosk) << "cannot load the running elections:" << int(running.code());
                      // A lost connection is the Connection's to repair; the kiosk says so and waits for it.
                      if (m_connection.state() == Connection::State::Lost)
                          setState(State::Reconnecting, m_connection.lostMessage());
                      else
                          setState(State::Failed, running.message());
                      return;
                  }
                  m_elections->setElections(*running);
                  qCInfo(lcKiosk) << "connected;" << running->size() << "running election(s)";
                  setState(State::Ready);
              });
}

void KioskController::refresh()
{
    if (m_state != State::Ready || m_refreshing)
        return;
    m_refreshing = true;
    whenReady(m_connection.run([](Database& db) { return ElectionRepository(db).runningForKiosk(); }), this,
              [this](Result<QList<Election>> running) {
                  m_refreshing = false;
                  if (!running) {
                      // Keep showing what we had; the next refresh tries again, and a lost connection is
                      // reported through Connection::lost.
                      qCWarning(lcKiosk) << "refresh failed:" << int(running.code());
                      return;
                  }
                  m_elections->setElections(*running);
              });
}

void KioskController::applyLanguage()
{
    const QString language = m_voter->language();
    const bool arabic = m_voter->rightToLeft();
    const QLocale locale =
        arabic ? QLocale(QLocale::Arabic, QLocale::Egypt) : QLocale(QLocale::English, QLocale::UnitedKingdom);
    // Elect's catalogue and Qt's (qtbase; qtdeclarative for the controls), as elect-admin loads them. English has a
    // catalogue too: it holds the plural forms ("1 candidate", "2 candidates").
    removeTranslations();
    if (!installTranslations(locale, {QStringLiteral("qtbase"), QStringLiteral("qtdeclarative")}))
        qCWarning(lcKiosk) << "the translation is missing for" << language;
    QLocale::setDefault(locale);
    QGuiApplication::setLayoutDirection(arabic ? Qt::RightToLeft : Qt::LeftToRight);
    if (m_engine) {
        m_engine->setUiLanguage(language);
        m_engine->retranslate();
    }
}

} // namespace Elect
