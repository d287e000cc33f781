#include "core/tally/TallyEngine.h"

#include "core/tally/Counter.h"
#include "core/tally/SeededRandom.h"
#include "core/tally/TieBreaker.h"

#include <QCoreApplication>

namespace Elect::Tally {

Result<TallyResult> TallyEngine::count(const Contest& contest, const BallotBox& ballots)
{
    auto refuse = [](const QString& message) { return Result<TallyResult>::failure(ErrorCode::InvalidInput, message); };
    const int n = int(contest.candidates.size());
    if (n == 0)
        return refuse(QCoreApplication::translate("Elect::Tally", "There are no candidates to count."));
    if (n > BallotBox::MaxCandidates) {
        return refuse(QCoreApplication::translate("Elect::Tally", "%1 candidates are more than the %2 a count allows.")
                          .arg(n)
                          .arg(BallotBox::MaxCandidates));
    }
    if (contest.options.seats < 1)
        return refuse(QCoreApplication::translate("Elect::Tally", "The number of seats must be at least 1."));
    if (!contest.withdrawn.isEmpty() && contest.withdrawn.size() != n) {
        return refuse(QCoreApplication::translate("Elect::Tally",
                                                  "The withdrawn list has %1 entries but there are %2 candidates.")
                          .arg(contest.withdrawn.size())
                          .arg(n));
    }
    if (ballots.highestCandidate() >= n) {
        return refuse(
            QCoreApplication::translate("Elect::Tally", "A ballot names candidate %1 but there are only %2 candidates.")
                .arg(ballots.highestCandidate() + 1)
                .arg(n));
    }
    if (contest.options.votesPerVoter < 0) {
        return refuse(QCoreApplication::translate("Elect::Tally", "Votes per voter cannot be negative."));
    }
    const quint64 seed = contest.options.seed ? *contest.options.seed : SeededRandom::freshSeed();
    TieBreaker ties(seed, contest.candidates);
    return Counter::create(contest.method)->count(contest, ballots, ties);
}

Result<QVector<TallyResult>> TallyEngine::countConstituencies(const BallotFile& file, CountingMethod method,
                                                              const CountOptions& options)
{
    CountOptions shared = options;
    if (!shared.seed)
        shared.seed = SeededRandom::freshSeed();
    QVector<TallyResult> results;
    for (const ConstituencyBallots& part : file.constituencies) {
        Contest contest;
        contest.title = file.title;
        contest.constituency = part.name;
        contest.candidates = part.candidates;
        contest.withdrawn = part.withdrawn;
        contest.method = method;
        contest.options = shared;
        if (part.seats > 0)
            contest.options.seats = part.seats;
        Result<TallyResult> one = count(contest, part.ballots);
        if (!one) {
            if (part.name.isEmpty())
                return one.error();
            return Error{
                one.code(),
                QCoreApplication::translate("Elect::Tally", "Constituency %1: %2").arg(part.name, one.message())};
        }
        results << std::move(one).value();
    }
    return results;
}

} // namespace Elect::Tally
