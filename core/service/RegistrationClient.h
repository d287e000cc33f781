#pragma once

#include "core/integrations/HttpSupport.h"

#include <QFuture>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;

namespace Elect {

/// The client of `elect serve`'s registration API (docs/registration-api.md) for the admin app and the CLI:
/// register an organization, verify an email with the emailed code, ask for the code again, ask for and
/// complete a password reset. Asynchronous (QNetworkAccessManager on the caller's thread); every answer, a
/// refusal, a limit or a network failure, becomes an Answer with a translated sentence for people.
///
/// Passwords travel in the request body, so the API must be reached over https://, or plain http:// only to
/// this machine (the embedded demo's serve); anything else is refused before a byte is sent. Redirects are
/// not followed.
class RegistrationClient
{
public:
    struct Answer
    {
        enum class Outcome {
            Done,         ///< verified, or the password changed
            CheckEmail,   ///< register, resend and forgot: the same answer whether or not the email has an account
            Refused,      ///< the request was wrong (key says why)
            WeakPassword, ///< warning and suggestions say why (the server's estimator, in English)
            RateLimited,  ///< retryAfterSeconds says when to try again
            Unavailable,  ///< no answer, or the service cannot work now
        };
        Outcome outcome = Outcome::Unavailable;
        int status = 0;  ///< the HTTP status, 0 without an answer
        QString key;     ///< the API's machine key ("token_invalid"), empty on success
        QString message; ///< translated, for people
        QString warning; ///< WeakPassword: what makes the password weak
        QStringList suggestions;
        int retryAfterSeconds = 0;
        /// account-state, Done: email_unverified, pending, rejected, disabled, removed, organization_not_accepted
        /// or active (the account may sign in now); empty otherwise
        QString state;
        QString reason; ///< account-state, rejected: the platform's reason (the system admin's words)

        bool ok() const { return outcome == Outcome::Done || outcome == Outcome::CheckEmail; }
    };

    struct Registration
    {
        QString email;
        QString password; ///< sent once in the body; serve keeps only its SCRAM verifier
        QString firstName;
        QString lastName;
        QString organizationName;
        QString country; ///< two letters (EG)
    };

    /// \a api: the API's base, e.g. https://elect.example.org (the routes are /api/auth/... under it).
    RegistrationClient(QNetworkAccessManager* network, QUrl api, int timeoutMs = 20000);

    QFuture<Answer> registerOrganization(const Registration& registration);
    QFuture<Answer> verifyEmail(const QString& token);
    QFuture<Answer> resendVerification(const QString& email);
    QFuture<Answer> forgotPassword(const QString& email);
    QFuture<Answer> resetPassword(const QString& token, const QString& newPassword);
    /// Why an account whose password is right may not sign in (after the database said "not permitted to log
    /// in"): serve proves the password by the same login and answers the state. A wrong password or an
    /// unknown email: Refused with key "not_proven".
    QFuture<Answer> accountState(const QString& email, const QString& password);

    /// The local embedded demo's serve.
    static QUrl defaultApi() { return QUrl(QStringLiteral("http://127.0.0.1:8181")); }
    /// The reading of one answer, apart from the network (for tests).
    static Answer read(const Integrations::HttpAnswer& answer);

private:
    QFuture<Answer> post(const QString& route, const QJsonObject& body);

    QPointer<QNetworkAccessManager> m_network;
    QUrl m_api;
    int m_timeoutMs;
};

} // namespace Elect
