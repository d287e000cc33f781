#include "signin/ResetPasswordDialog.h"

#include "shell/AdminLog.h"
#include "shell/MessageBanner.h"
#include "signin/PasswordMeter.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Elect {

ResetPasswordDialog::ResetPasswordDialog(const QUrl& service, const QString& email, QWidget* parent)
    : ServiceDialog(tr("Reset your password"),
                    tr("We email you a code to choose a new password. The code works once, for one hour."), service,
                    parent),
      m_email(new QLineEdit(this)), m_haveCode(new QPushButton(tr("I &have a code"), this)),
      m_again(new QPushButton(tr("Send a &new code"), this)), m_code(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_meter(new PasswordMeter(this)), m_confirm(new QLineEdit(this))
{
    setObjectName(QStringLiteral("resetDialog"));
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setText(email);
    m_email->setPlaceholderText(tr("name@example.org"));
    m_haveCode->setObjectName(QStringLiteral("haveCodeButton"));
    m_haveCode->setAutoDefault(false);
    m_haveCode->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    connect(m_haveCode, &QPushButton::clicked, this, [this] { setStep(Step::ChooseNew); });
    m_again->setObjectName(QStringLiteral("againButton"));
    m_again->setAutoDefault(false);
    m_again->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    connect(m_again, &QPushButton::clicked, this, &ResetPasswordDialog::requestCode);
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setPlaceholderText(tr("ABCD-EFGH-…"));
    m_code->setMaxLength(200);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setObjectName(QStringLiteral("confirmEdit"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_meter->setObjectName(QStringLiteral("passwordMeter"));
    connect(m_password, &QLineEdit::textChanged, this, &ResetPasswordDialog::updateMeter);

    form()->addRow(tr("&Email:"), m_email);
    form()->addRow(QString(), m_haveCode);
    form()->addRow(tr("&Code:"), m_code);
    form()->addRow(tr("&New password:"), m_password);
    form()->addRow(QString(), m_meter);
    form()->addRow(tr("&Repeat password:"), m_confirm);
    form()->addRow(QString(), m_again);
    setMainButton(tr("Send the code"), QStringLiteral("resetButton"),
                  {m_email, m_haveCode, m_code, m_password, m_confirm, m_again});
    setStep(Step::RequestCode);
}

void ResetPasswordDialog::setStep(Step step)
{
    m_step = step;
    const bool choose = step == Step::ChooseNew;
    form()->setRowVisible(m_haveCode, !choose);
    for (QWidget* w : {static_cast<QWidget*>(m_code), static_cast<QWidget*>(m_password), static_cast<QWidget*>(m_meter),
                       static_cast<QWidget*>(m_confirm), static_cast<QWidget*>(m_again)})
        form()->setRowVisible(w, choose);
    setMainButtonText(choose ? tr("Change password") : tr("Send the code"));
    (choose ? m_code : m_email)->setFocus();
    adjustSize();
}

void ResetPasswordDialog::updateMeter()
{
    m_meter->setPassword(m_password->text(), {m_email->text()});
}

void ResetPasswordDialog::submit()
{
    if (isBusy())
        return;
    if (m_step == Step::RequestCode)
        requestCode();
    else
        changePassword();
}

void ResetPasswordDialog::requestCode()
{
    if (isBusy())
        return;
    const QString email = m_email->text().trimmed();
    if (!email.contains(u'@')) {
        banner()->showError(tr("Enter the email address of your Elect account; the code goes there."));
        m_email->setFocus();
        return;
    }
    send([email](RegistrationClient& client) { return client.forgotPassword(email); }, tr("Sending…"),
         [this, email](const RegistrationClient::Answer& answer) {
             if (!answer.ok()) {
                 banner()->showError(answer.message);
                 return;
             }
             setStep(Step::ChooseNew);
             banner()->showInfo(tr("If %1 has an Elect account, a code is on its way. Paste it here and choose a "
                                   "new password.")
                                    .arg(email));
         });
}

void ResetPasswordDialog::changePassword()
{
    const QString code = cleanCode(m_code->text());
    if (code.isEmpty()) {
        banner()->showError(tr("Paste or type the code from the email we sent you."));
        m_code->setFocus();
        return;
    }
    updateMeter();
    if (!m_meter->acceptable()) {
        banner()->showError(tr("Choose a stronger password: the advice under it says how."));
        m_password->setFocus();
        return;
    }
    if (m_confirm->text() != m_password->text()) {
        banner()->showError(tr("The two passwords differ. Type the same password twice."));
        m_confirm->setFocus();
        m_confirm->selectAll();
        return;
    }
    const QString password = m_password->text();
    send([code, password](RegistrationClient& client) { return client.resetPassword(code, password); }, tr("Changing…"),
         [this](const RegistrationClient::Answer& answer) {
             if (answer.ok()) {
                 qCInfo(lcAdmin) << "password reset";
                 m_password->clear();
                 m_confirm->clear();
                 Q_EMIT passwordChanged(m_email->text().trimmed());
                 accept();
                 return;
             }
             if (answer.key == QLatin1String("token_invalid")) {
                 banner()->showError(tr("This code is not valid, was already used, or has expired. Check that you "
                                        "copied all of it, or click \"Send a new code\"."));
                 m_code->setFocus();
                 m_code->selectAll();
             } else {
                 banner()->showError(answer.outcome == RegistrationClient::Answer::Outcome::WeakPassword &&
                                             !answer.warning.isEmpty()
                                         ? answer.message + u' ' + answer.warning
                                         : answer.message);
                 m_password->setFocus();
             }
         });
}

} // namespace Elect
