#pragma once

#include "core/db/TallyRepository.h"
#include "core/service/ScheduledTask.h"

#include <optional>

namespace Elect {
class Database;
}

namespace Elect::Service {

/// Closes and counts the elections whose end has passed (DESIGN.md, lifecycle): for each due election,
/// in one transaction that locks its row, reads its ballots, counts them with its method through
/// core/tally, and stores votes, ranks, winners, the round-by-round report and the organization's
/// notifications. `district` and `governorate_based` elections are counted per district or governorate,
/// each with the election's seats (the seats are per constituency). Ties follow the method's declared
/// tie-break rule; the seed of the lot is kept in the report, so a recount reproduces every draw.
/// Safe to run twice and on two servers at once: an election is stored once.
class ElectionCloser : public ScheduledTask
{
public:
    explicit ElectionCloser(Database& db, int intervalSeconds = 60);

    QString name() const override;
    int intervalSeconds() const override { return m_intervalSeconds; }
    /// Counts every due election; the database decides what is due by its own clock (\a clock only
    /// dates the log). Finishes at once (the work is synchronous) with the first failure, if any, after
    /// trying every election; an election that failed stays due and is tried again on the next run.
    QFuture<Status> runDue(const Clock& clock) override;

    /// Elections this object stored in its last run.
    int storedLastRun() const { return m_storedLastRun; }

    /// The count itself, without a database: one contest per constituency, candidates by id. A ballot
    /// naming a candidate outside its constituency counts as invalid (blank); a ballot from a
    /// constituency where nobody stands is left out and the report says how many. \a seed fixes the lot
    /// (tests); otherwise a fresh seed is drawn and recorded.
    static Result<ElectionCount> count(const ElectionToCount& election, const QList<TallyCandidate>& candidates,
                                       const QList<StoredBallot>& ballots, std::optional<quint64> seed = {});

private:
    Database& m_db;
    int m_intervalSeconds;
    int m_storedLastRun = 0;
};

} // namespace Elect::Service
