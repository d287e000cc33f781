#include "core/service/ServiceConfig.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileDevice>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <functional>

namespace Elect::Service {

namespace {

bool isLoopback(const QUrl& url)
{
    const QString host = url.host();
    return host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
}

// A provider's address: https, or plain http to this machine only (the tests' stand-ins).
bool acceptableProviderUrl(const QUrl& url)
{
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("https") || (url.scheme() == QLatin1String("http") && isLoopback(url)));
}

struct Line
{
    int number = 0;
    QString value;
};

using Section = QHash<QString, Line>;

class Reader
{
public:
    explicit Reader(const QHash<QString, Section>& sections) : m_sections(sections) {}

    bool has(const QString& section) const { return m_sections.contains(section); }
    QString value(const QString& section, const QString& key) const
    {
        return m_sections.value(section).value(key).value;
    }
    int line(const QString& section, const QString& key) const { return m_sections.value(section).value(key).number; }

private:
    QHash<QString, Section> m_sections;
};

Error invalid(const QString& message)
{
    return {ErrorCode::InvalidInput, message};
}

const QHash<QString, QSet<QString>>& knownKeys()
{
    static const QHash<QString, QSet<QString>> keys{
        {QStringLiteral("database"), {QStringLiteral("uri"), QStringLiteral("password")}},
        {QStringLiteral("http"),
         {QStringLiteral("listen"), QStringLiteral("dummy_api"), QStringLiteral("trusted_proxies")}},
        {QStringLiteral("twilio"),
         {QStringLiteral("account_sid"), QStringLiteral("auth_token"), QStringLiteral("from"),
          QStringLiteral("messaging_service_sid"), QStringLiteral("base_url"), QStringLiteral("timeout_ms")}},
        {QStringLiteral("smtp"),
         {QStringLiteral("url"), QStringLiteral("username"), QStringLiteral("password"), QStringLiteral("from"),
          QStringLiteral("from_name"), QStringLiteral("allow_plaintext_on_loopback"), QStringLiteral("timeout_ms")}},
        {QStringLiteral("stripe"),
         {QStringLiteral("secret_key"), QStringLiteral("webhook_secrets"), QStringLiteral("base_url"),
          QStringLiteral("success_url"), QStringLiteral("cancel_url"), QStringLiteral("timeout_ms")}},
        {QStringLiteral("transport"), {QStringLiteral("file")}},
        {QStringLiteral("dispatcher"),
         {QStringLiteral("batch_size"), QStringLiteral("lease_seconds"), QStringLiteral("poll_ms"),
          QStringLiteral("retry_base_seconds"), QStringLiteral("retry_cap_seconds"), QStringLiteral("max_attempts")}},
        {QStringLiteral("audit"),
         {QStringLiteral("checkpoint_key"), QStringLiteral("checkpoint_file"), QStringLiteral("checkpoint_minutes")}},
    };
    return keys;
}

} // namespace

QHash<QString, QString> ServiceConfig::processEnvironment()
{
    QHash<QString, QString> env;
    const auto system = QProcessEnvironment::systemEnvironment();
    for (const QString& key : system.keys()) {
        if (key.startsWith(QLatin1String("ELECT_")))
            env.insert(key, system.value(key));
    }
    return env;
}

Result<ServiceConfig> ServiceConfig::parse(const QString& source, const QHash<QString, QString>& environment)
{
    QHash<QString, Section> sections;
    QString current;
    const QStringList lines = source.split(QLatin1Char('\n'));
    static const QRegularExpression sectionRe(QStringLiteral("^\\[([a-z_]+)\\]$"));
    static const QRegularExpression keyRe(QStringLiteral("^([a-z_]+)\\s*=\\s*(.*)$"));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        const int number = i + 1;
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;
        if (const auto m = sectionRe.match(line); m.hasMatch()) {
            current = m.captured(1);
            if (!knownKeys().contains(current))
                return invalid(
                    QCoreApplication::translate("Elect::Service",
                                                "Line %1: unknown section [%2]. The sections are [database], [http], "
                                                "[twilio], [smtp], [stripe], [transport], [dispatcher] and [audit].")
                        .arg(number)
                        .arg(current));
            sections[current];
            continue;
        }
        const auto m = keyRe.match(line);
        if (!m.hasMatch() || current.isEmpty())
            return invalid(QCoreApplication::translate(
                               "Elect::Service", "Line %1 is neither a [section] nor \"key = value\" inside a section.")
                               .arg(number));
        const QString key = m.captured(1);
        if (!knownKeys().value(current).contains(key))
            return invalid(QCoreApplication::translate("Elect::Service", "Line %1: [%2] has no key \"%3\".")
                               .arg(number)
                               .arg(current, key));
        if (sections[current].contains(key))
            return invalid(QCoreApplication::translate("Elect::Service", "Line %1: \"%2\" is set twice in [%3].")
                               .arg(number)
                               .arg(key, current));
        sections[current].insert(key, Line{number, m.captured(2).trimmed()});
    }
    const Reader r(sections);
    const auto secret = [&](const QString& section, const QString& key, const QString& envName) {
        return environment.contains(envName) ? environment.value(envName) : r.value(section, key);
    };
    const auto number = [&](const QString& section, const QString& key, int low, int high,
                            int& out) -> std::optional<Error> {
        const QString v = r.value(section, key);
        if (v.isEmpty())
            return std::nullopt;
        bool ok = false;
        const int n = v.toInt(&ok);
        if (!ok || n < low || n > high)
            return invalid(
                QCoreApplication::translate("Elect::Service", "Line %1: %2 must be a whole number from %3 to %4.")
                    .arg(r.line(section, key))
                    .arg(key)
                    .arg(low)
                    .arg(high));
        out = n;
        return std::nullopt;
    };
    const auto flag = [&](const QString& section, const QString& key, bool& out) -> std::optional<Error> {
        const QString v = r.value(section, key);
        if (v.isEmpty())
            return std::nullopt;
        if (v != QLatin1String("true") && v != QLatin1String("false"))
            return invalid(QCoreApplication::translate("Elect::Service", "Line %1: %2 must be true or false.")
                               .arg(r.line(section, key))
                               .arg(key));
        out = v == QLatin1String("true");
        return std::nullopt;
    };
    const auto url = [&](const QString& section, const QString& key, QUrl& out) -> std::optional<Error> {
        const QString v = r.value(section, key);
        if (v.isEmpty())
            return std::nullopt;
        const QUrl u(v, QUrl::StrictMode);
        if (!acceptableProviderUrl(u))
            return invalid(
                QCoreApplication::translate(
                    "Elect::Service", "Line %1: %2 must be an https:// address (plain http only to this machine).")
                    .arg(r.line(section, key))
                    .arg(key));
        out = u;
        return std::nullopt;
    };

    ServiceConfig c;
    c.databaseUri = r.value(QStringLiteral("database"), QStringLiteral("uri"));
    c.databasePassword =
        secret(QStringLiteral("database"), QStringLiteral("password"), QStringLiteral("ELECT_SERVICE_DB_PASSWORD"));

    if (const QString listen = r.value(QStringLiteral("http"), QStringLiteral("listen")); !listen.isEmpty()) {
        const int colon = listen.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&ok) : 0;
        QString host = colon > 0 ? listen.left(colon) : QString();
        if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
            host = host.mid(1, host.size() - 2);
        const QHostAddress address(host == QLatin1String("localhost") ? QStringLiteral("127.0.0.1") : host);
        if (!ok || port > 65535 || address.isNull())
            return invalid(QCoreApplication::translate("Elect::Service",
                                                       "Line %1: listen must be ADDRESS:PORT, such as 127.0.0.1:8181.")
                               .arg(r.line(QStringLiteral("http"), QStringLiteral("listen"))));
        c.listenAddress = address;
        c.listenPort = quint16(port);
    }
    if (auto e = flag(QStringLiteral("http"), QStringLiteral("dummy_api"), c.dummyApi))
        return *e;
    for (const QString& one : r.value(QStringLiteral("http"), QStringLiteral("trusted_proxies"))
                                  .split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString text = one.trimmed();
        QPair<QHostAddress, int> subnet =
            text.contains(QLatin1Char('/')) ? QHostAddress::parseSubnet(text) : qMakePair(QHostAddress(text), -1);
        if (subnet.second == -1 && !subnet.first.isNull())
            subnet.second = subnet.first.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
        if (subnet.first.isNull() || subnet.second < 0)
            return invalid(QCoreApplication::translate("Elect::Service",
                                                       "Line %1: trusted_proxies are addresses or subnets of the "
                                                       "operator's proxies, separated by commas (127.0.0.1, "
                                                       "10.0.0.0/8, ::1).")
                               .arg(r.line(QStringLiteral("http"), QStringLiteral("trusted_proxies"))));
        c.trustedProxies << subnet;
    }

    if (r.has(QStringLiteral("twilio"))) {
        Integrations::TwilioSettings t;
        const QString s = QStringLiteral("twilio");
        t.accountSid = r.value(s, QStringLiteral("account_sid"));
        t.authToken = secret(s, QStringLiteral("auth_token"), QStringLiteral("ELECT_TWILIO_AUTH_TOKEN"));
        t.from = r.value(s, QStringLiteral("from"));
        t.messagingServiceSid = r.value(s, QStringLiteral("messaging_service_sid"));
        if (auto e = url(s, QStringLiteral("base_url"), t.baseUrl))
            return *e;
        if (auto e = number(s, QStringLiteral("timeout_ms"), 1000, 120000, t.timeoutMs))
            return *e;
        static const QRegularExpression sid(QStringLiteral("^AC[0-9a-f]{32}$"));
        if (!sid.match(t.accountSid).hasMatch())
            return invalid(QCoreApplication::translate(
                "Elect::Service", "[twilio] account_sid must be \"AC\" and 32 hexadecimal digits, as Twilio's console "
                                  "shows it."));
        if (t.authToken.isEmpty())
            return invalid(QCoreApplication::translate(
                "Elect::Service", "[twilio] needs auth_token (or ELECT_TWILIO_AUTH_TOKEN in the environment)."));
        if (t.from.isEmpty() == t.messagingServiceSid.isEmpty())
            return invalid(QCoreApplication::translate(
                "Elect::Service", "[twilio] needs exactly one of from (a number such as +201001234567) and "
                                  "messaging_service_sid."));
        c.twilio = t;
    }

    if (r.has(QStringLiteral("smtp"))) {
        Integrations::SmtpSettings m;
        const QString s = QStringLiteral("smtp");
        m.server = QUrl(r.value(s, QStringLiteral("url")), QUrl::StrictMode);
        m.username = r.value(s, QStringLiteral("username"));
        m.password = secret(s, QStringLiteral("password"), QStringLiteral("ELECT_SMTP_PASSWORD"));
        m.fromAddress = r.value(s, QStringLiteral("from"));
        if (const QString name = r.value(s, QStringLiteral("from_name")); !name.isEmpty())
            m.fromName = name;
        if (auto e = flag(s, QStringLiteral("allow_plaintext_on_loopback"), m.allowPlaintextOnLoopback))
            return *e;
        if (auto e = number(s, QStringLiteral("timeout_ms"), 1000, 300000, m.timeoutMs))
            return *e;
        if (!m.server.isValid() || m.server.host().isEmpty() ||
            (m.server.scheme() != QLatin1String("smtps") && m.server.scheme() != QLatin1String("smtp")))
            return invalid(QCoreApplication::translate(
                "Elect::Service", "[smtp] url must be smtps://HOST:465 (TLS) or smtp://HOST:587 (STARTTLS)."));
        if (!m.fromAddress.contains(QLatin1Char('@')))
            return invalid(QCoreApplication::translate(
                "Elect::Service", "[smtp] needs from, the sender's address (elections@example.org)."));
        if (!m.username.isEmpty() && m.password.isEmpty())
            return invalid(QCoreApplication::translate(
                "Elect::Service", "[smtp] has a username but no password (or ELECT_SMTP_PASSWORD)."));
        c.smtp = m;
    }

    if (r.has(QStringLiteral("stripe"))) {
        Integrations::StripeSettings st;
        const QString s = QStringLiteral("stripe");
        st.secretKey = secret(s, QStringLiteral("secret_key"), QStringLiteral("ELECT_STRIPE_SECRET_KEY"));
        if (auto e = url(s, QStringLiteral("base_url"), st.baseUrl))
            return *e;
        if (auto e = number(s, QStringLiteral("timeout_ms"), 1000, 120000, st.timeoutMs))
            return *e;
        if (!st.secretKey.startsWith(QLatin1String("sk_")) && !st.secretKey.startsWith(QLatin1String("rk_")))
            return invalid(QCoreApplication::translate(
                "Elect::Service",
                "[stripe] needs secret_key (sk_live_... or sk_test_...), or ELECT_STRIPE_SECRET_KEY."));
        const QString secrets =
            secret(s, QStringLiteral("webhook_secrets"), QStringLiteral("ELECT_STRIPE_WEBHOOK_SECRETS"));
        for (const QString& one : secrets.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!one.trimmed().startsWith(QLatin1String("whsec_")))
                return invalid(QCoreApplication::translate(
                    "Elect::Service", "[stripe] webhook_secrets are the endpoint's signing secrets (whsec_...), "
                                      "separated by commas while one is rotated."));
            c.stripeWebhookSecrets << one.trimmed().toUtf8();
        }
        if (c.stripeWebhookSecrets.isEmpty())
            return invalid(QCoreApplication::translate(
                "Elect::Service", "[stripe] needs webhook_secrets (whsec_...), or ELECT_STRIPE_WEBHOOK_SECRETS: "
                                  "without it no payment could be credited."));
        c.stripeSuccessUrl = r.value(s, QStringLiteral("success_url"));
        c.stripeCancelUrl = r.value(s, QStringLiteral("cancel_url"));
        for (const QString& u : {c.stripeSuccessUrl, c.stripeCancelUrl}) {
            const QUrl parsed(u, QUrl::StrictMode);
            if (!parsed.isValid() || parsed.scheme() != QLatin1String("https"))
                return invalid(QCoreApplication::translate(
                    "Elect::Service", "[stripe] needs success_url and cancel_url: the https pages Stripe sends the "
                                      "payer back to."));
        }
        c.stripe = st;
    }

    c.fileTransport = r.value(QStringLiteral("transport"), QStringLiteral("file"));

    const QString d = QStringLiteral("dispatcher");
    if (auto e = number(d, QStringLiteral("batch_size"), 1, 1000, c.batchSize))
        return *e;
    if (auto e = number(d, QStringLiteral("lease_seconds"), 10, 3600, c.leaseSeconds))
        return *e;
    if (auto e = number(d, QStringLiteral("poll_ms"), 50, 60000, c.pollMilliseconds))
        return *e;
    if (auto e = number(d, QStringLiteral("retry_base_seconds"), 1, 3600, c.retry.baseSeconds))
        return *e;
    if (auto e = number(d, QStringLiteral("retry_cap_seconds"), 1, 86400, c.retry.capSeconds))
        return *e;
    if (auto e = number(d, QStringLiteral("max_attempts"), 1, 100, c.retry.maxAttempts))
        return *e;
    if (c.retry.capSeconds < c.retry.baseSeconds)
        return invalid(QCoreApplication::translate(
            "Elect::Service", "[dispatcher] retry_cap_seconds must not be less than retry_base_seconds."));

    const QString a = QStringLiteral("audit");
    c.auditCheckpointKey = r.value(a, QStringLiteral("checkpoint_key"));
    c.auditCheckpointFile = r.value(a, QStringLiteral("checkpoint_file"));
    if (c.auditCheckpointKey.isEmpty() != c.auditCheckpointFile.isEmpty())
        return invalid(QCoreApplication::translate(
            "Elect::Service", "[audit] needs both checkpoint_key (the private key, mode 600) and checkpoint_file "
                              "(where the signed checkpoints go), or neither."));
    if (auto e = number(a, QStringLiteral("checkpoint_minutes"), 1, 1440, c.auditCheckpointMinutes))
        return *e;
    return c;
}

Result<ServiceConfig> ServiceConfig::load(const QString& path, const QHash<QString, QString>& environment)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<ServiceConfig>::failure(
            ErrorCode::NotFound,
            QCoreApplication::translate("Elect::Service", "Cannot read the configuration file %1: %2.")
                .arg(path, file.errorString()));
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                        QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (file.permissions() & others)
        return Result<ServiceConfig>::failure(
            ErrorCode::NotAllowed,
            QCoreApplication::translate(
                "Elect::Service",
                "The configuration file %1 may be read by others, and it holds secrets. Run \"chmod 600 %1\" "
                "and start again.")
                .arg(path));
    const QByteArray bytes = file.readAll();
    if (bytes.size() > 1024 * 1024)
        return Result<ServiceConfig>::failure(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("Elect::Service", "The configuration file %1 is larger than 1 MiB.").arg(path));
    auto parsed = parse(QString::fromUtf8(bytes), environment);
    if (!parsed)
        return Result<ServiceConfig>::failure(parsed.code(), QStringLiteral("%1: %2").arg(path, parsed.message()));
    return parsed;
}

} // namespace Elect::Service
