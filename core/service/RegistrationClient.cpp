#include "core/service/RegistrationClient.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace Elect {

namespace {

using Answer = RegistrationClient::Answer;
using Outcome = Answer::Outcome;

bool isLoopback(const QUrl& url)
{
    return url.host() == QLatin1String("localhost") || QHostAddress(url.host()).isLoopback();
}

// What people read for each of the API's keys.
QString messageFor(const QString& key, int retryAfter)
{
    if (key == QLatin1String("email_invalid"))
        return QCoreApplication::translate("Elect::RegistrationClient",
                                           "The email address is not valid. Write it as name@example.org.");
    if (key == QLatin1String("name_missing"))
        return QCoreApplication::translate("Elect::RegistrationClient", "A name is missing. Fill in every name field.");
    if (key == QLatin1String("organization_name_invalid"))
        return QCoreApplication::translate("Elect::RegistrationClient",
                                           "The organization's name needs at least 2 characters.");
    if (key == QLatin1String("country_invalid"))
        return QCoreApplication::translate("Elect::RegistrationClient",
                                           "The country must be a two-letter code such as EG or GB.");
    if (key == QLatin1String("organization_name_taken"))
        return QCoreApplication::translate("Elect::RegistrationClient",
                                           "An organization with this name is already registered. Choose another "
                                           "name.");
    if (key == QLatin1String("token_invalid"))
        return QCoreApplication::translate("Elect::RegistrationClient",
                                           "This code is not valid, was already used, or has expired. Ask for a new "
                                           "one.");
    if (key == QLatin1String("password_weak"))
        return QCoreApplication::translate("Elect::RegistrationClient",
                                           "This password is too easy to guess. Choose a longer one, such as a few "
                                           "unrelated words.");
    if (key == QLatin1String("not_proven"))
        return QCoreApplication::translate("Elect::RegistrationClient",
                                           "The email or password is not right. Check them and try again.");
    if (key == QLatin1String("rate_limited"))
        return retryAfter >= 120
                   ? QCoreApplication::translate("Elect::RegistrationClient",
                                                 "Too many attempts. Try again in %n minute(s).", nullptr,
                                                 (retryAfter + 59) / 60)
                   : QCoreApplication::translate("Elect::RegistrationClient",
                                                 "Too many attempts. Try again in %n second(s).", nullptr, retryAfter);
    if (key == QLatin1String("unavailable"))
        return QCoreApplication::translate("Elect::RegistrationClient",
                                           "The Elect service cannot work right now. Try again in a few minutes.");
    // not_json, unknown_field, missing_field, wrong_type, too_long, body_too_large, no_such_route: a client
    // that does not match the server.
    return QCoreApplication::translate("Elect::RegistrationClient",
                                       "The Elect service did not understand the request (%1). Update Elect, or "
                                       "tell the platform's operator.")
        .arg(key.isEmpty() ? QStringLiteral("?") : key);
}

} // namespace

RegistrationClient::RegistrationClient(QNetworkAccessManager* network, QUrl api, int timeoutMs)
    : m_network(network), m_api(std::move(api)), m_timeoutMs(timeoutMs)
{}

Answer RegistrationClient::read(const Integrations::HttpAnswer& http)
{
    Answer a;
    a.status = http.status;
    if (http.status == 0) {
        a.outcome = Outcome::Unavailable;
        a.message = QCoreApplication::translate("Elect::RegistrationClient",
                                                "The Elect service cannot be reached. Check the network and the "
                                                "service's address, then try again.");
        return a;
    }
    const QJsonObject body = QJsonDocument::fromJson(http.body).object();
    a.key = body.value(QStringLiteral("error")).toString();
    a.retryAfterSeconds = http.retryAfter.value_or(body.value(QStringLiteral("retry_after")).toInt());
    if (http.status == 200 && body.value(QStringLiteral("status")).toString() == QLatin1String("account_state")) {
        a.outcome = Outcome::Done;
        a.state = body.value(QStringLiteral("state")).toString();
        a.reason = body.value(QStringLiteral("reason")).toString();
        return a;
    }
    if (http.status == 200) {
        a.outcome = Outcome::Done;
        a.message = body.value(QStringLiteral("status")).toString() == QLatin1String("password_changed")
                        ? QCoreApplication::translate("Elect::RegistrationClient",
                                                      "Your password is changed. Sign in with the new one.")
                        : QCoreApplication::translate("Elect::RegistrationClient",
                                                      "Your email address is verified. An organization can sign in "
                                                      "once the platform has accepted it.");
        return a;
    }
    if (http.status == 202) {
        a.outcome = Outcome::CheckEmail;
        a.message = QCoreApplication::translate("Elect::RegistrationClient",
                                                "If the address can receive it, an email is on its way. Follow its "
                                                "instructions; it may take a few minutes.");
        return a;
    }
    if (http.status == 429) {
        a.outcome = Outcome::RateLimited;
        a.key = QStringLiteral("rate_limited");
        a.retryAfterSeconds = std::max(1, a.retryAfterSeconds);
    } else if (http.status >= 500) {
        a.outcome = Outcome::Unavailable;
        if (a.key.isEmpty())
            a.key = QStringLiteral("unavailable");
    } else if (a.key == QLatin1String("password_weak")) {
        a.outcome = Outcome::WeakPassword;
        a.warning = body.value(QStringLiteral("warning")).toString();
        for (const QJsonValue& s : body.value(QStringLiteral("suggestions")).toArray())
            a.suggestions << s.toString();
    } else {
        a.outcome = Outcome::Refused;
    }
    a.message = messageFor(a.key, a.retryAfterSeconds);
    return a;
}

QFuture<Answer> RegistrationClient::post(const QString& route, const QJsonObject& body)
{
    Q_ASSERT(m_network);
    const bool https = m_api.scheme() == QLatin1String("https");
    const bool localHttp = m_api.scheme() == QLatin1String("http") && isLoopback(m_api);
    if (!m_api.isValid() || (!https && !localHttp)) {
        Answer a;
        a.outcome = Outcome::Refused;
        a.key = QStringLiteral("not_https");
        a.message = QCoreApplication::translate("Elect::RegistrationClient",
                                                "The Elect service's address must start with https:// (passwords "
                                                "never cross a network in the clear); plain http:// only to this "
                                                "computer.");
        return QtFuture::makeReadyFuture(a);
    }
    QUrl url = m_api;
    QString path = url.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + QStringLiteral("/api/auth/") + route);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return Integrations::whenFinished<Answer>(
        m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)),
        [](const Integrations::HttpAnswer& a) { return read(a); });
}

QFuture<Answer> RegistrationClient::registerOrganization(const Registration& r)
{
    return post(QStringLiteral("register"), {{QStringLiteral("email"), r.email},
                                             {QStringLiteral("password"), r.password},
                                             {QStringLiteral("first_name"), r.firstName},
                                             {QStringLiteral("last_name"), r.lastName},
                                             {QStringLiteral("organization_name"), r.organizationName},
                                             {QStringLiteral("country"), r.country}});
}

QFuture<Answer> RegistrationClient::verifyEmail(const QString& token)
{
    return post(QStringLiteral("verify-email"), {{QStringLiteral("token"), token}});
}

QFuture<Answer> RegistrationClient::resendVerification(const QString& email)
{
    return post(QStringLiteral("resend-verification"), {{QStringLiteral("email"), email}});
}

QFuture<Answer> RegistrationClient::forgotPassword(const QString& email)
{
    return post(QStringLiteral("forgot-password"), {{QStringLiteral("email"), email}});
}

QFuture<Answer> RegistrationClient::resetPassword(const QString& token, const QString& newPassword)
{
    return post(QStringLiteral("reset-password"),
                {{QStringLiteral("token"), token}, {QStringLiteral("password"), newPassword}});
}

QFuture<Answer> RegistrationClient::accountState(const QString& email, const QString& password)
{
    return post(QStringLiteral("account-state"),
                {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
}

} // namespace Elect
