#pragma once

#include "core/db/AccountStateRepository.h"
#include "core/service/HttpReply.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace Elect {
class Database;
}

namespace Elect::Service {

/// The registration API of `elect serve` (docs/registration-api.md), without the HTTP server around it:
/// `POST /api/auth/register`, `verify-email`, `resend-verification`, `forgot-password`,
/// `reset-password` and `account-state`, each a JSON object in, a JSON object out. It replaces the public database
/// login that anyone could use to hold locks, fill connection slots, flood the account functions and test which emails
/// have accounts.
///
/// Promises:
/// - Bodies over kMaxBodyBytes: 413. A body that is not a JSON object, has a field the route does not
///   take, lacks one, or has a value of the wrong type or length: 400 with a machine key ("not_json",
///   "unknown_field", "missing_field", "wrong_type", "too_long") and an English message.
///   A Content-Type other than application/json: 415.
/// - Every route counts each request against its client address (IPv6 by /64), and the routes that take
///   an email against that email too, in PostgreSQL (elect.service_rate_take), so that several serves share
///   the counts. Over a limit: 429 with Retry-After (seconds) and "retry_after" in the body.
/// - The client address is the peer's, or the X-Forwarded-For entry added by a trusted proxy when the peer
///   is one of \a trustedProxies; anyone else's X-Forwarded-For is ignored.
/// - Register, resend-verification and forgot-password answer 202 with the same body whether or not the
///   email has an account. A register with a taken email creates nothing and queues an email to that
///   account instead; the password's verifier is computed either way.
/// - Passwords are checked for strength here, where no client can skip it (400 "password_weak" with the
///   estimator's warning and suggestions), turned into a SCRAM verifier, and forgotten: never logged,
///   never sent to the database in plain form.
/// - account-state proves the password by a login of the email's own role to the same server, as the same
///   client would (never by code here), and answers the state of a proven account that may not sign in
///   (200), "active" when the login opened (closed at once), or 401 "not_proven" with the same bytes for a
///   wrong password, an unknown email, a removed person and a kiosk: no state without the proof.
/// - The database unreachable: 503 with Retry-After.
/// Nothing a request holds (an email, a token, a password, an address) is logged.
class RegistrationApi
{
public:
    struct Limit
    {
        int max;
        int perSeconds;
    };
    struct Limits
    {
        Limit registerPerAddress{5, 3600};
        Limit registerPerEmail{3, 3600};
        Limit verifyPerAddress{10, 900};
        Limit resendPerAddress{10, 3600};
        Limit resendPerEmail{3, 3600};
        Limit forgotPerAddress{10, 3600};
        Limit forgotPerEmail{3, 3600};
        Limit resetPerAddress{10, 900};
        Limit accountStatePerAddress{10, 900};
        Limit accountStatePerEmail{10, 900};
    };
    using Subnet = QPair<QHostAddress, int>;

    RegistrationApi(Database& db, QList<Subnet> trustedProxies);
    /// With other limits than the defaults (the tests).
    RegistrationApi(Database& db, QList<Subnet> trustedProxies, Limits limits);

    /// Answers one request to /api/auth/\a route, in steps, so that a slow one can leave the request thread:
    /// everything that uses the service connection (\a db: the limits, the routes' functions, an account's state)
    /// runs on the calling thread, here or in the returned Finish step; only account-state's proof, a login on a
    /// connection of its own, is the Slow step (DeferredReply), for the caller to run on a worker thread. The steps
    /// use this object: they must run while it exists.
    DeferredReply begin(const QString& route, const QHostAddress& peer, const QByteArray& forwardedFor,
                        const QByteArray& contentType, const QByteArray& body);
    /// begin() with its slow step run on the calling thread: the same answer, holding the thread meanwhile.
    HttpReply handle(const QString& route, const QHostAddress& peer, const QByteArray& forwardedFor,
                     const QByteArray& contentType, const QByteArray& body)
    {
        return begin(route, peer, forwardedFor, contentType, body).wait();
    }

    /// The client's address: \a peer, unless \a peer is one of \a trusted; then the right-most entry of
    /// \a forwardedFor that is not itself a trusted proxy (a malformed entry: \a peer).
    static QHostAddress clientAddress(const QHostAddress& peer, const QByteArray& forwardedFor,
                                      const QList<Subnet>& trusted);
    /// How an address is counted: IPv4 (and IPv4-mapped IPv6) whole, other IPv6 by its /64, which one
    /// subscriber usually holds entirely.
    static QString addressKey(const QHostAddress& address);

    static constexpr qsizetype kMaxBodyBytes = 16 * 1024;

private:
    struct Request;
    DeferredReply registerOrganization(Request& r);
    DeferredReply verifyEmail(Request& r);
    DeferredReply resendVerification(Request& r);
    DeferredReply forgotPassword(Request& r);
    DeferredReply resetPassword(Request& r);
    DeferredReply accountState(Request& r);
    /// account-state once PostgreSQL has judged the password: on the calling thread (it may use the connection).
    HttpReply accountStateProven(const QString& email, AccountStateRepository::Proof proof);
    /// Nothing when the request may go ahead, else the reply (429, or 503 when the database cannot count).
    std::optional<HttpReply> limit(const QString& bucket, const Limit& limit);

    Database& m_db;
    QList<Subnet> m_trusted;
    Limits m_limits;
};

} // namespace Elect::Service
