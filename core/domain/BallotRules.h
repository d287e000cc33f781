#pragma once

#include "core/domain/Types.h"
#include "core/Result.h"

#include <QList>

namespace Elect {

/// What a ballot may hold in one election, for one voter: how many choices, whether their order
/// matters, and among which candidates. The kiosk asks it for instant feedback ("choose 2 more");
/// the database's cast function makes the same checks with authority (DESIGN.md, "one truth for
/// each rule"), and tests/data/ballot_rules_cases.json holds the cases both must agree on.
///
/// The rules per counting method:
/// - block: exactly N distinct eligible candidates, N = votes per voter (lowered to the number of
///   eligible candidates when fewer stand);
/// - approval: 1 to N distinct eligible candidates;
/// - irv, stv: a ranking of 1 to all eligible candidates, each at most once, first preference first;
/// - referendum: exactly one option.
/// A ballot is never blank: a voter who wants to abstain does not cast.
class BallotRules
{
public:
    /// Why a ballot cannot be cast as it is. None: it can.
    enum class Problem { None, TooFew, TooMany, Repeated, NotEligible };

    /// The key the database's cast function uses for the same problem ("too_few", "not_eligible", ...).
    static QString keyOf(Problem problem);

    /// \a eligible: the candidates (or referendum options) this voter may choose, by id.
    BallotRules(CountingMethod method, int votesPerVoter, QList<qint64> eligible);
    static BallotRules forElection(const Election& election, QList<qint64> eligible);

    CountingMethod method() const { return m_method; }
    /// Whether the order of the selections is a ranking (first preference first).
    bool isRanked() const;
    int minimumChoices() const;
    int maximumChoices() const;
    const QList<qint64>& eligible() const { return m_eligible; }

    /// The first problem of \a selections: an ineligible or repeated choice (in selection order), then too
    /// many, then too few; None when the ballot can be cast.
    Problem problem(const QList<qint64>& selections) const;
    /// success(), or an InvalidInput error whose translated message says what the voter should do.
    Status check(const QList<qint64>& selections) const;
    /// Whether \a candidate may be added to \a selections (eligible, not chosen yet, room left).
    bool canAdd(const QList<qint64>& selections, qint64 candidate) const;
    /// How many more choices \a selections needs before it can be cast (0 when complete).
    int stillNeeded(const QList<qint64>& selections) const;

private:
    CountingMethod m_method;
    int m_votesPerVoter;
    QList<qint64> m_eligible;
};

} // namespace Elect
