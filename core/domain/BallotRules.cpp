#include "core/domain/BallotRules.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace Elect {

BallotRules::BallotRules(CountingMethod method, int votesPerVoter, QList<qint64> eligible)
    : m_method(method), m_votesPerVoter(std::max(1, votesPerVoter)), m_eligible(std::move(eligible))
{}

QString BallotRules::keyOf(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return QStringLiteral("none");
    case Problem::TooFew:
        return QStringLiteral("too_few");
    case Problem::TooMany:
        return QStringLiteral("too_many");
    case Problem::Repeated:
        return QStringLiteral("repeated");
    case Problem::NotEligible:
        return QStringLiteral("not_eligible");
    }
    return {};
}

BallotRules BallotRules::forElection(const Election& election, QList<qint64> eligible)
{
    return BallotRules(election.countingMethod, election.votesPerVoter, std::move(eligible));
}

bool BallotRules::isRanked() const
{
    return m_method == CountingMethod::Irv || m_method == CountingMethod::Stv;
}

int BallotRules::minimumChoices() const
{
    if (m_method == CountingMethod::Block)
        return maximumChoices();
    return m_eligible.isEmpty() ? 0 : 1;
}

int BallotRules::maximumChoices() const
{
    const int available = int(m_eligible.size());
    switch (m_method) {
    case CountingMethod::Block:
    case CountingMethod::Approval:
        return std::min(m_votesPerVoter, available);
    case CountingMethod::Irv:
    case CountingMethod::Stv:
        return available;
    case CountingMethod::Referendum:
        return std::min(1, available);
    }
    return 0;
}

BallotRules::Problem BallotRules::problem(const QList<qint64>& selections) const
{
    const QSet<qint64> eligible(m_eligible.cbegin(), m_eligible.cend());
    QSet<qint64> seen;
    for (qint64 id : selections) {
        if (!eligible.contains(id))
            return Problem::NotEligible;
        if (seen.contains(id))
            return Problem::Repeated;
        seen.insert(id);
    }
    if (selections.size() > maximumChoices())
        return Problem::TooMany;
    if (selections.size() < minimumChoices() || selections.isEmpty())
        return Problem::TooFew;
    return Problem::None;
}

Status BallotRules::check(const QList<qint64>& selections) const
{
    switch (problem(selections)) {
    case Problem::None:
        return success();
    case Problem::NotEligible:
        return Status::failure(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("Elect::BallotRules",
                                        "This ballot names a candidate you cannot vote for. Start the ballot again."));
    case Problem::Repeated:
        return Status::failure(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("Elect::BallotRules",
                                        "A candidate is chosen twice. Remove one of the two choices."));
    case Problem::TooMany:
        return Status::failure(ErrorCode::InvalidInput,
                               QCoreApplication::translate("Elect::BallotRules",
                                                           "You may choose at most %n candidate(s). Remove a choice.",
                                                           nullptr, maximumChoices()));
    case Problem::TooFew:
        if (minimumChoices() == maximumChoices())
            return Status::failure(ErrorCode::InvalidInput,
                                   QCoreApplication::translate(
                                       "Elect::BallotRules", "Choose exactly %n candidate(s), then review your ballot.",
                                       nullptr, maximumChoices()));
        return Status::failure(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("Elect::BallotRules", "Choose at least one, then review your ballot."));
    }
    return Status::failure(ErrorCode::Internal, QString());
}

bool BallotRules::canAdd(const QList<qint64>& selections, qint64 candidate) const
{
    return m_eligible.contains(candidate) && !selections.contains(candidate) && selections.size() < maximumChoices();
}

int BallotRules::stillNeeded(const QList<qint64>& selections) const
{
    return std::max(0, std::max(minimumChoices(), 1) - int(selections.size()));
}

} // namespace Elect
