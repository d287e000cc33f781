#include "core/tally/Counter.h"

#include "core/tally/ApprovalMethod.h"
#include "core/tally/BlockMethod.h"
#include "core/tally/IrvMethod.h"
#include "core/tally/ReferendumMethod.h"
#include "core/tally/StvMethod.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace Elect::Tally {

std::unique_ptr<Counter> Counter::create(CountingMethod method)
{
    switch (method) {
    case CountingMethod::Block:
        return std::make_unique<BlockMethod>();
    case CountingMethod::Approval:
        return std::make_unique<ApprovalMethod>();
    case CountingMethod::Irv:
        return std::make_unique<IrvMethod>();
    case CountingMethod::Stv:
        return std::make_unique<StvMethod>();
    case CountingMethod::Referendum:
        return std::make_unique<ReferendumMethod>();
    }
    return nullptr;
}

TallyResult Counter::startResult(const Contest& contest, const BallotBox& ballots, const TieBreaker& ties) const
{
    TallyResult result;
    result.method = method();
    result.title = contest.title;
    result.constituency = contest.constituency;
    result.candidates = contest.candidates;
    result.seats = contest.options.seats;
    result.totalBallots = qint64(ballots.totalWeight());
    result.seed = ties.seed();
    result.tieBreakRule = tieBreakRule();
    result.outcomes.resize(contest.candidates.size());
    for (int c = 0; c < contest.candidates.size(); ++c) {
        result.outcomes[c].candidate = c;
        result.outcomes[c].status = contest.isWithdrawn(c) ? CandidateStatus::Withdrawn : CandidateStatus::NotElected;
    }
    return result;
}

void Counter::countMarks(TallyResult& result, const Contest& contest, const BallotBox& ballots, TieBreaker& ties,
                         int minMarks, int maxMarks)
{
    QVector<qint64> votes(int(contest.candidates.size()), 0);
    std::vector<BallotBox::CandidateId> marks;
    for (int b = 0; b < ballots.distinctCount(); ++b) {
        const int length = ballots.length(b);
        const qint64 weight = qint64(ballots.weight(b));
        marks.assign(ballots.marks(b), ballots.marks(b) + length);
        std::sort(marks.begin(), marks.end());
        if (length < minMarks || length > maxMarks || std::adjacent_find(marks.begin(), marks.end()) != marks.end()) {
            result.invalidBallots += weight;
            continue;
        }
        result.validBallots += weight;
        for (BallotBox::CandidateId c : marks) {
            if (!contest.isWithdrawn(c))
                votes[c] += weight;
        }
    }
    Round round;
    round.number = 1;
    round.kind = RoundKind::Count;
    round.votes = votes;
    round.transfers = votes;
    if (result.validBallots == 0)
        electNobody(result, contest);
    else
        electMostVotes(result, contest, votes, contest.options.seats, ties, round);
    result.rounds << round;
}

void Counter::electNobody(TallyResult& result, const Contest& contest)
{
    result.notes << QCoreApplication::translate("Elect::Tally", "There is no valid ballot: nobody is elected.");
    for (int c = 0; c < contest.candidates.size(); ++c) {
        if (!contest.isWithdrawn(c))
            result.outcomes[c].rank = 1;
    }
}

void Counter::electMostVotes(TallyResult& result, const Contest& contest, const QVector<qint64>& votes, int seats,
                             TieBreaker& ties, Round& round)
{
    QVector<int> eligible;
    for (int c = 0; c < contest.candidates.size(); ++c) {
        result.outcomes[c].votes = votes.at(c);
        if (!contest.isWithdrawn(c))
            eligible << c;
    }
    if (eligible.size() < seats) {
        round.notes << QCoreApplication::translate("Elect::Tally",
                                                   "Only %1 candidates stand for %2 seats: %3 seats stay empty.")
                           .arg(eligible.size())
                           .arg(seats)
                           .arg(seats - eligible.size());
    }
    std::stable_sort(eligible.begin(), eligible.end(), [&](int a, int b) { return votes.at(a) > votes.at(b); });
    const int filled = std::min<int>(seats, eligible.size());
    int position = 0;
    while (position < eligible.size()) {
        int end = position;
        while (end < eligible.size() && votes.at(eligible.at(end)) == votes.at(eligible.at(position)))
            ++end;
        QVector<int> group = eligible.mid(position, end - position);
        const int rank = position + 1;
        const int open = filled - int(result.elected.size());
        if (open >= group.size()) {
            for (int c : group) {
                result.elected << c;
                round.elected << c;
                result.outcomes[c].status = CandidateStatus::Elected;
                result.outcomes[c].rank = rank;
                result.outcomes[c].decidedInRound = round.number;
            }
        } else if (open > 0) {
            for (int i = 0; i < open; ++i) {
                const QString purpose = QCoreApplication::translate("Elect::Tally", "%1 votes each, for seat %2 of %3")
                                            .arg(votes.at(group.first()))
                                            .arg(result.elected.size() + 1)
                                            .arg(seats);
                const int c = ties.drawLot(group, purpose, round.notes);
                group.removeOne(c);
                result.elected << c;
                round.elected << c;
                result.outcomes[c].status = CandidateStatus::Elected;
                result.outcomes[c].rank = rank + i;
                result.outcomes[c].decidedInRound = round.number;
            }
            for (int c : group)
                result.outcomes[c].rank = rank + open;
        } else {
            for (int c : group)
                result.outcomes[c].rank = rank;
        }
        position = end;
    }
}

} // namespace Elect::Tally
