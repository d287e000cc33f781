#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Elect {

class Database;

/// What a kiosk learns of its own eligibility request.
struct EligibilityOutcome
{
    enum class State {
        Pending,  ///< elect serve has not heard from the organization's API yet: ask again shortly
        Answered, ///< \a eligible says whether the person may vote
    };
    State state = State::Pending;
    bool eligible = false;
    QString phoneLastDigits; ///< the last two digits of the phone the code goes to (eligible only)
};

/// A pending request as `elect serve` works it. Holds a national id: never log it, drop it soon.
struct EligibilityQuestion
{
    qint64 requestId = 0;
    qint64 electionId = 0;
    qint64 organizationId = 0;
    QUrl apiEndpoint;
    QString nationalId; ///< normalized
};

/// What the built-in dummy API knows of one person.
struct DummyVoterAnswer
{
    bool known = false;
    QString phoneE164;
    QStringList candidateNationalIds; ///< empty: all candidates
};

/// Eligibility questions of `api_managed` elections (core/sql/0009_eligibility.sql). A kiosk asks
/// (request), `elect serve` is woken by a NOTIFY on kNotifyChannel and by the outbox row of kind
/// kOutboxKind (both carry only the request id), asks the organization's API, and records the answer
/// or that there was none; the kiosk polls the outcome. National ids stay in the database only until
/// the answer, and only the service's functions read them.
class EligibilityRepository
{
public:
    static constexpr const char* kNotifyChannel = "elect_eligibility";
    static constexpr const char* kOutboxKind = "eligibility_check";

    explicit EligibilityRepository(Database& db);

    // As a kiosk.

    /// Asks whether the person with \a nationalId may vote in \a electionId, a running api_managed
    /// election of the kiosk's organization; returns the request id. An answer the organization gave
    /// in the last ten minutes is reused (the request is answered at once). Refuses other elections
    /// (WrongState), a malformed id (InvalidInput) and more than 20 requests a minute (Unavailable).
    Result<qint64> request(qint64 electionId, const QString& nationalId);
    /// The outcome of this kiosk's own request; Unavailable (with the message for the voter) when the
    /// organization's API could not answer, NotFound for a request that is not this kiosk's.
    Result<EligibilityOutcome> outcome(qint64 requestId);

    // As elect serve (the elect_service login).

    /// The question to put to the organization's API, or nothing when there is none any more
    /// (answered already, or too old and given up).
    Result<std::optional<EligibilityQuestion>> pendingQuestion(qint64 requestId);
    /// Records the API's answer in one transaction: the voter row (phone, the named candidates mapped
    /// to this election's) for an eligible person, none for another; the national id is erased.
    /// Returns how many named candidates the election does not have, or nothing when the request
    /// was no longer pending (nothing changed).
    Result<std::optional<int>> recordAnswer(qint64 requestId, bool eligible, const QString& phoneE164,
                                            const QStringList& candidateNationalIds);
    /// The API could not answer: the kiosk is told so, the organization is notified, the national id
    /// is erased. False when the request was no longer pending.
    Result<bool> recordUnavailable(qint64 requestId, const QString& reason);
    /// What the dummy tables of \a organizationId say about \a nationalId (hashed in the database).
    /// InvalidInput for a malformed id.
    Result<DummyVoterAnswer> dummyAnswer(qint64 organizationId, const QString& nationalId);

private:
    Database& m_db;
};

} // namespace Elect
