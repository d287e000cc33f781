#pragma once

#include "core/db/ServerProfile.h"
#include "PollWorkerGate.h"
#include "RunningElectionModel.h"
#include "VoterSession.h"
#include "VotingFlow.h"

#include "core/connection/Connection.h"
#include "core/Result.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

namespace Elect {

/// The kiosk's state for QML: its setup, its connection (through Connection, which owns the worker
/// thread, the keychain calls and reconnection), who it is, the running elections, and the display of
/// the current voter's choices (the VoterSession holds them). Results come back to the GUI thread
/// through QFuture continuations.
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
    Q_PROPERTY(Elect::VoterSession* voter READ voter CONSTANT)
    Q_PROPERTY(Elect::VotingFlow* flow READ flow CONSTANT)
    Q_PROPERTY(bool fullScreen READ fullScreen CONSTANT)
    Q_PROPERTY(bool embeddedServer READ embeddedServer NOTIFY stateChanged)
    Q_PROPERTY(Elect::PollWorkerGate* pollWorker READ pollWorker CONSTANT)

public:
    /// Reconnecting: the connection was lost while Ready; the kiosk retries by itself and is Ready again
    /// once the server is back.
    enum class State { Starting, Setup, Connecting, Ready, Failed, Reconnecting };
    Q_ENUM(State)

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
    /// \a pin and \a pinAgain: the poll worker's PIN, required when the kiosk has none yet, else optional
    /// (empty keeps the current one); only its hash is kept (PollWorkerGate). Only on the setup screen.
    Q_INVOKABLE void saveSetup(bool embedded, const QString& host, int port, const QString& database,
                               const QString& sslmode, const QString& loginRole, const QString& password,
                               const QString& pin = {}, const QString& pinAgain = {});
    Q_INVOKABLE void retry();
    /// Asks for the poll worker's PIN; the right one shows the setup screen (the first setup needs none).
    Q_INVOKABLE void showSetup();
    Q_INVOKABLE void refresh();
    /// The setup screen's starting values.
    Q_INVOKABLE QVariantMap savedProfile() const;
    /// From the setup screen: reads a kiosk enrollment code (core/db/KioskEnrollment.h) that elect-admin
    /// showed. Returns "ok" and, when true, the setup fields' values (embedded, host, port, database, sslmode,
    /// loginRole, password, kioskName); when false, "message" says what to do. Nothing is saved here.
    Q_INVOKABLE QVariantMap readEnrollment(const QString& text) const;

    State state() const { return m_state; }
    QString errorMessage() const { return m_error; }
    QString organizationName() const { return m_organizationName; }
    QString kioskName() const { return m_kioskName; }
    RunningElectionModel* elections() const { return m_elections; }
    /// The voter at the kiosk now: language, text size, contrast.
    VoterSession* voter() const { return m_voter; }
    /// The voter's way from the national id to the receipt.
    VotingFlow* flow() const { return m_flow; }
    /// The poll worker's PIN prompt and menu.
    PollWorkerGate* pollWorker() const { return m_pollWorker; }
    /// The database connection (tests shorten its heartbeat and retry delays).
    Connection& connection() { return m_connection; }
    bool fullScreen() const { return m_fullScreen; }
    void setFullScreen(bool on) { m_fullScreen = on; }
    bool embeddedServer() const { return m_profile.embedded; }

Q_SIGNALS:
    void stateChanged();
    void identityChanged();

private:
    void connectNow();
    void loadElections();
    void applyLanguage();
    void setState(State state, const QString& error = {});
    /// The setup screen, once the poll worker's PIN was right.
    void enterSetup();

    Connection m_connection;
    RunningElectionModel* m_elections;
    VoterSession* m_voter;
    VotingFlow* m_flow;
    PollWorkerGate* m_pollWorker = nullptr;
    QTimer m_refreshTimer;
    QPointer<QQmlEngine> m_engine;
    State m_state = State::Starting;
    QString m_error;
    KioskProfile m_profile;
    QString m_password; ///< in memory only, to reconnect
    QString m_organizationName;
    QString m_kioskName;
    bool m_fullScreen = true;
    bool m_refreshing = false;
    bool m_journalChecked = false;
};

} // namespace Elect
