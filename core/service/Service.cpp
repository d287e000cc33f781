#include "core/service/Service.h"

#include "core/db/Database.h"
#include "core/db/EligibilityRepository.h"
#include "core/db/NotificationListener.h"
#include "core/domain/Clock.h"
#include "core/integrations/eligibility/EligibilityHttpClient.h"
#include "core/integrations/file/FileTransport.h"
#include "core/integrations/smtp/SmtpMailer.h"
#include "core/integrations/stripe/StripeCheckout.h"
#include "core/integrations/twilio/TwilioSmsSender.h"
#include "core/service/AuditCheckpointer.h"
#include "core/service/AuditSealer.h"
#include "core/service/CheckoutSessionHandler.h"
#include "core/service/Dispatcher.h"
#include "core/service/DummyEligibilityApi.h"
#include "core/service/ElectionCloser.h"
#include "core/service/EligibilityHandler.h"
#include "core/service/EmailTokenHandler.h"
#include "core/service/HttpEndpoints.h"
#include "core/service/MessageTemplates.h"
#include "core/service/OrganizationDecisionEmailHandler.h"
#include "core/service/PaymentPoller.h"
#include "core/service/RegistrationApi.h"
#include "core/service/RegistrationAttemptEmailHandler.h"
#include "core/service/ReminderTask.h"
#include "core/service/ServiceRunner.h"
#include "core/service/StripeWebhook.h"
#include "core/service/VoterCodeSmsHandler.h"
#include "core/service/VoterReminderSmsHandler.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSocketNotifier>

namespace Elect::Service {

Q_LOGGING_CATEGORY(lcService, "elect.serve")

struct Service::Parts
{
    ServiceConfig config;
    std::unique_ptr<Database> database;
    const Clock* clock = nullptr;
    std::unique_ptr<QNetworkAccessManager> network;
    std::shared_ptr<Integrations::FileTransport> file;
    std::unique_ptr<Integrations::SmsSender> twilio;
    std::unique_ptr<Integrations::Mailer> smtp;
    std::unique_ptr<Integrations::PaymentGateway> stripe;
    std::unique_ptr<Integrations::EligibilityClient> eligibility;
    std::unique_ptr<DummyEligibilityApi> dummy;
    std::unique_ptr<StripeWebhook> webhook;
    std::unique_ptr<RegistrationApi> registration;
    std::unique_ptr<Database> listenerDb;
    std::unique_ptr<NotificationListener> listener;
    std::unique_ptr<QSocketNotifier> wake;
    Integrations::SmsSender* sms = nullptr;
    Integrations::Mailer* mail = nullptr;
    MessageTemplates templates;
    std::unique_ptr<Dispatcher> dispatcher;
    std::vector<std::unique_ptr<ScheduledTask>> tasks;
    std::unique_ptr<HttpEndpoints> http;
    std::unique_ptr<ServiceRunner> runner;
    AuditCheckpointer* audit = nullptr; // one of tasks, when [audit] is configured
};

Service::Service() : m_parts(std::make_unique<Parts>()) {}

Service::~Service()
{
    // The runner and the endpoints go before the clients and the connection they use.
    m_parts->wake.reset();
    m_parts->runner.reset();
    m_parts->http.reset();
    m_parts->dispatcher.reset();
    m_parts->tasks.clear();
}

Result<std::unique_ptr<Service>> Service::create(const ServiceConfig& config, std::unique_ptr<Database> database,
                                                 std::unique_ptr<Database> listener, const Clock& clock)
{
    if (!config.smsConfigured() || !config.emailConfigured())
        return Result<std::unique_ptr<Service>>::failure(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("Elect::Service",
                                        "elect serve needs a way to send SMS and email: configure [twilio] and [smtp] "
                                        "in the file given with --config, or try Elect with --file-transport FILE."));
    std::unique_ptr<Service> service(new Service);
    Parts& p = *service->m_parts;
    p.config = config;
    p.database = std::move(database);
    p.clock = &clock;
    p.network = std::make_unique<QNetworkAccessManager>();
    if (!config.fileTransport.isEmpty() && (!config.twilio || !config.smtp)) {
        auto file = Integrations::FileTransport::open(config.fileTransport);
        if (!file)
            return file.error();
        p.file = *file;
    }
    if (config.twilio) {
        p.twilio = std::make_unique<Integrations::TwilioSmsSender>(*config.twilio, p.network.get());
        p.sms = p.twilio.get();
    } else {
        p.sms = p.file.get();
    }
    if (config.smtp) {
        p.smtp = std::make_unique<Integrations::SmtpMailer>(*config.smtp);
        p.mail = p.smtp.get();
    } else {
        p.mail = p.file.get();
    }
    if (config.stripe)
        p.stripe = std::make_unique<Integrations::StripeCheckout>(*config.stripe, p.network.get());
    p.http = std::make_unique<HttpEndpoints>();

    p.templates.loadBuiltInLanguage(QStringLiteral("ar"));

    Database& db = *p.database;
    p.dispatcher = std::make_unique<Dispatcher>(db, config.retry, clock, &Dispatcher::systemRandom);
    // Never longer than most of the lease: a message is not leased out again while it is in flight.
    p.dispatcher->setHandlerTimeoutMs(std::min(60000, config.leaseSeconds * 750));
    p.dispatcher->addHandler(
        std::make_unique<EmailTokenHandler>(EmailTokenHandler::Purpose::VerifyEmail, db, *p.mail, p.templates));
    p.dispatcher->addHandler(
        std::make_unique<EmailTokenHandler>(EmailTokenHandler::Purpose::ResetPassword, db, *p.mail, p.templates));
    p.dispatcher->addHandler(std::make_unique<OrganizationDecisionEmailHandler>(true, db, *p.mail, p.templates));
    p.dispatcher->addHandler(std::make_unique<OrganizationDecisionEmailHandler>(false, db, *p.mail, p.templates));
    p.dispatcher->addHandler(std::make_unique<RegistrationAttemptEmailHandler>(db, *p.mail, p.templates));
    p.dispatcher->addHandler(std::make_unique<VoterCodeSmsHandler>(db, *p.sms, p.templates));
    p.dispatcher->addHandler(std::make_unique<VoterReminderSmsHandler>(db, *p.sms, p.templates));
    p.eligibility = std::make_unique<Integrations::EligibilityHttpClient>(p.network.get());
    p.dispatcher->addHandler(std::make_unique<EligibilityHandler>(db, *p.eligibility));

    if (config.dummyApi) {
        p.dummy = std::make_unique<DummyEligibilityApi>(db);
        DummyEligibilityApi* dummy = p.dummy.get();
        p.http->setDummyEligibility([dummy](qint64 organization, const QString& nationalId) {
            return dummy->answer(organization, nationalId);
        });
    }

    // Registration, email verification and password reset: the database has no public login for them.
    p.registration = std::make_unique<RegistrationApi>(db, config.trustedProxies);
    RegistrationApi* registration = p.registration.get();
    p.http->setRegistration([registration](const HttpEndpoints::ApiRequest& r) {
        return registration->begin(r.route, r.peer, r.forwardedFor, r.contentType, r.body);
    });

    if (p.stripe) {
        p.dispatcher->addHandler(std::make_unique<CheckoutSessionHandler>(
            db, *p.stripe, CheckoutUrls{QUrl(config.stripeSuccessUrl), QUrl(config.stripeCancelUrl)}));
        p.webhook = std::make_unique<StripeWebhook>(db, config.stripeWebhookSecrets);
        StripeWebhook* webhook = p.webhook.get();
        const Clock* serviceClock = &clock;
        p.http->setStripeWebhook([webhook, serviceClock](const QByteArray& signature, const QByteArray& body) {
            return webhook->handle(signature, body, serviceClock->now().toSecsSinceEpoch());
        });
        p.tasks.push_back(std::make_unique<PaymentPoller>(db, *p.stripe));
    }
    p.tasks.push_back(std::make_unique<ElectionCloser>(db));
    p.tasks.push_back(std::make_unique<AuditSealer>(db));
    p.tasks.push_back(std::make_unique<ReminderTask>(db));
    if (!config.auditCheckpointKey.isEmpty()) {
        auto audit = AuditCheckpointer::create(db, config.auditCheckpointKey, config.auditCheckpointFile,
                                               config.auditCheckpointMinutes);
        if (!audit)
            return audit.error();
        p.audit = audit->get();
        p.tasks.push_back(std::move(audit).value());
    }
    QList<ScheduledTask*> tasks;
    for (const auto& t : p.tasks)
        tasks << t.get();
    Dispatcher* dispatcher = p.dispatcher.get();
    const int batch = config.batchSize;
    const int lease = config.leaseSeconds;
    p.runner = std::make_unique<ServiceRunner>([dispatcher, batch, lease] { return dispatcher->runOnce(batch, lease); },
                                               tasks, clock, config.pollMilliseconds);

    // A kiosk's eligibility question wakes the dispatcher at once; the poll stays the safety net.
    if (listener) {
        p.listenerDb = std::move(listener);
        auto listening =
            NotificationListener::listen(*p.listenerDb, QLatin1String(EligibilityRepository::kNotifyChannel));
        if (!listening)
            return listening.error();
        p.listener = std::move(listening.value());
        p.wake = std::make_unique<QSocketNotifier>(p.listener->socketDescriptor(), QSocketNotifier::Read);
        ServiceRunner* runner = p.runner.get();
        Parts* parts = &p;
        QObject::connect(p.wake.get(), &QSocketNotifier::activated, runner, [parts, runner] {
            const auto payloads = parts->listener->take();
            if (!payloads) {
                qCWarning(lcService).noquote() << "listening for eligibility questions stopped:" << payloads.message()
                                               << "(the outbox is still polled)";
                parts->wake->setEnabled(false);
                return;
            }
            if (!payloads->isEmpty())
                runner->wake();
        });
    }
    return service;
}

Result<quint16> Service::listen()
{
    return m_parts->http->listen(m_parts->config.listenAddress, m_parts->config.listenPort);
}

ServiceRunner& Service::runner()
{
    return *m_parts->runner;
}

QStringList Service::describe() const
{
    const Parts& p = *m_parts;
    QStringList lines;
    lines << QStringLiteral("database: %1 as %2").arg(p.database->settings().describe(), p.database->sessionUser());
    lines << (p.config.twilio ? QStringLiteral("SMS: Twilio at %1").arg(p.config.twilio->baseUrl.host())
                              : QStringLiteral("SMS: the file %1").arg(p.config.fileTransport));
    lines << (p.config.smtp ? QStringLiteral("email: SMTP at %1").arg(p.config.smtp->server.host())
                            : QStringLiteral("email: the file %1").arg(p.config.fileTransport));
    lines << (p.config.stripe ? QStringLiteral("payments: Stripe at %1").arg(p.config.stripe->baseUrl.host())
                              : QStringLiteral("payments: off (no [stripe] section)"));
    lines << QStringLiteral("registration API: /api/auth/...; X-Forwarded-For read from %1 trusted proxy range(s)")
                 .arg(p.config.trustedProxies.size());
    lines << (p.config.dummyApi ? QStringLiteral("dummy eligibility API: on, /dummy/ORGANIZATION/voters/ID")
                                : QStringLiteral("dummy eligibility API: off"));
    lines << (p.audit ? QStringLiteral("audit checkpoints: every %1 min, at start and at stop, to %2 and this log")
                            .arg(p.config.auditCheckpointMinutes)
                            .arg(p.config.auditCheckpointFile)
                      : QStringLiteral("audit checkpoints: off (no [audit] section)"));
    return lines;
}

QStringList Service::warnings() const
{
    const Parts& p = *m_parts;
    QStringList lines;
    if (p.file)
        lines << QStringLiteral("THE FILE TRANSPORT IS ON: %1 are not sent but written to %2 (mode 600). For trying "
                                "Elect only; configure [twilio] and [smtp] for real elections.")
                     .arg(!p.config.twilio && !p.config.smtp ? QStringLiteral("SMS and email")
                          : !p.config.twilio                 ? QStringLiteral("SMS")
                                                             : QStringLiteral("email"),
                          p.file->path());
    if (!p.audit)
        lines << QStringLiteral("NO AUDIT CHECKPOINTS: without [audit] checkpoint_key and checkpoint_file, whoever "
                                "owns the database can rewrite the audit log unnoticed (docs/security.md).");
    return lines;
}

Status Service::afterStop()
{
    if (!m_parts->audit) {
        const auto sealed = AuditSealer::sealAll(*m_parts->database);
        return sealed ? success() : Status(sealed.error());
    }
    const auto written = m_parts->audit->checkpoint(*m_parts->clock);
    if (!written)
        return written.error();
    return success();
}

} // namespace Elect::Service
