#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Elect {

class Database;

/// The person an email goes to.
struct EmailRecipient
{
    QString email; ///< never logged whole
    QString firstName;
    QString organizationName; ///< empty for a system admin
};

/// Where a voter's one-time code goes, once its HMAC is stored.
struct VoterCodeDestination
{
    enum class State {
        Ready,    ///< stored; send it to phone
        Void,     ///< voided by a newer request or used up by wrong tries: nothing to send
        NoPhone,  ///< the voter has no phone on record
        NotFound, ///< no such code request
    };
    State state = State::NotFound;
    QString phone; ///< E.164, Ready only; never logged
};

/// What became of one claimed outbox message, as the dispatcher records it.
struct OutboxOutcome
{
    enum class Kind { Sent, Retry, GiveUp };
    qint64 id = 0;
    Kind kind = Kind::Sent;
    int attempts = 0;        ///< attempts made, this one included (Retry, GiveUp)
    QDateTime nextAttemptAt; ///< Retry: when it is due again
    QString reason;          ///< Retry, GiveUp: for IT staff and the organization; never a secret
    QString providerId;      ///< Sent: what the provider calls the message (a Twilio SID), when it said
};

/// What `elect serve` (the elect_service login) reads and writes as it sends outbox messages, beyond
/// claiming them (OutboxRepository): the recipient of an email, the hash of an email token, the HMAC of
/// a voter's one-time code, and the outcome of a whole batch in one transaction.
class OutboxDeliveryRepository
{
public:
    explicit OutboxDeliveryRepository(Database& db);

    /// The account \a userId's email and first name, or nothing when the account is gone.
    Result<std::optional<EmailRecipient>> emailRecipient(qint64 userId);
    /// Stores SHA-256 of \a tokenText for \a userId and \a purpose ("verify_email", "reset_password"),
    /// voiding the account's earlier unused tokens of that purpose. Returns when it expires.
    Result<QDateTime> issueVerificationToken(qint64 userId, const QString& purpose, const QString& tokenText);
    /// Stores the HMAC of \a code (six digits) for one-time-code row \a otpId, valid five minutes from
    /// now, and returns the voter's phone; or, storing nothing, why that code is not to be sent.
    Result<VoterCodeDestination> storeVoterCode(qint64 otpId, const QString& code);

    /// Records \a outcomes in one transaction and three statements at most: every Sent in one UPDATE,
    /// every Retry in one UPDATE, every GiveUp through elect.outbox_give_up (which notifies the
    /// organization). A message that is no longer pending is left as it is. Returns how many rows changed.
    Result<int> record(const QList<OutboxOutcome>& outcomes);

private:
    Database& m_db;
};

} // namespace Elect
