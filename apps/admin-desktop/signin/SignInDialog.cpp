#include "signin/SignInDialog.h"

#include "shell/AdminLog.h"
#include "shell/MessageBanner.h"
#include "signin/RegisterDialog.h"
#include "signin/ResetPasswordDialog.h"
#include "signin/ServiceAddress.h"
#include "signin/VerifyEmailDialog.h"

#include "core/connection/WhenReady.h"
#include "core/service/RegistrationClient.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Elect {

namespace {
const QString kEmailKey = QStringLiteral("account/email");
const QString kRememberKey = QStringLiteral("account/remember");

/// What signing in does with the password in the keychain.
enum class Remember { Save, Forget, Leave };
} // namespace

SignInDialog::SignInDialog(Connection& connection, QWidget* parent)
    : QDialog(parent), m_connection(connection), m_embedded(new QRadioButton(tr("This computer (embedded)"), this)),
      m_remote(new QRadioButton(tr("A database server"), this)), m_serverBox(new QWidget(this)),
      m_host(new QLineEdit(m_serverBox)), m_port(new QSpinBox(m_serverBox)), m_database(new QLineEdit(m_serverBox)),
      m_sslMode(new QComboBox(m_serverBox)), m_email(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_remember(new QCheckBox(tr("Remember my password on this computer"), this)), m_error(new MessageBanner(this)),
      m_notActive(new QWidget(this)), m_notActiveText(new QLabel(m_notActive)),
      m_enterCode(new QPushButton(tr("Enter the &code from the email…"), m_notActive)),
      m_progress(new QProgressBar(this)), m_buttons(new QDialogButtonBox(this))
{
    setWindowTitle(tr("Sign in to Elect"));
    setMinimumWidth(480);

    auto* title = new QLabel(tr("Sign in to Elect"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* intro = new QLabel(tr("Use the email and password of your Elect account."), this);
    intro->setWordWrap(true);
    intro->setStyleSheet(QStringLiteral("color: #5b6675;"));

    m_embedded->setObjectName(QStringLiteral("embeddedRadio"));
    m_remote->setObjectName(QStringLiteral("serverRadio"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_embedded);
    group->addButton(m_remote);
    m_embedded->setChecked(true);
    connect(m_remote, &QRadioButton::toggled, this, &SignInDialog::updateServerFields);

    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setPlaceholderText(tr("db.example.org"));
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_database->setText(QLatin1String(kDatabaseName));
    m_sslMode->setObjectName(QStringLiteral("sslModeCombo"));
    m_sslMode->addItem(tr("Prefer encryption"), QStringLiteral("prefer"));
    m_sslMode->addItem(tr("Require encryption"), QStringLiteral("require"));
    m_sslMode->addItem(tr("Require and verify the certificate"), QStringLiteral("verify-full"));
    m_sslMode->addItem(tr("No encryption (local network only)"), QStringLiteral("disable"));

    auto* serverForm = new QFormLayout(m_serverBox);
    serverForm->setContentsMargins(24, 0, 0, 0);
    serverForm->addRow(tr("&Host:"), m_host);
    serverForm->addRow(tr("P&ort:"), m_port);
    serverForm->addRow(tr("&Database:"), m_database);
    serverForm->addRow(tr("&Security:"), m_sslMode);

    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setPlaceholderText(tr("name@example.org"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setToolTip(tr("The password is kept in this computer's keychain, never in a file."));

    auto* forgot = new QPushButton(tr("&Forgot your password?"), this);
    forgot->setObjectName(QStringLiteral("forgotButton"));
    forgot->setFlat(true);
    forgot->setAutoDefault(false);
    forgot->setCursor(Qt::PointingHandCursor);
    forgot->setStyleSheet(QStringLiteral("QPushButton { color: #2b5c9e; padding: 2px 0px; text-align: left; }"));
    connect(forgot, &QPushButton::clicked, this, &SignInDialog::openResetPassword);

    auto* accountForm = new QFormLayout;
    accountForm->addRow(tr("&Email:"), m_email);
    accountForm->addRow(tr("&Password:"), m_password);
    accountForm->addRow(QString(), m_remember);
    accountForm->addRow(QString(), forgot);

    // The account may not sign in yet: the database tells no more than that, so the window asks `elect serve`
    // which state it is in and shows that one; when the service cannot say, the box names the possible
    // reasons, each with what to do (docs/admin.md).
    m_notActive->setObjectName(QStringLiteral("notActiveBox"));
    m_notActive->setAttribute(Qt::WA_StyledBackground);
    m_notActive->setStyleSheet(QStringLiteral("#notActiveBox { background: #fff8e5; border: 1px solid #e8c66a;"
                                              " border-radius: 4px; }"));
    m_notActiveText->setObjectName(QStringLiteral("notActiveText"));
    m_notActiveText->setWordWrap(true);
    m_notActiveText->setTextFormat(Qt::RichText);
    m_enterCode->setObjectName(QStringLiteral("enterCodeButton"));
    m_enterCode->setAutoDefault(false);
    connect(m_enterCode, &QPushButton::clicked, this, [this] { openVerifyEmail(); });
    auto* notActiveLayout = new QVBoxLayout(m_notActive);
    notActiveLayout->setContentsMargins(12, 10, 12, 10);
    notActiveLayout->addWidget(m_notActiveText);
    notActiveLayout->addWidget(m_enterCode, 0, Qt::AlignLeading);
    m_notActive->hide();

    auto* serverLabel = new QLabel(tr("Server"), this);
    auto* accountLabel = new QLabel(tr("Account"), this);
    for (QLabel* l : {serverLabel, accountLabel}) {
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
    }

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_progress->setObjectName(QStringLiteral("busyBar"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->setAccessibleName(tr("Signing in"));
    // Keep the space so that the dialog does not jump when the bar appears.
    QSizePolicy keep = m_progress->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_progress->setSizePolicy(keep);
    m_progress->hide();

    m_signIn = m_buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    auto* registerButton = new QPushButton(tr("&Register an organization…"), this);
    registerButton->setObjectName(QStringLiteral("openRegisterButton"));
    registerButton->setAutoDefault(false);
    registerButton->setToolTip(tr("New to Elect? Register your organization; the platform's team reviews it."));
    m_buttons->addButton(registerButton, QDialogButtonBox::ActionRole);
    connect(registerButton, &QPushButton::clicked, this, &SignInDialog::openRegister);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 20);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addWidget(serverLabel);
    layout->addWidget(m_embedded);
    layout->addWidget(m_remote);
    layout->addWidget(m_serverBox);
    layout->addSpacing(8);
    layout->addWidget(accountLabel);
    layout->addLayout(accountForm);
    layout->addWidget(m_error);
    layout->addWidget(m_notActive);
    layout->addStretch();
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    QSettings settings;
    setProfile(ServerProfile::load(settings));
    m_email->setText(settings.value(kEmailKey).toString());
    m_remember->setChecked(settings.value(kRememberKey, false).toBool());
    (m_email->text().isEmpty() ? m_email : m_password)->setFocus();
}

void SignInDialog::setProfile(const ServerProfile& profile)
{
    (profile.embedded ? m_embedded : m_remote)->setChecked(true);
    m_host->setText(profile.host);
    m_port->setValue(profile.port);
    m_database->setText(profile.dbname);
    const int ssl = m_sslMode->findData(profile.sslmode);
    m_sslMode->setCurrentIndex(ssl < 0 ? 0 : ssl);
    updateServerFields();
}

ServerProfile SignInDialog::profile() const
{
    ServerProfile p;
    p.embedded = m_embedded->isChecked();
    p.host = m_host->text().trimmed();
    p.port = m_port->value();
    p.dbname = m_database->text().trimmed();
    p.sslmode = m_sslMode->currentData().toString();
    return p;
}

void SignInDialog::setCredentials(const QString& email, const QString& password)
{
    m_email->setText(email);
    m_password->setText(password);
}

QString SignInDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void SignInDialog::restoreRemembered()
{
    if (!m_remember->isChecked() || m_email->text().isEmpty() || !m_password->text().isEmpty())
        return;
    whenReady(m_connection.readSecret(Connection::personKey(profile(), m_email->text())), this,
              [this](Result<QString> password) {
                  // Nothing saved, or no keychain: the person types the password, as without "remember".
                  if (password && m_password->text().isEmpty())
                      m_password->setText(*password);
              });
}

void SignInDialog::updateServerFields()
{
    m_serverBox->setEnabled(m_remote->isChecked());
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_signIn->setEnabled(!busy);
    m_signIn->setText(busy ? tr("Signing in…") : tr("Sign in"));
    for (QWidget* w :
         {static_cast<QWidget*>(m_embedded), static_cast<QWidget*>(m_remote), static_cast<QWidget*>(m_email),
          static_cast<QWidget*>(m_password), static_cast<QWidget*>(m_remember)})
        w->setEnabled(!busy);
    m_serverBox->setEnabled(!busy && m_remote->isChecked());
}

void SignInDialog::showError(const QString& message)
{
    m_notActive->hide();
    m_error->showError(message);
}

bool SignInDialog::event(QEvent* event)
{
    const bool handled = QDialog::event(event);
    // A message or the not-active box appeared: grow to show all of it (wrapped texts make the layout's height
    // depend on its width, which the window's minimum size does not account for).
    if (event->type() == QEvent::LayoutRequest && layout() && isVisible()) {
        const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                         : layout()->totalMinimumSize().height();
        if (needed > height())
            resize(width(), needed);
    }
    return handled;
}

bool SignInDialog::showsNotActive() const
{
    return m_notActive->isVisible();
}

QString SignInDialog::notActiveText() const
{
    return m_notActiveText->text();
}

void SignInDialog::showNotActive()
{
    m_error->clearMessage();
    m_notActiveState.clear();
    m_enterCode->show();
    m_notActiveText->setText(
        QStringLiteral(
            "<b>%1</b><ul style=\"margin-left: 0px; -qt-list-indent: 1;\"><li>%2</li><li>%3</li><li>%4</li></ul>")
            .arg(tr("Your password is right, but this account cannot sign in yet."),
                 tr("<b>Email not verified yet?</b> Enter the code from the email we sent you."),
                 tr("<b>Organization waiting for review?</b> You will get an email when the platform's team has "
                    "accepted it; sign in then. If it is rejected, the email says why and what you can do."),
                 tr("<b>Organization admin?</b> Your account may be disabled: ask your organization's owner.")));
    m_notActive->show();
    resize(width(), minimumHeight());
    QCoreApplication::postEvent(this, new QEvent(QEvent::LayoutRequest));
}

void SignInDialog::askAccountState(const ServerProfile& server, const QString& email, const QString& password)
{
    m_signIn->setText(tr("Checking your account…"));
    m_progress->setAccessibleName(tr("Checking your account"));
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    RegistrationClient client(m_network, registrationService(server), 15000);
    whenReady(client.accountState(email, password), this, [this](const RegistrationClient::Answer& answer) {
        setBusy(false);
        m_progress->setAccessibleName(tr("Signing in"));
        if (answer.outcome == RegistrationClient::Answer::Outcome::Refused &&
            answer.key == QLatin1String("not_proven")) {
            // The password changed in between: the ordinary answer, and nothing about the account.
            showError(answer.message);
            m_password->selectAll();
            m_password->setFocus();
            return;
        }
        if (answer.ok() && answer.state == QLatin1String("active")) {
            m_notActive->hide();
            m_error->showInfo(tr("Your account can sign in now. Click Sign in again."));
            m_signIn->setFocus();
            return;
        }
        // No service, a limit, an old service without the route: what today's box says, all reasons listed.
        if (!answer.ok() || !showAccountState(answer.state, answer.reason)) {
            qCInfo(lcAdmin) << "account state not told by the service; listing the reasons";
            showNotActive();
        }
    });
}

bool SignInDialog::showAccountState(const QString& state, const QString& reason)
{
    QString title, text;
    if (state == QLatin1String("email_unverified")) {
        title = tr("Your email address is not verified yet.");
        text = tr("Enter the code from the email we sent you when you registered. No email? The next window can "
                  "send a new code.");
    } else if (state == QLatin1String("pending")) {
        title = tr("Your organization is waiting for review.");
        text = tr("The platform's team reviews every new organization. You will get an email when it is decided; "
                  "once it is accepted, sign in here.");
    } else if (state == QLatin1String("rejected")) {
        title = tr("Your organization's registration was rejected.");
        text = (reason.isEmpty() ? QString()
                                 : tr("The platform's team gave this reason:") +
                                       QStringLiteral("<blockquote>%1</blockquote>").arg(reason.toHtmlEscaped())) +
               tr("If you can put right what it says, reply to the email about the decision or contact the "
                  "platform's team: they can tell you how to apply again.");
    } else if (state == QLatin1String("disabled")) {
        title = tr("Your account is disabled.");
        text = tr("Your organization's owner has disabled your account. Ask the owner to enable it again.");
    } else if (state == QLatin1String("removed")) {
        title = tr("Your account was removed from the organization.");
        text = tr("Ask your organization's owner if you should have access; the owner can invite you again.");
    } else if (state == QLatin1String("organization_not_accepted")) {
        title = tr("Your organization cannot use Elect at the moment.");
        text = tr("Ask your organization's owner: the platform's team has not accepted the organization.");
    } else {
        return false;
    }
    m_error->clearMessage();
    m_notActiveState = state;
    m_notActiveText->setText(QStringLiteral("<b>%1</b><p>%2</p>").arg(title.toHtmlEscaped(), text));
    m_enterCode->setVisible(state == QLatin1String("email_unverified"));
    m_notActive->show();
    // A shorter message than the last one: the window shrinks to it (event() grows it to the new height).
    resize(width(), minimumHeight());
    QCoreApplication::postEvent(this, new QEvent(QEvent::LayoutRequest));
    if (m_enterCode->isVisible())
        m_enterCode->setFocus();
    return true;
}

template <typename Dialog>
Dialog* SignInDialog::openAccountDialog()
{
    auto* dialog = new Dialog(registrationService(profile()), m_email->text().trimmed(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    return dialog;
}

void SignInDialog::openRegister()
{
    if (m_busy)
        return;
    auto* dialog = openAccountDialog<RegisterDialog>();
    connect(dialog, &RegisterDialog::registered, this, [this](const QString& email, const QUrl&) {
        m_email->setText(email);
        m_password->clear();
        openVerifyEmail(email);
    });
    dialog->open();
}

void SignInDialog::openVerifyEmail(const QString& codeSentTo)
{
    if (m_busy)
        return;
    auto* dialog = openAccountDialog<VerifyEmailDialog>();
    if (!codeSentTo.isEmpty())
        dialog->showCodeSent(codeSentTo);
    connect(dialog, &VerifyEmailDialog::verified, this, [this](const QString& email) {
        if (!email.isEmpty())
            m_email->setText(email);
        m_notActive->hide();
        m_error->showInfo(tr("Your email address is verified. A new organization can sign in once the platform's "
                             "team has accepted it; you will get an email then."));
        m_password->setFocus();
    });
    dialog->open();
}

void SignInDialog::openResetPassword()
{
    if (m_busy)
        return;
    auto* dialog = openAccountDialog<ResetPasswordDialog>();
    connect(dialog, &ResetPasswordDialog::passwordChanged, this, [this](const QString& email) {
        if (!email.isEmpty())
            m_email->setText(email);
        m_password->clear();
        m_notActive->hide();
        m_error->showInfo(tr("Your password is changed. Sign in with the new one."));
        m_password->setFocus();
    });
    dialog->open();
}

void SignInDialog::submit()
{
    if (m_busy)
        return;
    const ServerProfile server = profile();
    const QString email = m_email->text().trimmed();
    if (email.isEmpty() || m_password->text().isEmpty()) {
        showError(tr("Enter your email and password."));
        (email.isEmpty() ? m_email : m_password)->setFocus();
        return;
    }
    if (!server.embedded && server.host.isEmpty()) {
        showError(tr("Enter the database server's host name, or choose this computer."));
        m_host->setFocus();
        return;
    }
    QSettings settings;
    const bool wasRemembered = settings.value(kRememberKey, false).toBool();
    const Remember remember = m_remember->isChecked() ? Remember::Save
                              : wasRemembered         ? Remember::Forget
                                                      : Remember::Leave;
    const QString password = m_password->text();
    const QString key = Connection::personKey(server, email);
    m_error->clearMessage();
    m_notActive->hide();
    setBusy(true);
    whenReady(m_connection.open(server.connectionFor(loginRoleForEmail(email), password, QStringLiteral("elect-admin")),
                                server.embedded, Identity::Kind::Person,
                                tr("This is a kiosk's account. Sign in with the email of a person instead.")),
              this, [this, server, email, password, key, remember](Result<Connection::Opened> opened) {
                  if (!opened && opened.code() == ErrorCode::AccountNotActive) {
                      QSettings s;
                      server.save(s);
                      s.setValue(kEmailKey, email);
                      askAccountState(server, email, password);
                      return;
                  }
                  if (!opened) {
                      setBusy(false);
                      showError(opened.message());
                      m_password->selectAll();
                      m_password->setFocus();
                      return;
                  }
                  qCInfo(lcAdmin) << "signed in; role" << toString(opened->identity.role);
                  // Signed in whatever the keychain says; a keychain that refuses is a note, not an error.
                  const QString where = opened->server;
                  auto finish = [this, server, email, where](Status kept) {
                      setBusy(false);
                      QSettings s;
                      server.save(s);
                      s.setValue(kEmailKey, email);
                      s.setValue(kRememberKey, m_remember->isChecked());
                      m_password->clear();
                      Q_EMIT signedIn(where, kept ? QString() : kept.message());
                      accept();
                  };
                  if (remember == Remember::Save)
                      whenReady(m_connection.writeSecret(key, password), this, finish);
                  else if (remember == Remember::Forget)
                      whenReady(m_connection.removeSecret(key), this, finish);
                  else
                      finish(success());
              });
}

} // namespace Elect
