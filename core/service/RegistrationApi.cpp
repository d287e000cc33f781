#include "core/service/RegistrationApi.h"

#include "core/db/AccountStateRepository.h"
#include "core/db/ConnectionSettings.h"
#include "core/db/Database.h"
#include "core/db/RegistrationRepository.h"
#include "core/domain/PasswordStrength.h"
#include "core/service/EmailTokenHandler.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <utility>

Q_LOGGING_CATEGORY(lcRegistration, "elect.serve.registration", QtInfoMsg)

namespace Elect::Service {

namespace {

struct Field
{
    const char* name;
    int maxLength;
};

constexpr Field kEmail{"email", 254};
constexpr Field kPassword{"password", 1024};
constexpr Field kFirstName{"first_name", 100};
constexpr Field kLastName{"last_name", 100};
constexpr Field kOrganization{"organization_name", 200};
constexpr Field kCountry{"country", 8};
constexpr Field kToken{"token", 200};

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

HttpReply error(int status, const char* key, const QString& message, QJsonObject extra = {})
{
    extra.insert(QStringLiteral("error"), QLatin1String(key));
    extra.insert(QStringLiteral("message"), message);
    return {status, json(extra), {}};
}

HttpReply retryLater(int status, const char* key, const QString& message, int seconds)
{
    HttpReply r = error(status, key, message, {{QStringLiteral("retry_after"), seconds}});
    r.headers << qMakePair(QByteArrayLiteral("Retry-After"), QByteArray::number(seconds));
    return r;
}

HttpReply unavailable()
{
    return retryLater(503, "unavailable", QStringLiteral("The service cannot reach its database. Try again later."),
                      30);
}

// The one answer of register, resend-verification and forgot-password, whatever the email.
HttpReply checkYourEmail()
{
    return {202,
            json({{QStringLiteral("status"), QStringLiteral("check_your_email")},
                  {QStringLiteral("message"),
                   QStringLiteral("If the address can receive it, an email is on its way. Follow its instructions; "
                                  "it may take a few minutes.")}}),
            {}};
}

// The one place the password's strength is judged (core/domain/PasswordStrength): the apps show the same
// estimate as people type, but only this check counts.
std::optional<HttpReply> weakPassword(const QString& password, const QStringList& userInputs)
{
    PasswordEstimate estimate = PasswordStrength::estimate(password, userInputs);
    // The estimator charges each separator as an unknown character, so "name@club.example" as its own
    // password passes there; the form's own values, whole, never pass here.
    for (const QString& input : userInputs)
        if (!input.isEmpty() && password.trimmed().compare(input, Qt::CaseInsensitive) == 0) {
            estimate.score = 0;
            estimate.warning = QStringLiteral("This password is what you typed in another field of the form.");
            estimate.suggestions = {QStringLiteral("Choose a password that is none of your details.")};
        }
    if (estimate.acceptable())
        return std::nullopt;
    return error(400, "password_weak",
                 estimate.warning.isEmpty() ? QStringLiteral("This password is too easy to guess.") : estimate.warning,
                 {{QStringLiteral("warning"), estimate.warning},
                  {QStringLiteral("suggestions"), QJsonArray::fromStringList(estimate.suggestions)}});
}

QString emailKey(const QString& email)
{
    // ASCII letters folded as the database does (lower() in the C collation).
    QString key = email.trimmed();
    for (QChar& c : key)
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + 32);
    return key;
}

// A database refusal of the request's content, in the API's words; empty when it is not one.
std::optional<HttpReply> refusal(const QString& key)
{
    if (key == QLatin1String("email_invalid"))
        return error(400, "email_invalid", QStringLiteral("The email address is not valid."));
    if (key == QLatin1String("name_missing"))
        return error(400, "name_missing", QStringLiteral("A name is missing."));
    if (key == QLatin1String("organization_name_invalid"))
        return error(400, "organization_name_invalid",
                     QStringLiteral("The organization's name needs at least 2 characters."));
    if (key == QLatin1String("country_invalid"))
        return error(400, "country_invalid", QStringLiteral("The country must be a two-letter code such as EG."));
    if (key == QLatin1String("organization_name_taken"))
        return error(409, "organization_name_taken",
                     QStringLiteral("An organization with this name is already registered."));
    if (key == QLatin1String("token_invalid"))
        return error(400, "token_invalid",
                     QStringLiteral("This code is not valid, was already used, or has expired. Ask for a new one."));
    return std::nullopt;
}

} // namespace

// One request's fields, read strictly.
struct RegistrationApi::Request
{
    QString route;
    QString address; ///< addressKey of the client
    QJsonObject body;

    QString text(const Field& f) const { return body.value(QLatin1String(f.name)).toString(); }
};

RegistrationApi::RegistrationApi(Database& db, QList<Subnet> trustedProxies)
    : RegistrationApi(db, std::move(trustedProxies), Limits())
{}

RegistrationApi::RegistrationApi(Database& db, QList<Subnet> trustedProxies, Limits limits)
    : m_db(db), m_trusted(std::move(trustedProxies)), m_limits(limits)
{}

QHostAddress RegistrationApi::clientAddress(const QHostAddress& peer, const QByteArray& forwardedFor,
                                            const QList<Subnet>& trusted)
{
    const auto isTrusted = [&](const QHostAddress& a) {
        for (const Subnet& s : trusted)
            if (a.isInSubnet(s))
                return true;
        return false;
    };
    if (!isTrusted(peer) || forwardedFor.trimmed().isEmpty())
        return peer;
    // Each proxy appends the address it received the request from: read from the right, past our own proxies.
    const QList<QByteArray> hops = forwardedFor.split(',');
    for (auto it = hops.crbegin(); it != hops.crend(); ++it) {
        const QHostAddress hop(QString::fromLatin1(it->trimmed()));
        if (hop.isNull())
            return peer;
        if (!isTrusted(hop))
            return hop;
    }
    return QHostAddress(QString::fromLatin1(hops.first().trimmed()));
}

QString RegistrationApi::addressKey(const QHostAddress& address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return QHostAddress(v4).toString();
    Q_IPV6ADDR a = address.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        a[i] = 0;
    return QHostAddress(a).toString() + QStringLiteral("/64");
}

std::optional<HttpReply> RegistrationApi::limit(const QString& bucket, const Limit& l)
{
    const auto wait = RegistrationRepository(m_db).takeRate(bucket, l.max, l.perSeconds);
    if (!wait) {
        qCWarning(lcRegistration).noquote() << "cannot count a request:" << wait.message();
        return unavailable();
    }
    if (*wait == 0)
        return std::nullopt;
    return retryLater(429, "rate_limited", QStringLiteral("Too many requests. Try again later."), *wait);
}

DeferredReply RegistrationApi::begin(const QString& route, const QHostAddress& peer, const QByteArray& forwardedFor,
                                     const QByteArray& contentType, const QByteArray& body)
{
    using Handler = DeferredReply (RegistrationApi::*)(Request&);
    struct Route
    {
        const char* name;
        Handler handler;
        const Limit RegistrationApi::Limits::*perAddress;
        QList<Field> fields;
    };
    const QList<Route> routes{
        {"register",
         &RegistrationApi::registerOrganization,
         &Limits::registerPerAddress,
         {kEmail, kPassword, kFirstName, kLastName, kOrganization, kCountry}},
        {"verify-email", &RegistrationApi::verifyEmail, &Limits::verifyPerAddress, {kToken}},
        {"resend-verification", &RegistrationApi::resendVerification, &Limits::resendPerAddress, {kEmail}},
        {"forgot-password", &RegistrationApi::forgotPassword, &Limits::forgotPerAddress, {kEmail}},
        {"reset-password", &RegistrationApi::resetPassword, &Limits::resetPerAddress, {kToken, kPassword}},
        {"account-state", &RegistrationApi::accountState, &Limits::accountStatePerAddress, {kEmail, kPassword}},
    };
    const Route* found = nullptr;
    for (const Route& r : routes)
        if (route == QLatin1String(r.name))
            found = &r;
    if (!found)
        return error(404, "no_such_route",
                     QStringLiteral("The routes are register, verify-email, resend-verification, forgot-password, "
                                    "reset-password and account-state."));
    if (body.size() > kMaxBodyBytes)
        return error(413, "body_too_large", QStringLiteral("The request is larger than 16 KiB."));

    Request request;
    request.route = route;
    request.address = addressKey(clientAddress(peer, forwardedFor, m_trusted));
    // Counted before anything else is looked at: a flood of junk costs its sender its budget too.
    if (auto refused = limit(route + QStringLiteral(":address:") + request.address, m_limits.*(found->perAddress)))
        return *refused;

    const QByteArray type = contentType.split(';').first().trimmed().toLower();
    if (type != "application/json")
        return error(415, "not_json", QStringLiteral("Send the request as application/json."));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return error(400, "not_json", QStringLiteral("The request must be one JSON object."));
    request.body = document.object();
    for (auto it = request.body.constBegin(); it != request.body.constEnd(); ++it) {
        bool known = false;
        for (const Field& f : found->fields)
            known = known || it.key() == QLatin1String(f.name);
        if (!known)
            return error(
                400, "unknown_field",
                QStringLiteral("The request has a field \"%1\" that %2 does not take.").arg(it.key().left(40), route));
    }
    for (const Field& f : found->fields) {
        const QJsonValue v = request.body.value(QLatin1String(f.name));
        if (v.isUndefined())
            return error(400, "missing_field",
                         QStringLiteral("The request lacks the field \"%1\".").arg(QLatin1String(f.name)));
        if (!v.isString())
            return error(400, "wrong_type",
                         QStringLiteral("The field \"%1\" must be a string.").arg(QLatin1String(f.name)));
        if (v.toString().size() > f.maxLength)
            return error(400, "too_long",
                         QStringLiteral("The field \"%1\" is longer than %2 characters.")
                             .arg(QLatin1String(f.name))
                             .arg(f.maxLength));
    }
    const auto logged = [route](const HttpReply& reply) {
        qCInfo(lcRegistration).noquote() << QStringLiteral("POST /api/auth/%1: %2").arg(route).arg(reply.status);
        return reply;
    };
    DeferredReply answer = (this->*(found->handler))(request);
    if (!answer.slow)
        return logged(answer.reply);
    return DeferredReply([slow = std::move(answer.slow), logged]() -> DeferredReply::Finish {
        return [finish = slow(), logged] { return logged(finish()); };
    });
}

DeferredReply RegistrationApi::registerOrganization(Request& r)
{
    const QString email = r.text(kEmail).trimmed();
    if (auto refused = limit(QStringLiteral("register:email:") + emailKey(email), m_limits.registerPerEmail))
        return *refused;
    const QString first = r.text(kFirstName).trimmed();
    const QString last = r.text(kLastName).trimmed();
    const QString organization = r.text(kOrganization).trimmed();
    QString password = r.text(kPassword);
    r.body.remove(QLatin1String(kPassword.name));
    if (auto weak = weakPassword(password, {email, email.section(u'@', 0, 0), first, last, organization}))
        return *weak;
    // Computed whether or not the email is taken: the same work either way.
    const QString verifier = scramVerifier(password);
    password.fill(u'\0');
    password.clear();

    RegistrationRepository repository(m_db);
    const auto id = repository.registerOrganization(email, first, last, verifier, organization, r.text(kCountry));
    if (!id) {
        if (auto refused = refusal(repository.errorKey()))
            return *refused;
        // Two registrations of one new email at once: the second is refused by the unique index, and answers
        // as any other registration with a taken email.
        if (id.code() == ErrorCode::AlreadyExists && repository.errorKey().isEmpty())
            return checkYourEmail();
        qCWarning(lcRegistration).noquote() << "registration not recorded:" << id.message();
        return unavailable();
    }
    return checkYourEmail();
}

DeferredReply RegistrationApi::verifyEmail(Request& r)
{
    RegistrationRepository repository(m_db);
    const Status s = repository.verifyEmail(EmailTokenHandler::normalizeToken(r.text(kToken)));
    if (!s) {
        if (auto refused = refusal(repository.errorKey()))
            return *refused;
        return unavailable();
    }
    return HttpReply{
        200,
        json({{QStringLiteral("status"), QStringLiteral("email_verified")},
              {QStringLiteral("message"),
               QStringLiteral("Your email address is verified. An organization can sign in once the platform "
                              "has accepted it.")}}),
        {}};
}

DeferredReply RegistrationApi::resendVerification(Request& r)
{
    const QString email = r.text(kEmail).trimmed();
    if (auto refused = limit(QStringLiteral("resend:email:") + emailKey(email), m_limits.resendPerEmail))
        return *refused;
    if (!RegistrationRepository(m_db).requestEmailVerification(email))
        return unavailable();
    return checkYourEmail();
}

DeferredReply RegistrationApi::forgotPassword(Request& r)
{
    const QString email = r.text(kEmail).trimmed();
    if (auto refused = limit(QStringLiteral("forgot:email:") + emailKey(email), m_limits.forgotPerEmail))
        return *refused;
    if (!RegistrationRepository(m_db).requestPasswordReset(email))
        return unavailable();
    return checkYourEmail();
}

DeferredReply RegistrationApi::resetPassword(Request& r)
{
    QString password = r.text(kPassword);
    r.body.remove(QLatin1String(kPassword.name));
    if (auto weak = weakPassword(password, {}))
        return *weak;
    const QString verifier = scramVerifier(password);
    password.fill(u'\0');
    password.clear();
    RegistrationRepository repository(m_db);
    const Status s = repository.completePasswordReset(EmailTokenHandler::normalizeToken(r.text(kToken)), verifier);
    if (!s) {
        if (auto refused = refusal(repository.errorKey()))
            return *refused;
        return unavailable();
    }
    return HttpReply{
        200,
        json({{QStringLiteral("status"), QStringLiteral("password_changed")},
              {QStringLiteral("message"), QStringLiteral("Your password is changed. Sign in with the new one.")}}),
        {}};
}

DeferredReply RegistrationApi::accountState(Request& r)
{
    const QString email = r.text(kEmail).trimmed();
    if (auto refused = limit(QStringLiteral("account-state:email:") + emailKey(email), m_limits.accountStatePerEmail))
        return *refused;
    QString password = r.text(kPassword);
    r.body.remove(QLatin1String(kPassword.name));
    // The server judges the password: a login as the email's own role, exactly as elect-admin signs in. It is the
    // slow step (auth_delay holds a wrong password half a second), on a connection of its own, so it may run on
    // another thread; the service connection is used only before and after it, on this one.
    return DeferredReply(
        [this, server = m_db.settings(), email, password = std::move(password)]() mutable -> DeferredReply::Finish {
            const AccountStateRepository::Proof proof = AccountStateRepository::prove(server, email, password);
            password.fill(u'\0');
            password.clear();
            return [this, email, proof] { return accountStateProven(email, proof); };
        });
}

HttpReply RegistrationApi::accountStateProven(const QString& email, AccountStateRepository::Proof proof)
{
    // One answer, byte for byte, whether the email has no account, the password is wrong or the account has
    // none (a removed admin): nothing here tells which.
    const HttpReply notProven = error(401, "not_proven", QStringLiteral("The email or password is not right."));
    const auto state = [](const QString& s, const QString& reason = {}) {
        QJsonObject o{{QStringLiteral("status"), QStringLiteral("account_state")}, {QStringLiteral("state"), s}};
        if (!reason.isEmpty())
            o.insert(QStringLiteral("reason"), reason);
        return HttpReply{200, json(o), {}};
    };
    switch (proof) {
    case AccountStateRepository::Proof::NotProven:
        return notProven;
    case AccountStateRepository::Proof::Unavailable:
        return unavailable();
    case AccountStateRepository::Proof::Active:
        return state(QStringLiteral("active"));
    case AccountStateRepository::Proof::NotActive:
        break;
    }
    const auto found = AccountStateRepository(m_db).stateOf(email);
    if (!found) {
        qCWarning(lcRegistration).noquote() << "cannot read an account's state:" << found.message();
        return unavailable();
    }
    // Not a person (no such user row): as for no account at all.
    if (found->state == QLatin1String("unknown"))
        return notProven;
    return state(found->state, found->state == QLatin1String("rejected") ? found->reason : QString());
}

} // namespace Elect::Service
