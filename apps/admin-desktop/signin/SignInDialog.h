#pragma once

#include "core/connection/Connection.h"
#include "core/db/ServerProfile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QWidget;

namespace Elect {

class MessageBanner;

/// Asks where the database is and who signs in, then signs in through the Connection off the GUI
/// thread. Remembers the server (QSettings) and, when asked, the password (keychain).
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(Connection& connection, QWidget* parent = nullptr);

    void setProfile(const ServerProfile& profile);
    ServerProfile profile() const;
    void setCredentials(const QString& email, const QString& password);
    bool isBusy() const { return m_busy; }
    QString errorText() const;
    /// Fills the password from the keychain when the remembered account asked for it.
    void restoreRemembered();
    /// Shown after a sign-in with the right password to an account that may not sign in yet: what may be
    /// the reason (email not verified, organization waiting for review or rejected) and what to do.
    bool showsNotActive() const;
    QString notActiveText() const;
    /// The state the service told for the account shown as not active (email_unverified, pending, rejected,
    /// disabled, removed, organization_not_accepted), or empty when the box lists every possible reason
    /// (the service could not be asked or would not answer).
    QString notActiveState() const { return m_notActiveState; }

    /// The account dialogs (register, verify the email, reset the password), opened window-modal.
    void openRegister();
    void openVerifyEmail(const QString& codeSentTo = {});
    void openResetPassword();

public Q_SLOTS:
    void submit();
    void showError(const QString& message);

Q_SIGNALS:
    /// Signed in; \a server describes the server, \a warning is empty or says what the keychain refused.
    void signedIn(const QString& server, const QString& warning);

protected:
    bool event(QEvent* event) override;

private:
    void setBusy(bool busy);
    void updateServerFields();
    void showNotActive();
    /// Asks `elect serve` why the account with this (right) password may not sign in, then shows that.
    void askAccountState(const ServerProfile& server, const QString& email, const QString& password);
    /// Shows the one state the service told; false when it is not one this window knows.
    bool showAccountState(const QString& state, const QString& reason);
    template <typename Dialog>
    Dialog* openAccountDialog();

    Connection& m_connection;
    QRadioButton* m_embedded;
    QRadioButton* m_remote;
    QWidget* m_serverBox;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QComboBox* m_sslMode;
    QLineEdit* m_email;
    QLineEdit* m_password;
    QCheckBox* m_remember;
    MessageBanner* m_error;
    QWidget* m_notActive;
    QLabel* m_notActiveText;
    QPushButton* m_enterCode;
    QString m_notActiveState;
    QNetworkAccessManager* m_network = nullptr;
    QProgressBar* m_progress;
    QPushButton* m_signIn;
    QDialogButtonBox* m_buttons;
    bool m_busy = false;
};

} // namespace Elect
