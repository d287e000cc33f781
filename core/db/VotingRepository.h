#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUuid>

namespace Elect {

class Database;

/// What a kiosk is told when it looks a national id up: only whether the person is on the list and, when
/// they are, the last two digits of the phone their code went to.
struct VoterLookup
{
    QUuid id; ///< the kiosk's handle for this person, valid fifteen minutes
    bool listed = false;
    QString phoneLastDigits;
};

/// How a typed one-time code fared. Only Verified comes with a voting session.
struct CodeVerification
{
    enum class Outcome {
        Verified,
        WrongCode,    ///< counted; the fifth wrong try voids the code
        Expired,      ///< older than five minutes, or replaced by a newer code
        TooManyTries, ///< voided after five wrong tries: ask for a new code
        NotSentYet,   ///< elect serve has not sent it yet: wait a moment
        AlreadyVoted, ///< told only now, to whoever holds the phone
    };
    Outcome outcome = Outcome::WrongCode;
    QString sessionToken; ///< secret: never log it; valid fifteen minutes, ends with the cast
};

/// One choice on a voter's ballot.
struct BallotCandidate
{
    qint64 id = 0;
    QString name;
    QString party;
    QString symbolName;
    QByteArray photo;  ///< encoded image, or empty
    QByteArray symbol; ///< encoded image, or empty
};

/// The kiosk's side of voting (core/sql/0016_kiosk_voting.sql): every call is a function that checks the
/// kiosk, its organization and the election itself. As a kiosk login only.
class VotingRepository
{
public:
    explicit VotingRepository(Database& db);

    /// Looks \a nationalId up (any digits, spaces and dashes: normalized in the database) in a running
    /// election of the kiosk's organization; when listed, a code is on its way.
    Result<VoterLookup> identify(qint64 electionId, const QString& nationalId);
    /// A new code for the person of \a lookup; returns the phone's last two digits.
    Result<QString> requestCode(const QUuid& lookup);
    Result<CodeVerification> verifyCode(const QUuid& lookup, const QString& code);
    /// The candidates the session's voter may choose, by name.
    Result<QList<BallotCandidate>> ballot(const QString& sessionToken);
    /// Casts once: the same \a idempotencyKey and \a receipt again return the receipt and cast nothing.
    Result<QString> cast(const QString& sessionToken, const QList<qint64>& selections, const QUuid& idempotencyKey,
                         const QString& receipt);
    /// Whether the cast with this key and receipt, from this kiosk, was counted.
    Result<bool> castOutcome(const QUuid& idempotencyKey, const QString& receipt);

    /// A new receipt code: ten characters from a CSPRNG, of an alphabet without look-alikes (no 0/O, 1/I, 5/S,
    /// 8/B, 2/Z): about 47 bits.
    static QString newReceiptCode();

private:
    Database& m_db;
};

} // namespace Elect
