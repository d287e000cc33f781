#include "signin/VerifyEmailDialog.h"

#include "shell/AdminLog.h"
#include "shell/MessageBanner.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace Elect {

VerifyEmailDialog::VerifyEmailDialog(const QUrl& service, const QString& email, QWidget* parent)
    : ServiceDialog(tr("Verify your email address"),
                    tr("We emailed you a code. Copy it from the message and paste it here, or type it; spaces, "
                       "dashes and capitals do not matter. The code works once, for 48 hours."),
                    service, parent),
      m_email(new QLineEdit(this)), m_code(new QLineEdit(this)), m_resend(new QPushButton(tr("Send a &new code"), this))
{
    setObjectName(QStringLiteral("verifyDialog"));
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setText(email);
    m_email->setPlaceholderText(tr("name@example.org"));
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setPlaceholderText(tr("ABCD-EFGH-…"));
    m_code->setMaxLength(200);
    m_resend->setObjectName(QStringLiteral("resendButton"));
    m_resend->setAutoDefault(false);
    m_resend->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_resend->setToolTip(tr("Sends a new code to the email address above; the old code stops working."));
    connect(m_resend, &QPushButton::clicked, this, &VerifyEmailDialog::resend);

    form()->addRow(tr("&Code:"), m_code);
    form()->addRow(tr("&Email:"), m_email);
    form()->addRow(QString(), m_resend);
    setMainButton(tr("Verify"), QStringLiteral("verifyButton"), {m_code, m_email, m_resend});
    m_code->setFocus();
}

void VerifyEmailDialog::showCodeSent(const QString& email)
{
    banner()->showInfo(tr("Registered. We sent a code to %1: it may take a few minutes to arrive (look in the spam "
                          "folder too).")
                           .arg(email));
}

void VerifyEmailDialog::submit()
{
    if (isBusy())
        return;
    const QString code = cleanCode(m_code->text());
    if (code.isEmpty()) {
        banner()->showError(tr("Paste or type the code from the email we sent you."));
        m_code->setFocus();
        return;
    }
    send([code](RegistrationClient& client) { return client.verifyEmail(code); }, tr("Verifying…"),
         [this](const RegistrationClient::Answer& answer) {
             if (answer.ok()) {
                 qCInfo(lcAdmin) << "email verified";
                 Q_EMIT verified(m_email->text().trimmed());
                 accept();
                 return;
             }
             banner()->showError(answer.key == QLatin1String("token_invalid")
                                     ? tr("This code is not valid, was already used, or has expired. Check that you "
                                          "copied all of it, or click \"Send a new code\".")
                                     : answer.message);
             m_code->setFocus();
             m_code->selectAll();
         });
}

void VerifyEmailDialog::resend()
{
    if (isBusy())
        return;
    const QString email = m_email->text().trimmed();
    if (!email.contains(u'@')) {
        banner()->showError(tr("Enter the email address you registered with; the new code goes there."));
        m_email->setFocus();
        return;
    }
    send([email](RegistrationClient& client) { return client.resendVerification(email); }, tr("Sending…"),
         [this, email](const RegistrationClient::Answer& answer) {
             if (answer.ok()) {
                 banner()->showInfo(tr("If %1 has an account waiting for verification, a new code is on its way. "
                                       "Use the newest code: the older ones no longer work.")
                                        .arg(email));
                 m_code->clear();
                 m_code->setFocus();
             } else {
                 banner()->showError(answer.message);
             }
         });
}

} // namespace Elect
