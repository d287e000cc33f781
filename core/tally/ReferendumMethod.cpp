#include "core/tally/ReferendumMethod.h"

#include <QCoreApplication>

#include <optional>

namespace Elect::Tally {

namespace {

QString fractionText(const Fraction& f)
{
    return QStringLiteral("%1/%2").arg(f.numerator).arg(f.denominator);
}

} // namespace

QString ReferendumMethod::tieBreakRule() const
{
    return QCoreApplication::translate("Elect::Tally",
                                       "No lot is drawn: a proposal passes only with the required majority, so equal "
                                       "yes and no votes (or a share exactly at a strict threshold) mean it fails.");
}

namespace {

// What the options cannot mean, or nothing when they are usable.
std::optional<QString> refusal(const Contest& contest)
{
    const int n = int(contest.candidates.size());
    const CountOptions& o = contest.options;
    if (n != 2 && n != 3) {
        return QCoreApplication::translate(
                   "Elect::Tally", "A referendum has two options (yes, no) or three (yes, no, abstain), in that order; "
                                   "this one has %1.")
            .arg(n);
    }
    if (o.majority.denominator <= 0 || o.majority.numerator < 0 || o.majority.numerator > o.majority.denominator ||
        o.quorum.denominator <= 0 || o.quorum.numerator < 0 || o.quorum.numerator > o.quorum.denominator) {
        return QCoreApplication::translate(
            "Elect::Tally", "The required majority and the quorum must be fractions between 0 and 1, such as 2/3.");
    }
    if (o.quorum.numerator > 0 && o.electorate <= 0) {
        return QCoreApplication::translate("Elect::Tally",
                                           "A turnout quorum needs the number of registered voters (the electorate).");
    }
    return std::nullopt;
}

// A valid ballot marks exactly one option; each option's votes.
QVector<qint64> countSingleMarks(TallyResult& result, const BallotBox& ballots, int n)
{
    QVector<qint64> votes(n, 0);
    for (int b = 0; b < ballots.distinctCount(); ++b) {
        const qint64 weight = qint64(ballots.weight(b));
        if (ballots.length(b) != 1) {
            result.invalidBallots += weight;
            continue;
        }
        result.validBallots += weight;
        votes[ballots.marks(b)[0]] += weight;
    }
    return votes;
}

ReferendumOutcome decide(const QVector<qint64>& votes, qint64 turnout, const CountOptions& o)
{
    ReferendumOutcome outcome;
    outcome.yes = votes.at(0);
    outcome.no = votes.at(1);
    outcome.abstain = votes.size() > 2 ? votes.at(2) : 0;
    outcome.turnout = turnout;
    __extension__ typedef __int128 Wide;
    if (o.quorum.numerator > 0)
        outcome.quorumMet = Wide(outcome.turnout) * o.quorum.denominator >= Wide(o.quorum.numerator) * o.electorate;
    const qint64 decided = outcome.yes + outcome.no;
    const Wide lhs = Wide(outcome.yes) * o.majority.denominator;
    const Wide rhs = Wide(o.majority.numerator) * decided;
    outcome.majorityMet = decided > 0 && (o.majorityStrict ? lhs > rhs : lhs >= rhs);
    outcome.passed = outcome.quorumMet && outcome.majorityMet;

    return outcome;
}

// The single round, with the rule and the outcome in words.
Round explain(const QVector<qint64>& votes, const ReferendumOutcome& outcome, const CountOptions& o)
{
    Round round;
    round.number = 1;
    round.kind = RoundKind::Count;
    round.votes = votes;
    round.transfers = votes;
    round.notes << QCoreApplication::translate("Elect::Tally", "Required: yes %1 %2 of the yes and no votes.")
                       .arg(o.majorityStrict ? QStringLiteral(">") : QStringLiteral(">="), fractionText(o.majority));
    if (o.quorum.numerator > 0) {
        round.notes << QCoreApplication::translate("Elect::Tally",
                                                   "Quorum: turnout of at least %1 of %2 registered voters; turnout "
                                                   "was %3 (%4).")
                           .arg(fractionText(o.quorum))
                           .arg(o.electorate)
                           .arg(outcome.turnout)
                           .arg(outcome.quorumMet ? QCoreApplication::translate("Elect::Tally", "met")
                                                  : QCoreApplication::translate("Elect::Tally", "not met"));
    }
    round.notes << (outcome.passed ? QCoreApplication::translate("Elect::Tally", "The proposal passes.")
                                   : QCoreApplication::translate("Elect::Tally", "The proposal fails."));
    return round;
}

} // namespace

Result<TallyResult> ReferendumMethod::count(const Contest& contest, const BallotBox& ballots, TieBreaker& ties) const
{
    if (const std::optional<QString> why = refusal(contest))
        return Result<TallyResult>::failure(ErrorCode::InvalidInput, *why);
    const int n = int(contest.candidates.size());
    TallyResult result = startResult(contest, ballots, ties);
    result.seats = 1;
    const QVector<qint64> votes = countSingleMarks(result, ballots, n);
    const ReferendumOutcome outcome = decide(votes, result.totalBallots, contest.options);
    Round round = explain(votes, outcome, contest.options);
    const int winner = outcome.passed ? 0 : 1;
    round.elected << winner;
    result.elected << winner;
    for (int c = 0; c < n; ++c) {
        result.outcomes[c].votes = votes.at(c);
        result.outcomes[c].status = c == winner ? CandidateStatus::Elected : CandidateStatus::NotElected;
        result.outcomes[c].rank = c == winner ? 1 : 2;
        result.outcomes[c].decidedInRound = 1;
    }
    result.rounds << round;
    result.referendum = outcome;
    return result;
}

} // namespace Elect::Tally
