#include "core/tally/StvMethod.h"

#include "core/tally/BallotPiles.h"

#include <QCoreApplication>

#include <algorithm>

namespace Elect::Tally {

namespace {

constexpr qint64 Unit = 100000; // votes are kept in hundred-thousandths: five decimal places

/// floor(a * b / c) without overflow, for non-negative a, b and positive c.
qint64 mulDiv(qint64 a, qint64 b, qint64 c)
{
    __extension__ typedef unsigned __int128 Wide;
    return qint64(Wide(quint64(a)) * Wide(quint64(b)) / Wide(quint64(c)));
}

QString decimal(qint64 units)
{
    return QStringLiteral("%1.%2").arg(units / Unit).arg(units % Unit, 5, 10, QLatin1Char('0'));
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
    const int n = int(contest.candidates.size());
    const int seats = contest.options.seats;
    TallyResult result = startResult(contest, ballots, ties);
    result.valueScale = Unit;
    QVector<bool> continuing(n);
    for (int c = 0; c < n; ++c)
        continuing[c] = !contest.isWithdrawn(c);

    BallotPiles piles(ballots, n, Unit);
    result.invalidBallots = qint64(piles.distribute(continuing));
    result.validBallots = result.totalBallots - result.invalidBallots;
    if (result.validBallots == 0) {
        electNobody(result, contest);
        return result;
    }
    // Rule 46: valid papers divided by seats + 1, decimals ignored, plus one.
    result.quota = result.validBallots / (seats + 1) + 1;
    const qint64 quota = result.quota * Unit;

    QVector<qint64> votes(n, 0);
    for (int c = 0; c < n; ++c) {
        for (quint32 b : piles.pile(c))
            votes[c] += qint64(piles.weight(b)) * Unit;
    }
    QVector<QVector<qint64>> history;
    QVector<int> pendingSurplus; // elected, surplus not yet transferred
    QVector<int> exclusionOrder;
    qint64 exhausted = 0;
    qint64 lost = 0;
    Round round;
    round.number = 1;
    round.kind = RoundKind::FirstPreferences;
    round.votes = votes;
    round.transfers = votes;
    round.notes << QCoreApplication::translate("Elect::Tally", "Quota: %1 valid ballots / (%2 + 1), plus one = %3.")
                       .arg(result.validBallots)
                       .arg(seats)
                       .arg(result.quota);

    auto elect = [&](int c, Round& r) {
        continuing[c] = false;
        r.elected << c;
        result.elected << c;
        result.outcomes[c].status = CandidateStatus::Elected;
        result.outcomes[c].rank = int(result.elected.size());
        result.outcomes[c].decidedInRound = r.number;
    };

    for (;;) {
        // Rule 47: whoever reaches the quota is elected, in order of votes.
        QVector<int> reached;
        for (int c = 0; c < n; ++c) {
            if (continuing.at(c) && votes.at(c) >= quota)
                reached << c;
        }
        if (!reached.isEmpty()) {
            const QVector<int> order = ties.orderDescending(
                reached, votes, history, QCoreApplication::translate("Elect::Tally", "order of election"), round.notes);
            for (int c : order) {
                if (result.elected.size() >= seats)
                    break;
                elect(c, round);
                round.notes << QCoreApplication::translate("Elect::Tally",
                                                           "%1 reaches the quota with %2 and is elected.")
                                   .arg(contest.candidates.at(c), decimal(votes.at(c)));
                if (votes.at(c) > quota)
                    pendingSurplus << c;
            }
        }
        result.rounds << round;
        history << round.votes;
        if (result.elected.size() >= seats)
            break;

        QVector<int> alive;
        for (int c = 0; c < n; ++c) {
            if (continuing.at(c))
                alive << c;
        }
        const int vacancies = seats - int(result.elected.size());
        Round next;
        next.number = round.number + 1;
        if (int(alive.size()) <= vacancies) {
            // Rule 52: no further transfer; the continuing candidates fill the last vacancies.
            next.kind = RoundKind::LastVacancies;
            next.votes = votes;
            next.transfers = QVector<qint64>(n, 0);
            next.exhausted = exhausted;
            next.lost = lost;
            next.notes << QCoreApplication::translate("Elect::Tally",
                                                      "%1 continuing candidates for %2 vacancies: all are deemed "
                                                      "elected (rule 52).")
                              .arg(alive.size())
                              .arg(vacancies);
            const QVector<int> order = ties.orderDescending(
                alive, votes, history, QCoreApplication::translate("Elect::Tally", "order of election"), next.notes);
            for (int c : order)
                elect(c, next);
            if (int(result.elected.size()) < seats) {
                next.notes << QCoreApplication::translate("Elect::Tally", "%1 seats stay empty.")
                                  .arg(seats - int(result.elected.size()));
            }
            result.rounds << next;
            break;
        }

        const QVector<qint64> before = votes;
        if (!pendingSurplus.isEmpty()) {
            // Rules 48 and 49: the highest surplus first, all of the candidate's papers transferred.
            qint64 highest = 0;
            for (int c : pendingSurplus)
                highest = std::max(highest, votes.at(c));
            QVector<int> tied;
            for (int c : pendingSurplus) {
                if (votes.at(c) == highest)
                    tied << c;
            }
            const int x =
                ties.pick(tied, false, history,
                          QCoreApplication::translate("Elect::Tally", "equal surpluses, which first"), next.notes);
            pendingSurplus.removeOne(x);
            const qint64 surplus = votes.at(x) - quota;
            const qint64 total = votes.at(x);
            next.kind = RoundKind::SurplusTransfer;
            next.subject = x;
            next.transferValue = mulDiv(surplus, Unit, total);
            next.notes << QCoreApplication::translate("Elect::Tally",
                                                      "Surplus of %1 (%2) transferred; a paper worth 1 now carries "
                                                      "%3.")
                              .arg(contest.candidates.at(x), decimal(surplus), decimal(next.transferValue));
            qint64 moved = 0;
            piles.transfer(x, continuing, [&](quint32 b, int to) {
                const qint64 value = mulDiv(surplus, piles.value(b), total);
                piles.setValue(b, value);
                const qint64 amount = qint64(piles.weight(b)) * value;
                moved += amount;
                if (to < 0)
                    exhausted += amount;
                else
                    votes[to] += amount;
            });
            lost += surplus - moved;
            votes[x] = quota;
        } else {
            // Rules 50 and 51: exclude the lowest; papers move at the value they arrived with.
            qint64 lowest = votes.at(alive.first());
            for (int c : alive)
                lowest = std::min(lowest, votes.at(c));
            QVector<int> tied;
            for (int c : alive) {
                if (votes.at(c) == lowest)
                    tied << c;
            }
            const int x =
                ties.pick(tied, true, history,
                          QCoreApplication::translate("Elect::Tally", "fewest votes, to be excluded"), next.notes);
            next.kind = RoundKind::Exclusion;
            next.subject = x;
            next.excluded << x;
            next.notes << QCoreApplication::translate("Elect::Tally", "%1 has the fewest votes (%2) and is excluded.")
                              .arg(contest.candidates.at(x), decimal(lowest));
            continuing[x] = false;
            exclusionOrder << x;
            result.outcomes[x].status = CandidateStatus::Excluded;
            result.outcomes[x].votes = votes.at(x);
            result.outcomes[x].decidedInRound = next.number;
            piles.transfer(x, continuing, [&](quint32 b, int to) {
                const qint64 amount = qint64(piles.weight(b)) * piles.value(b);
                if (to < 0)
                    exhausted += amount;
                else
                    votes[to] += amount;
            });
            votes[x] = 0;
        }
        next.votes = votes;
        next.transfers.resize(n);
        for (int c = 0; c < n; ++c)
            next.transfers[c] = votes.at(c) - before.at(c);
        next.exhausted = exhausted;
        next.lost = lost;
        round = next;
    }

    // Ranks: the elected in order of election, then the candidates still continuing by votes, then
    // the excluded, the last excluded first.
    int rank = int(result.elected.size()) + 1;
    for (int c : result.elected)
        result.outcomes[c].votes = votes.at(c);
    QVector<int> rest;
    for (int c = 0; c < n; ++c) {
        if (continuing.at(c))
            rest << c;
    }
    std::stable_sort(rest.begin(), rest.end(), [&](int a, int b) { return votes.at(a) > votes.at(b); });
    for (int i = 0; i < rest.size(); ++i) {
        const int c = rest.at(i);
        result.outcomes[c].votes = votes.at(c);
        result.outcomes[c].rank =
            (i > 0 && votes.at(rest.at(i - 1)) == votes.at(c)) ? result.outcomes[rest.at(i - 1)].rank : rank + i;
    }
    rank += int(rest.size());
    for (int i = int(exclusionOrder.size()) - 1; i >= 0; --i)
        result.outcomes[exclusionOrder.at(i)].rank = rank++;
    return result;
}

} // namespace Elect::Tally
