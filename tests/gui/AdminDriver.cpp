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
#include <QRegularExpression>

namespace Elect::Test {

// Compiled once for all the GUI tests: the service headers are heavy and only the sign-in tests need them.
struct SignInServices::Parts
{
    QString error;
    std::unique_ptr<Database> service;
    std::unique_ptr<MaildevServer> maildev;
    std::unique_ptr<Service::RegistrationApi> api;
    Service::HttpEndpoints http;
    QUrl url;
    std::unique_ptr<Integrations::SmtpMailer> mailer;
    TestClock clock{QDateTime::currentDateTimeUtc()};
    Service::MessageTemplates templates;
    std::unique_ptr<Service::Dispatcher> dispatcher;

    void start(TestCluster& cluster)
    {
        service = cluster.connect(QStringLiteral("elect_service"), QStringLiteral("service-password-for-tests"));
        if (!service) {
            error = QStringLiteral("the service login was refused");
            return;
        }
        maildev = std::make_unique<MaildevServer>();
        if (!maildev->started()) {
            error = maildev->why();
            return;
        }
        // Roomy limits: every request of these tests comes from 127.0.0.1 (the limits have their own tests).
        Service::RegistrationApi::Limits roomy;
        for (Service::RegistrationApi::Limit* l :
             {&roomy.registerPerAddress, &roomy.registerPerEmail, &roomy.verifyPerAddress, &roomy.resendPerAddress,
              &roomy.resendPerEmail, &roomy.forgotPerAddress, &roomy.forgotPerEmail, &roomy.resetPerAddress})
            l->max = 100;
        api = std::make_unique<Service::RegistrationApi>(*service, QList<Service::RegistrationApi::Subnet>{}, roomy);
        http.setRegistration([this](const Service::HttpEndpoints::ApiRequest& r) {
            return api->begin(r.route, r.peer, r.forwardedFor, r.contentType, r.body);
        });
        const auto port = http.listen(QHostAddress::LocalHost, 0);
        if (!port) {
            error = port.message();
            return;
        }
        url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(*port));

        Integrations::SmtpSettings smtp;
        smtp.server = maildev->smtpUrl();
        smtp.fromAddress = QStringLiteral("no-reply@elect.example.org");
        smtp.allowPlaintextOnLoopback = true;
        smtp.timeoutMs = 10000;
        mailer = std::make_unique<Integrations::SmtpMailer>(smtp);
        dispatcher = std::make_unique<Service::Dispatcher>(*service, Service::RetryPolicy{}, clock, [] { return 0.5; });
        using Purpose = Service::EmailTokenHandler::Purpose;
        dispatcher->addHandler(
            std::make_unique<Service::EmailTokenHandler>(Purpose::VerifyEmail, *service, *mailer, templates));
        dispatcher->addHandler(
            std::make_unique<Service::EmailTokenHandler>(Purpose::ResetPassword, *service, *mailer, templates));
        dispatcher->addHandler(
            std::make_unique<Service::OrganizationDecisionEmailHandler>(false, *service, *mailer, templates));
    }
};

SignInServices::SignInServices(TestCluster& cluster) : m(std::make_unique<Parts>())
{
    m->start(cluster);
}

SignInServices::~SignInServices() = default;

QString SignInServices::error() const
{
    return m->error;
}

QUrl SignInServices::url() const
{
    return m->url;
}

QList<QJsonObject> SignInServices::mailTo(const QString& address)
{
    await(m->dispatcher->runOnce(50, 60));
    QList<QJsonObject> out;
    for (const QJsonValue& v : QJsonDocument::fromJson(m->maildev->get(QStringLiteral("/api/email"))).array()) {
        const QJsonObject email = v.toObject();
        if (email.value(QStringLiteral("to")).toArray().first().toObject().value(QStringLiteral("address")) == address)
            out << email;
    }
    return out;
}

QString SignInServices::codeMailedTo(const QString& address, const QString& subject)
{
    static const QRegularExpression tokenRe(QStringLiteral("[A-Z2-7]{4}(?:-[A-Z2-7]{4}){12}"));
    const QList<QJsonObject> mails = mailTo(address);
    for (auto it = mails.crbegin(); it != mails.crend(); ++it)
        if (it->value(QStringLiteral("subject")).toString().contains(subject))
            return tokenRe.match(it->value(QStringLiteral("text")).toString()).captured(0);
    return {};
}

} // namespace Elect::Test
