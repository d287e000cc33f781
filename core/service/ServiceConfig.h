#pragma once

#include "core/integrations/smtp/SmtpMailer.h"
#include "core/integrations/stripe/StripeCheckout.h"
#include "core/integrations/twilio/TwilioSmsSender.h"
#include "core/Result.h"
#include "core/service/RetryPolicy.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace Elect::Service {

/// What `elect serve` runs with: where the database is, the providers' credentials, the HTTP
/// endpoint and the dispatcher's pace. Read from an INI-style file that only its owner may read
/// (`elect serve --config FILE`); every secret may come from the environment instead, and none
/// ever comes from the database. docs/serve.md lists every key.
struct ServiceConfig
{
    /// libpq URI of the service login (empty: the embedded server of this machine).
    QString databaseUri;
    QString databasePassword; ///< secret; empty: libpq's PGPASSWORD or ~/.pgpass

    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = 8181;
    bool dummyApi = false; ///< answer GET /dummy/{organization}/voters/{national_id} from dummy_voters
    /// The operator's proxies (address, prefix length): only a request from one of them has its client's
    /// address read from X-Forwarded-For; any other's X-Forwarded-For is ignored. Empty: nobody's.
    QList<QPair<QHostAddress, int>> trustedProxies;

    std::optional<Integrations::TwilioSettings> twilio;
    std::optional<Integrations::SmtpSettings> smtp;
    std::optional<Integrations::StripeSettings> stripe;
    QList<QByteArray> stripeWebhookSecrets; ///< current first; the previous one while rotating
    QString stripeSuccessUrl;
    QString stripeCancelUrl;

    /// The demo's transport: each SMS and email is appended to this file (mode 0600) instead of being
    /// sent, for the channels that have no provider configured.
    QString fileTransport;

    int batchSize = 50;
    int leaseSeconds = 120;
    int pollMilliseconds = 1000;
    RetryPolicy retry;

    /// [audit] (docs/security.md, "Audit checkpoints"): the Ed25519 private key (mode 600) that signs the audit
    /// log's head, the file the signed heads are appended to, and how often. Both paths or neither.
    QString auditCheckpointKey;
    QString auditCheckpointFile;
    int auditCheckpointMinutes = 10;

    /// Parses the text of a config file. \a environment (name -> value) overrides the secrets:
    /// ELECT_SERVICE_DB_PASSWORD, ELECT_TWILIO_AUTH_TOKEN, ELECT_SMTP_PASSWORD, ELECT_STRIPE_SECRET_KEY,
    /// ELECT_STRIPE_WEBHOOK_SECRETS (comma-separated). An unknown section or key, a malformed value or
    /// a provider configured by halves is an InvalidInput error naming the line.
    static Result<ServiceConfig> parse(const QString& text, const QHash<QString, QString>& environment);
    /// Reads \a path: refuses a file that its group or others may read or write (secrets live there),
    /// then parse().
    static Result<ServiceConfig> load(const QString& path, const QHash<QString, QString>& environment);
    /// The process environment as parse() takes it.
    static QHash<QString, QString> processEnvironment();

    bool smsConfigured() const { return twilio.has_value() || !fileTransport.isEmpty(); }
    bool emailConfigured() const { return smtp.has_value() || !fileTransport.isEmpty(); }
};

} // namespace Elect::Service
