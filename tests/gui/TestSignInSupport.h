#pragma once

// What the sign-in window's account tests share: the registration API of `elect serve` (RegistrationApi on
// the service login, on a real HTTP endpoint on 127.0.0.1), the outbox dispatcher that sends its emails to a
// real SMTP server (maildev), and reading the code back from the email as the person would.

#include "AdminDriver.h"
#include "ProviderServers.h"

#include "core/domain/Clock.h"
#include "core/integrations/smtp/SmtpMailer.h"
#include "core/service/Dispatcher.h"
#include "core/service/EmailTokenHandler.h"
#include "core/service/HttpEndpoints.h"
#include "core/service/MessageTemplates.h"
#include "core/service/OrganizationDecisionEmailHandler.h"
#include "core/service/RegistrationApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Elect::Test {

class SignInServices
{
public:
    /// Starts everything on \a cluster; check error() afterwards (empty when all is up).
    explicit SignInServices(TestCluster& cluster)
    {
        m_service = cluster.connect(QStringLiteral("elect_service"), QStringLiteral("service-password-for-tests"));
        if (!m_service) {
            m_error = QStringLiteral("the service login was refused");
            return;
        }
        m_maildev = std::make_unique<MaildevServer>();
        if (!m_maildev->started()) {
            m_error = m_maildev->why();
            return;
        }
        // Roomy limits: every request of these tests comes from 127.0.0.1 (the limits have their own tests).
        Service::RegistrationApi::Limits roomy;
        for (Service::RegistrationApi::Limit* l :
             {&roomy.registerPerAddress, &roomy.registerPerEmail, &roomy.verifyPerAddress, &roomy.resendPerAddress,
              &roomy.resendPerEmail, &roomy.forgotPerAddress, &roomy.forgotPerEmail, &roomy.resetPerAddress})
            l->max = 100;
        m_api =
            std::make_unique<Service::RegistrationApi>(*m_service, QList<Service::RegistrationApi::Subnet>{}, roomy);
        m_http.setRegistration([this](const Service::HttpEndpoints::ApiRequest& r) {
            return m_api->handle(r.route, r.peer, r.forwardedFor, r.contentType, r.body);
        });
        const auto port = m_http.listen(QHostAddress::LocalHost, 0);
        if (!port) {
            m_error = port.message();
            return;
        }
        m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(*port));

        Integrations::SmtpSettings smtp;
        smtp.server = m_maildev->smtpUrl();
        smtp.fromAddress = QStringLiteral("no-reply@elect.example.org");
        smtp.allowPlaintextOnLoopback = true;
        smtp.timeoutMs = 10000;
        m_mailer = std::make_unique<Integrations::SmtpMailer>(smtp);
        m_dispatcher =
            std::make_unique<Service::Dispatcher>(*m_service, Service::RetryPolicy{}, m_clock, [] { return 0.5; });
        using Purpose = Service::EmailTokenHandler::Purpose;
        m_dispatcher->addHandler(
            std::make_unique<Service::EmailTokenHandler>(Purpose::VerifyEmail, *m_service, *m_mailer, m_templates));
        m_dispatcher->addHandler(
            std::make_unique<Service::EmailTokenHandler>(Purpose::ResetPassword, *m_service, *m_mailer, m_templates));
        m_dispatcher->addHandler(
            std::make_unique<Service::OrganizationDecisionEmailHandler>(false, *m_service, *m_mailer, m_templates));
    }

    QString error() const { return m_error; }
    /// The registration API's address, as a person types it into the dialogs.
    QUrl url() const { return m_url; }

    /// Sends what the outbox holds (as `elect serve` does) and returns the emails \a address has received,
    /// oldest first.
    QList<QJsonObject> mailTo(const QString& address)
    {
        await(m_dispatcher->runOnce(50, 60));
        QList<QJsonObject> out;
        for (const QJsonValue& v : QJsonDocument::fromJson(m_maildev->get(QStringLiteral("/api/email"))).array()) {
            const QJsonObject email = v.toObject();
            if (email.value(QStringLiteral("to")).toArray().first().toObject().value(QStringLiteral("address")) ==
                address)
                out << email;
        }
        return out;
    }
    /// The code in the newest email to \a address whose subject contains \a subject; empty when none came.
    QString codeMailedTo(const QString& address, const QString& subject)
    {
        static const QRegularExpression tokenRe(QStringLiteral("[A-Z2-7]{4}(?:-[A-Z2-7]{4}){12}"));
        const QList<QJsonObject> mails = mailTo(address);
        for (auto it = mails.crbegin(); it != mails.crend(); ++it)
            if (it->value(QStringLiteral("subject")).toString().contains(subject))
                return tokenRe.match(it->value(QStringLiteral("text")).toString()).captured(0);
        return {};
    }

private:
    QString m_error;
    std::unique_ptr<Database> m_service;
    std::unique_ptr<MaildevServer> m_maildev;
    std::unique_ptr<Service::RegistrationApi> m_api;
    Service::HttpEndpoints m_http;
    QUrl m_url;
    std::unique_ptr<Integrations::SmtpMailer> m_mailer;
    TestClock m_clock{QDateTime::currentDateTimeUtc()};
    Service::MessageTemplates m_templates;
    std::unique_ptr<Service::Dispatcher> m_dispatcher;
};

/// Lets pending layout requests run (a window grows after a message appears), then saves the screenshot.
inline void shot(QWidget* widget, const QString& name)
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
    QVERIFY2(saveScreenshot(widget, name), qPrintable(name));
}

/// Types \a text into the field named \a name of \a parent, replacing what it held.
inline void typeInto(QWidget* parent, const QString& name, const QString& text)
{
    auto* edit = parent->findChild<QLineEdit*>(name);
    QVERIFY2(edit, qPrintable(name));
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    for (const QChar c : text) {
        // QTest's key clicks know ASCII only; other letters (Arabic) are typed as key events carrying their text.
        if (c.unicode() < 0x80)
            QTest::keyClick(edit, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
    QCOMPARE(edit->text(), text);
}

} // namespace Elect::Test
