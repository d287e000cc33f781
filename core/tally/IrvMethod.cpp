#include "core/tally/IrvMethod.h"

#include "core/tally/RankedCount.h"

#include <QCoreApplication>

#include <algorithm>

namespace Elect::Tally {

namespace {

/// One instant-runoff count, round by round: a majority of the continuing ballots elects; otherwise
/// the lowest (or every candidate with no votes) is excluded and their ballots move on.
class IrvCount
{
public:
    IrvCount(const Contest& contest, TieBreaker& ties, TallyResult& result, RankedCount& ranked)
        : m_contest(contest), m_ties(ties), m_result(result), m_ranked(ranked)
    {}

    void run();

private:
    Round firstRound() const;
    int leaderOf(const QVector<int>& alive) const;
    void electLeader(Round& round, const QVector<int>& alive, int leader, qint64 total);
    QVector<int> chooseExclusions(const QVector<int>& alive, QStringList& why);
    Round exclude(int number, const QVector<int>& toExclude, const QStringList& why);
    void rankExcluded();

    const Contest& m_contest;
    TieBreaker& m_ties;
    TallyResult& m_result;
    RankedCount& m_ranked;
    QVector<QVector<int>> m_exclusions; // in order, for the ranks
};

void IrvCount::run()
{
    Round round = firstRound();
    for (;;) {
        const QVector<int> alive = m_ranked.continuingCandidates();
        qint64 total = 0;
        for (int c : alive)
            total += m_ranked.votes(c);
        const int leader = leaderOf(alive);
        if (2 * m_ranked.votes(leader) > total || alive.size() == 1) {
            electLeader(round, alive, leader, total);
            m_result.rounds << round;
            break;
        }
        // The tie-break looks at the rounds before this one only.
        QStringList why;
        const QVector<int> toExclude = chooseExclusions(alive, why);
        m_result.rounds << round;
        m_ranked.recordStage(round.votes);
        round = exclude(round.number + 1, toExclude, why);
    }
    rankExcluded();
}

Round IrvCount::firstRound() const
{
    Round round;
    round.number = 1;
    round.kind = RoundKind::FirstPreferences;
    round.votes = m_ranked.votes();
    round.transfers = m_ranked.votes();
    return round;
}

// The first of the continuing candidates with most votes.
int IrvCount::leaderOf(const QVector<int>& alive) const
{
    int leader = alive.first();
    for (int c : alive) {
        if (m_ranked.votes(c) > m_ranked.votes(leader))
            leader = c;
    }
    return leader;
}

void IrvCount::electLeader(Round& round, const QVector<int>& alive, int leader, qint64 total)
{
    round.elected << leader;
    round.notes << QCoreApplication::translate("Elect::Tally",
                                               "%1 has %2 of the %3 votes of continuing ballots, a majority, and is "
                                               "elected.")
                       .arg(m_contest.candidates.at(leader))
                       .arg(m_ranked.votes(leader))
                       .arg(total);
    m_result.elected << leader;
    m_result.outcomes[leader].status = CandidateStatus::Elected;
    m_result.outcomes[leader].rank = 1;
    m_result.outcomes[leader].votes = m_ranked.votes(leader);
    m_result.outcomes[leader].decidedInRound = round.number;
    // Candidates still continuing beside the winner rank by their final votes.
    QVector<int> others = alive;
    others.removeOne(leader);
    std::stable_sort(others.begin(), others.end(), [&](int a, int b) { return m_ranked.votes(a) > m_ranked.votes(b); });
    for (int i = 0; i < others.size(); ++i) {
        const int c = others.at(i);
        m_result.outcomes[c].votes = m_ranked.votes(c);
        m_result.outcomes[c].rank = (i > 0 && m_ranked.votes(others.at(i - 1)) == m_ranked.votes(c))
                                        ? m_result.outcomes[others.at(i - 1)].rank
                                        : 2 + i;
    }
}

// Candidates with no votes go together (when some others have votes); else the lowest, ties
// decided by earlier rounds, then by lot.
QVector<int> IrvCount::chooseExclusions(const QVector<int>& alive, QStringList& why)
{
    QVector<int> zero;
    for (int c : alive) {
        if (m_ranked.votes(c) == 0)
            zero << c;
    }
    if (!zero.isEmpty() && zero.size() < alive.size() && zero.size() > 1) {
        why << QCoreApplication::translate("Elect::Tally", "%1 have no votes and are excluded together.")
                   .arg(m_ties.names(zero));
        return zero;
    }
    qint64 lowest = 0;
    const int x = m_ranked.pickLowest(alive, m_ties, why, lowest);
    why << QCoreApplication::translate("Elect::Tally", "%1 has the fewest votes (%2) and is excluded.")
               .arg(m_contest.candidates.at(x))
               .arg(lowest);
    return {x};
}

Round IrvCount::exclude(int number, const QVector<int>& toExclude, const QStringList& why)
{
    Round next;
    next.number = number;
    next.kind = RoundKind::Exclusion;
    next.subject = toExclude.size() == 1 ? toExclude.first() : -1;
    next.excluded = toExclude;
    next.notes = why;
    // All of them stop continuing before any ballot moves, so none moves between two of them.
    for (int x : toExclude) {
        m_ranked.stopContinuing(x);
        m_result.outcomes[x].status = CandidateStatus::Excluded;
        m_result.outcomes[x].votes = m_ranked.votes(x);
        m_result.outcomes[x].decidedInRound = next.number;
    }
    const QVector<qint64> before = m_ranked.votes();
    for (int x : toExclude) {
        m_ranked.transfer(x, 1, 1);
        m_ranked.setVotes(x, 0);
    }
    m_ranked.closeRound(next, before);
    m_exclusions << toExclude;
    return next;
}

// The last excluded ranks just below the candidates still continuing at the end.
void IrvCount::rankExcluded()
{
    int rank = 1;
    for (const CandidateOutcome& o : std::as_const(m_result.outcomes)) {
        if (o.status != CandidateStatus::Excluded && o.status != CandidateStatus::Withdrawn)
            ++rank;
    }
    for (int i = int(m_exclusions.size()) - 1; i >= 0; --i) {
        for (int x : m_exclusions.at(i))
            m_result.outcomes[x].rank = rank;
        rank += int(m_exclusions.at(i).size());
    }
}

} // namespace

QString IrvMethod::tieBreakRule() const
{
    return QCoreApplication::translate(
        "Elect::Tally",
        "When two or more candidates tie for fewest votes, the one with fewer votes in the most recent earlier round "
        "in which they differed is excluded; if they were equal in every round, a lot drawn with the recorded seed "
        "decides. Candidates with no votes are excluded together without a draw.");
}

Result<TallyResult> IrvMethod::count(const Contest& contest, const BallotBox& ballots, TieBreaker& ties) const
{
    TallyResult result = startResult(contest, ballots, ties);
    result.seats = 1;
    RankedCount ranked(contest, ballots, 1);
    result.invalidBallots = ranked.distribute();
    result.validBallots = result.totalBallots - result.invalidBallots;
    if (result.validBallots == 0) {
        electNobody(result, contest);
        return result;
    }
    IrvCount(contest, ties, result, ranked).run();
    return result;
}

} // namespace Elect::Tally
