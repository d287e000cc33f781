#pragma once

#include "core/domain/Types.h"
#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Elect {

class Database;

/// An election whose end has passed and that is not counted yet.
struct DueElection
{
    qint64 id = 0;
    qint64 organizationId = 0;
    QString title;
    QDateTime endsAt;
};

/// What counting one election needs to know of it.
struct ElectionToCount
{
    qint64 id = 0;
    qint64 organizationId = 0;
    QString title;
    ElectionType type = ElectionType::Simple;
    CountingMethod method = CountingMethod::Block;
    int seats = 1;         ///< per district or governorate for those types
    int votesPerVoter = 1; ///< block: marks per ballot; approval: most approvals per ballot
    qint64 registeredVoters = 0;
};

/// A candidate of the election being counted.
struct TallyCandidate
{
    qint64 id = 0;
    QString name;
    QString district;
    QString governorate;
};

/// One ballot as the database gives it after the end: what it chose (candidate ids; for ranked
/// methods in preference order) and where it was cast; nothing else.
struct StoredBallot
{
    QList<qint64> selections;
    QString district;
    QString governorate;
};

/// One candidate's result as stored on candidate_participations.
struct CandidateResult
{
    qint64 candidateId = 0;
    QString votes; ///< decimal, as TallyReport::votes writes it ("12", "12.50000" for STV)
    int rank = 0;  ///< 1 for the first; 0 for none
    bool won = false;
};

/// The count of one election, ready to store.
struct ElectionCount
{
    QList<CandidateResult> candidates;
    QJsonObject report; ///< TallyReport's JSON: rounds, notes, seed, tie-break rule, per constituency
    qint64 ballots = 0;
};

/// A stored result, as staff and system admins read it.
struct StoredResult
{
    QString candidate;
    QString constituency; ///< the candidate's district or governorate for those election types, else empty
    QString votes;        ///< decimal
    int rank = 0;         ///< 0: none
    bool won = false;
};

/// What a reminder SMS needs (see queue_voter_reminders in core/sql/0007_tally.sql).
struct ReminderRecipient
{
    QString phone; ///< E.164; never logged
    QString title;
    QDateTime endsAt;
    QString language;         ///< "en" or "ar"
    bool stillToVote = false; ///< false: the voter has voted meanwhile or the election no longer runs
};

/// Closing, counting and storing elections, and voter reminders, as `elect serve`'s scheduler does them
/// (the elect_service login; every function refuses other logins), and the stored results as staff and
/// system admins read them. The database decides what is due by its own clock.
class TallyRepository
{
public:
    explicit TallyRepository(Database& db);

    /// The published elections whose end has passed, oldest end first.
    Result<QList<DueElection>> dueElections();

    /// Counts \a election, given what the database holds, inside one transaction that locks the
    /// election's row first.
    using Counting = std::function<Result<ElectionCount>(
        const ElectionToCount& election, const QList<TallyCandidate>& candidates, const QList<StoredBallot>& ballots)>;
    /// Claims the election (another server holding it, or it not being due, gives false at once),
    /// reads its candidates and ballots, runs \a count and stores its results, status `tallied`, the
    /// report and the organization's notifications, all in one transaction. Returns true when this
    /// call stored them; false when there was nothing to do. A failed count stores nothing.
    Result<bool> tally(qint64 electionId, const Counting& count);

    /// The ballots of an ended election, in random order. Refuses (WrongState) a running, draft or
    /// cancelled election.
    Result<QList<StoredBallot>> ballots(qint64 electionId);

    /// Queues the reminders that are due (once per election that asked for them); returns how many.
    Result<int> queueVoterReminders();
    /// The voter's phone and the election's details for a reminder; nothing when the voter is not one
    /// of that election's.
    Result<std::optional<ReminderRecipient>> reminderRecipient(qint64 electionId, qint64 voterId);

    /// As staff of the election's organization or a system admin: the stored results of a tallied
    /// election, by constituency, then rank. Refuses (NotFound) an election this login cannot see and
    /// (WrongState) one that is not tallied.
    Result<QList<StoredResult>> results(qint64 electionId);

private:
    Database& m_db;
};

} // namespace Elect
