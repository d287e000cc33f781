#pragma once

#include "core/db/ServerProfile.h"
#include "RunningElectionModel.h"

#include "core/db/Database.h"
#include "core/Result.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <QTranslator>

#include <memory>

class QJSEngine;
class QQmlEngine;

namespace Elect {

/// The kiosk's state for QML: where it connects, who it is, the running elections, and the voter's
/// display choices (language, text size, contrast). Database and keychain calls run on one worker
/// thread that owns the connection; results come back to the GUI thread through QFuture continuations.
class KioskController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY stateChanged)
    Q_PROPERTY(QString organizationName READ organizationName NOTIFY identityChanged)
    Q_PROPERTY(QString kioskName READ kioskName NOTIFY identityChanged)
    Q_PROPERTY(Elect::RunningElectionModel* elections READ elections CONSTANT)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY languageChanged)
    Q_PROPERTY(TextSize textSize READ textSize WRITE setTextSize NOTIFY textSizeChanged)
    Q_PROPERTY(qreal textScale READ textScale NOTIFY textSizeChanged)
    Q_PROPERTY(bool highContrast READ highContrast WRITE setHighContrast NOTIFY highContrastChanged)
    Q_PROPERTY(bool fullScreen READ fullScreen CONSTANT)
    Q_PROPERTY(bool embeddedServer READ embeddedServer NOTIFY stateChanged)

public:
    enum class State { Starting, Setup, Connecting, Ready, Failed };
    Q_ENUM(State)
    enum class TextSize { Normal, Large, ExtraLarge };
    Q_ENUM(TextSize)

    /// Not default-constructible on purpose: QML then creates the singleton through create().
    explicit KioskController(QObject* parent);
    ~KioskController() override;

    /// QML's factory: the controller handed to provide(), else a new one owned by the engine.
    static KioskController* create(QQmlEngine* qmlEngine, QJSEngine* jsEngine);
    /// The instance QML gets as the KioskController singleton (the app and tests own it).
    static void provide(KioskController* controller);

    /// Reads the credentials from the keychain and connects, or shows the setup screen when none.
    Q_INVOKABLE void start();
    /// Connects with these credentials, without the keychain (elect-kiosk --demo, tests).
    void useCredentials(const KioskProfile& profile, const QString& password);
    /// From the setup screen: keeps the password in the keychain and the rest in QSettings, then connects.
    Q_INVOKABLE void saveSetup(bool embedded, const QString& host, int port, const QString& database,
                               const QString& sslmode, const QString& loginRole, const QString& password);
    Q_INVOKABLE void retry();
    Q_INVOKABLE void showSetup();
    Q_INVOKABLE void refresh();
    /// The setup screen's starting values.
    Q_INVOKABLE QVariantMap savedProfile() const;

    State state() const { return m_state; }
    QString errorMessage() const { return m_error; }
    QString organizationName() const { return m_organizationName; }
    QString kioskName() const { return m_kioskName; }
    RunningElectionModel* elections() const { return m_elections; }
    QString language() const { return m_language; }
    void setLanguage(const QString& language);
    bool rightToLeft() const { return m_language == QLatin1String("ar"); }
    TextSize textSize() const { return m_textSize; }
    void setTextSize(TextSize size);
    qreal textScale() const;
    bool highContrast() const { return m_highContrast; }
    void setHighContrast(bool on);
    bool fullScreen() const { return m_fullScreen; }
    void setFullScreen(bool on) { m_fullScreen = on; }
    bool embeddedServer() const { return m_profile.embedded; }

Q_SIGNALS:
    void stateChanged();
    void identityChanged();
    void languageChanged();
    void textSizeChanged();
    void highContrastChanged();

private:
    struct Loaded;
    void connectNow();
    void applyLanguage();
    void setState(State state, const QString& error = {});

    QThreadPool m_pool;
    std::unique_ptr<Database> m_db; ///< used on m_pool's thread only
    RunningElectionModel* m_elections;
    QTimer m_refreshTimer;
    QTranslator m_translator;
    QPointer<QQmlEngine> m_engine;
    State m_state = State::Starting;
    QString m_error;
    KioskProfile m_profile;
    QString m_password; ///< in memory only, to reconnect
    QString m_organizationName;
    QString m_kioskName;
    QString m_language = QStringLiteral("en");
    TextSize m_textSize = TextSize::Normal;
    bool m_highContrast = false;
    bool m_fullScreen = true;
    bool m_refreshing = false;
};

} // namespace Elect
