#include "KioskController.h"

#include "KioskLog.h"

#include "core/db/AccountRepository.h"
#include "core/db/ElectionRepository.h"
#include "core/db/EmbeddedServer.h"
#include "core/secrets/SecretStore.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlEngine>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

namespace Elect {

namespace {
KioskController* s_provided = nullptr;
const QString kCredentialsKey = QStringLiteral("kiosk/credentials");
constexpr int kRefreshMs = 60 * 1000;
} // namespace

struct KioskController::Loaded
{
    Identity identity;
    QList<Election> running;
};

KioskController::KioskController(QObject* parent) : QObject(parent), m_elections(new RunningElectionModel(this))
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    m_refreshTimer.setInterval(kRefreshMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &KioskController::refresh);
    applyLanguage();
}

KioskController::~KioskController()
{
    if (s_provided == this)
        s_provided = nullptr;
    m_pool.waitForDone();
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
    qmlEngine->setUiLanguage(controller->m_language);
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
    else
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
    QtConcurrent::run(&m_pool, []() {
        return SecretStore().read(kCredentialsKey);
    }).then(this, [this](Result<QString> secret) {
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
                                const QString& sslmode, const QString& loginRole, const QString& password)
{
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
    m_profile = profile;
    m_password = password;
    setState(State::Connecting);
    const QString secret =
        QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("login_role"), profile.loginRole},
                                                    {QStringLiteral("password"), password}})
                              .toJson(QJsonDocument::Compact));
    QtConcurrent::run(&m_pool, [secret]() {
        return SecretStore().write(kCredentialsKey, secret);
    }).then(this, [this](Status saved) {
        if (!saved) {
            setState(State::Setup, saved.message());
            return;
        }
        QSettings settings;
        m_profile.save(settings);
        connectNow();
    });
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

void KioskController::connectNow()
{
    setState(State::Connecting);
    const KioskProfile profile = m_profile;
    const QString password = m_password;
    QtConcurrent::run(&m_pool, [this, profile, password]() -> Result<Loaded> {
        m_db.reset();
        if (profile.embedded) {
            if (Status s = EmbeddedServer().start(); !s)
                return s.error();
        }
        auto db = Database::connect(profile.connectionFor(password));
        if (!db)
            return db.error();
        auto who = AccountRepository(**db).whoAmI();
        if (!who)
            return who.error();
        if (who->kind != Identity::Kind::Kiosk)
            return Error{ErrorCode::NotAllowed, tr("This login belongs to a person, not a kiosk. Enter the kiosk login "
                                                   "that the organization's owner created for this kiosk.")};
        auto running = ElectionRepository(**db).runningForKiosk();
        if (!running)
            return running.error();
        m_db = std::move(db).value();
        return Loaded{*who, *running};
    }).then(this, [this](Result<Loaded> loaded) {
        if (!loaded) {
            qCWarning(lcKiosk) << "cannot connect:" << int(loaded.code());
            setState(State::Failed, loaded.message());
            return;
        }
        m_organizationName = loaded->identity.organizationName;
        m_kioskName = loaded->identity.displayName;
        Q_EMIT identityChanged();
        m_elections->setElections(loaded->running);
        qCInfo(lcKiosk) << "connected;" << loaded->running.size() << "running election(s)";
        setState(State::Ready);
    });
}

void KioskController::refresh()
{
    if (m_state != State::Ready || m_refreshing)
        return;
    m_refreshing = true;
    QtConcurrent::run(&m_pool, [this]() -> Result<QList<Election>> {
        if (!m_db)
            return Error{ErrorCode::Unavailable, tr("The kiosk is not connected.")};
        return ElectionRepository(*m_db).runningForKiosk();
    }).then(this, [this](Result<QList<Election>> running) {
        m_refreshing = false;
        if (!running) {
            // Keep showing what we had; the next refresh tries again.
            qCWarning(lcKiosk) << "refresh failed:" << int(running.code());
            return;
        }
        m_elections->setElections(*running);
    });
}

void KioskController::setLanguage(const QString& language)
{
    const QString lang = language == QLatin1String("ar") ? QStringLiteral("ar") : QStringLiteral("en");
    if (lang == m_language)
        return;
    m_language = lang;
    applyLanguage();
    Q_EMIT languageChanged();
}

void KioskController::applyLanguage()
{
    QCoreApplication::removeTranslator(&m_translator);
    // English has a catalogue too: it holds the plural forms ("1 candidate", "2 candidates").
    if (m_translator.load(QStringLiteral(":/i18n/elect_%1.qm").arg(m_language)))
        QCoreApplication::installTranslator(&m_translator);
    else
        qCWarning(lcKiosk) << "the translation is missing for" << m_language;
    const bool arabic = m_language == QLatin1String("ar");
    QLocale::setDefault(arabic ? QLocale(QLocale::Arabic, QLocale::Egypt)
                               : QLocale(QLocale::English, QLocale::UnitedKingdom));
    QGuiApplication::setLayoutDirection(arabic ? Qt::RightToLeft : Qt::LeftToRight);
    if (m_engine) {
        m_engine->setUiLanguage(m_language);
        m_engine->retranslate();
    }
}

void KioskController::setTextSize(TextSize size)
{
    if (size == m_textSize)
        return;
    m_textSize = size;
    Q_EMIT textSizeChanged();
}

qreal KioskController::textScale() const
{
    switch (m_textSize) {
    case TextSize::Normal:
        return 1.0;
    case TextSize::Large:
        return 1.25;
    case TextSize::ExtraLarge:
        return 1.5;
    }
    return 1.0;
}

void KioskController::setHighContrast(bool on)
{
    if (on == m_highContrast)
        return;
    m_highContrast = on;
    Q_EMIT highContrastChanged();
}

} // namespace Elect
