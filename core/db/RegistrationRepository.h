#pragma once

#include "core/Result.h"

#include <QString>

#include <optional>

namespace Elect {

class Database;

/// What `elect serve`'s registration API asks the database, as the elect_service login (every function
/// refuses any other session user): the request limits, and registration, email verification and
/// password reset (core/sql/0013_registration_api.sql). Passwords arrive here only as SCRAM verifiers.
/// A refusal of the database carries its key (errorKey(), e.g. "organization_name_taken"), which the API
/// sends on to its clients.
class RegistrationRepository
{
public:
    explicit RegistrationRepository(Database& db);

    /// Counts one request in \a bucket (at most \a max per \a perSeconds): 0 when it may go ahead, else
    /// the seconds until the bucket's window ends. The bucket is stored only as an HMAC.
    Result<int> takeRate(const QString& bucket, int max, int perSeconds);
    /// A new organization (pending) and its owner; std::nullopt when the email has an account already
    /// (nothing is created; that account is sent an email saying someone tried to register with it).
    Result<std::optional<qint64>> registerOrganization(const QString& email, const QString& firstName,
                                                       const QString& lastName, const QString& verifier,
                                                       const QString& organization, const QString& country);
    /// Marks the email of the token's account verified (token_invalid: unknown, used or expired).
    Status verifyEmail(const QString& token);
    /// Queues a new verification email when the address has an active, unverified account; silent otherwise.
    Status requestEmailVerification(const QString& email);
    /// Queues a password-reset email when the address has an active account; silent otherwise.
    Status requestPasswordReset(const QString& email);
    /// Sets the password of the token's account to \a verifier (token_invalid as verifyEmail).
    Status completePasswordReset(const QString& token, const QString& verifier);

    /// The key of the database's last refusal on this repository ("token_invalid"), or empty.
    QString errorKey() const { return m_errorKey; }

private:
    Database& m_db;
    QString m_errorKey;
};

} // namespace Elect
