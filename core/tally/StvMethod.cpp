#include "core/tally/StvMethod.h"

#include "core/tally/RankedCount.h"

#include <QCoreApplication>

#include <algorithm>

namespace Elect::Tally {

namespace {

constexpr qint64 Unit = 100000; // votes are kept in hundred-thousandths: five decimal places

QString decimal(qint64 units)
{
    return QStringLiteral("%1.%2").arg(units / Unit).arg(units % Unit, 5, 10, QLatin1Char('0'));
}

/// One STV count, stage by stage (Scottish Local Government Elections Order 2007, rules 46 to 52).
/// Each step is one rule: electing who reached the quota, transferring a surplus, excluding the
/// lowest, filling the last vacancies, and ranking everybody at the end.
class StvCount
{
public:
    StvCount(const Contest& contest, TieBreaker& ties, TallyResult& result, RankedCount& ranked)
        : m_contest(contest), m_ties(ties), m_result(result), m_ranked(ranked), m_seats(contest.options.seats)
    {}

    void run();

private:
    Round firstStage();
    void electReached(Round& round);
    void fillLastVacancies(int number, const QVector<int>& alive, int vacancies);
    Round transferSurplus(int number);
    Round excludeLowest(int number, const QVector<int>& alive);
    void elect(int candidate, Round& round);
    void rankEveryone();

    int electedCount() const { return int(m_result.elected.size()); }

    const Contest& m_contest;
    TieBreaker& m_ties;
    TallyResult& m_result;
    RankedCount& m_ranked;
    const int m_seats;
    qint64 m_quota = 0;            // in units
    QVector<int> m_pendingSurplus; // elected, surplus not yet transferred
    QVector<int> m_exclusionOrder;
    qint64 m_lost = 0;
};

void StvCount::run()
{
    // Rule 46: valid papers divided by seats + 1, decimals ignored, plus one.
    m_result.quota = m_result.validBallots / (m_seats + 1) + 1;
    m_quota = m_result.quota * Unit;
    Round round = firstStage();
    for (;;) {
        electReached(round);
        m_result.rounds << round;
        m_ranked.recordStage(round.votes);
        if (electedCount() >= m_seats)
            break;
        const QVector<int> alive = m_ranked.continuingCandidates();
        const int vacancies = m_seats - electedCount();
        if (int(alive.size()) <= vacancies) {
            fillLastVacancies(round.number + 1, alive, vacancies);
            break;
        }
        round = m_pendingSurplus.isEmpty() ? excludeLowest(round.number + 1, alive) : transferSurplus(round.number + 1);
    }
    rankEveryone();
}

Round StvCount::firstStage()
{
    Round round;
    round.number = 1;
    round.kind = RoundKind::FirstPreferences;
    round.votes = m_ranked.votes();
    round.transfers = m_ranked.votes();
    round.notes << QCoreApplication::translate("Elect::Tally", "Quota: %1 valid ballots / (%2 + 1), plus one = %3.")
                       .arg(m_result.validBallots)
                       .arg(m_seats)
                       .arg(m_result.quota);
    return round;
}

// Rule 47: whoever reaches the quota is elected, in order of votes.
void StvCount::electReached(Round& round)
{
    QVector<int> reached;
    for (int c = 0; c < m_ranked.candidateCount(); ++c) {
        if (m_ranked.isContinuing(c) && m_ranked.votes(c) >= m_quota)
            reached << c;
    }
    if (reached.isEmpty())
        return;
    const QVector<int> order =
        m_ties.orderDescending(reached, m_ranked.votes(), m_ranked.history(),
                               QCoreApplication::translate("Elect::Tally", "order of election"), round.notes);
    for (int c : order) {
        if (electedCount() >= m_seats)
            break;
        elect(c, round);
        round.notes << QCoreApplication::translate("Elect::Tally", "%1 reaches the quota with %2 and is elected.")
                           .arg(m_contest.candidates.at(c), decimal(m_ranked.votes(c)));
        if (m_ranked.votes(c) > m_quota)
            m_pendingSurplus << c;
    }
}

// Rule 52: no further transfer; the continuing candidates fill the last vacancies.
void StvCount::fillLastVacancies(int number, const QVector<int>& alive, int vacancies)
{
    Round round;
    round.number = number;
    round.kind = RoundKind::LastVacancies;
    round.votes = m_ranked.votes();
    round.transfers = QVector<qint64>(m_ranked.candidateCount(), 0);
    round.exhausted = m_ranked.exhausted();
    round.lost = m_lost;
    round.notes << QCoreApplication::translate("Elect::Tally",
                                               "%1 continuing candidates for %2 vacancies: all are deemed elected "
                                               "(rule 52).")
                       .arg(alive.size())
                       .arg(vacancies);
    const QVector<int> order =
        m_ties.orderDescending(alive, m_ranked.votes(), m_ranked.history(),
                               QCoreApplication::translate("Elect::Tally", "order of election"), round.notes);
    for (int c : order)
        elect(c, round);
    if (electedCount() < m_seats)
        round.notes
            << QCoreApplication::translate("Elect::Tally", "%1 seats stay empty.").arg(m_seats - electedCount());
    m_result.rounds << round;
}

// Rules 48 and 49: the highest surplus first, all of the candidate's papers transferred at the
// transfer value surplus / votes, truncated to five decimals (what truncation loses is recorded).
Round StvCount::transferSurplus(int number)
{
    Round next;
    next.number = number;
    const QVector<qint64> before = m_ranked.votes();
    qint64 highest = 0;
    for (int c : std::as_const(m_pendingSurplus))
        highest = std::max(highest, m_ranked.votes(c));
    QVector<int> tied;
    for (int c : std::as_const(m_pendingSurplus)) {
        if (m_ranked.votes(c) == highest)
            tied << c;
    }
    const int x = m_ties.pick(tied, false, m_ranked.history(),
                              QCoreApplication::translate("Elect::Tally", "equal surpluses, which first"), next.notes);
    m_pendingSurplus.removeOne(x);
    const qint64 total = m_ranked.votes(x);
    const qint64 surplus = total - m_quota;
    next.kind = RoundKind::SurplusTransfer;
    next.subject = x;
    next.transferValue = RankedCount::mulDiv(surplus, Unit, total);
    next.notes << QCoreApplication::translate("Elect::Tally",
                                              "Surplus of %1 (%2) transferred; a paper worth 1 now carries %3.")
                      .arg(m_contest.candidates.at(x), decimal(surplus), decimal(next.transferValue));
    const qint64 moved = m_ranked.transfer(x, surplus, total);
    m_lost += surplus - moved;
    m_ranked.setVotes(x, m_quota);
    m_ranked.closeRound(next, before);
    next.lost = m_lost;
    return next;
}

// Rules 50 and 51: exclude the lowest; papers move at the value they arrived with.
Round StvCount::excludeLowest(int number, const QVector<int>& alive)
{
    Round next;
    next.number = number;
    const QVector<qint64> before = m_ranked.votes();
    qint64 lowest = 0;
    const int x = m_ranked.pickLowest(alive, m_ties, next.notes, lowest);
    next.kind = RoundKind::Exclusion;
    next.subject = x;
    next.excluded << x;
    next.notes << QCoreApplication::translate("Elect::Tally", "%1 has the fewest votes (%2) and is excluded.")
                      .arg(m_contest.candidates.at(x), decimal(lowest));
    m_ranked.stopContinuing(x);
    m_exclusionOrder << x;
    m_result.outcomes[x].status = CandidateStatus::Excluded;
    m_result.outcomes[x].votes = m_ranked.votes(x);
    m_result.outcomes[x].decidedInRound = next.number;
    m_ranked.transfer(x, 1, 1);
    m_ranked.setVotes(x, 0);
    m_ranked.closeRound(next, before);
    next.lost = m_lost;
    return next;
}

void StvCount::elect(int candidate, Round& round)
{
    m_ranked.stopContinuing(candidate);
    round.elected << candidate;
    m_result.elected << candidate;
    m_result.outcomes[candidate].status = CandidateStatus::Elected;
    m_result.outcomes[candidate].rank = electedCount();
    m_result.outcomes[candidate].decidedInRound = round.number;
}

// The elected in order of election, then the candidates still continuing by votes, then the
// excluded, the last excluded first.
void StvCount::rankEveryone()
{
    int rank = electedCount() + 1;
    for (int c : std::as_const(m_result.elected))
        m_result.outcomes[c].votes = m_ranked.votes(c);
    QVector<int> rest = m_ranked.continuingCandidates();
    std::stable_sort(rest.begin(), rest.end(), [&](int a, int b) { return m_ranked.votes(a) > m_ranked.votes(b); });
    for (int i = 0; i < rest.size(); ++i) {
        const int c = rest.at(i);
        m_result.outcomes[c].votes = m_ranked.votes(c);
        m_result.outcomes[c].rank = (i > 0 && m_ranked.votes(rest.at(i - 1)) == m_ranked.votes(c))
                                        ? m_result.outcomes[rest.at(i - 1)].rank
                                        : rank + i;
    }
    rank += int(rest.size());
    for (int i = int(m_exclusionOrder.size()) - 1; i >= 0; --i)
        m_result.outcomes[m_exclusionOrder.at(i)].rank = rank++;
}

} // namespace

QString StvMethod::tieBreakRule() const
{
    return QCoreApplication::translate(
        "Elect::Tally",
        "Scottish rules 49 and 51: of equal surpluses, the candidate with most votes at the end of the most recent "
        "preceding stage at which they had unequal votes is transferred first; of candidates tied for fewest votes, "
        "the one with fewest votes at the end of the most recent preceding stage at which they had unequal votes is "
        "excluded; if they were equal at every stage, a lot drawn with the recorded seed decides. Candidates elected "
        "at the same stage are ranked by their votes, ties decided the same way.");
}

Result<TallyResult> StvMethod::count(const Contest& contest, const BallotBox& ballots, TieBreaker& ties) const
{
    TallyResult result = startResult(contest, ballots, ties);
    result.valueScale = Unit;
    RankedCount ranked(contest, ballots, Unit);
    result.invalidBallots = ranked.distribute();
    result.validBallots = result.totalBallots - result.invalidBallots;
    if (result.validBallots == 0) {
        electNobody(result, contest);
        return result;
    }
    StvCount(contest, ties, result, ranked).run();
    return result;
}

} // namespace Elect::Tally
