#pragma once

#include "core/domain/Types.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Elect::Tally {

/// True for the methods whose ballots are preference orders (IRV and STV).
bool isRankedMethod(CountingMethod method);

/// A non-negative ratio such as 2/3, kept exact.
struct Fraction
{
    qint64 numerator = 0;
    qint64 denominator = 1;
};

/// The options a method reads. Each method ignores the fields that are not its own.
struct CountOptions
{
    int seats = 1;                ///< seats to fill (IRV and referendum ignore it)
    int votesPerVoter = 0;        ///< block: marks per ballot; 0 means "equal to seats"
    bool allowFewerVotes = false; ///< block: a ballot may mark fewer than votesPerVoter (at least one)
    int minApprovals = 0;         ///< approval: fewest marks a valid ballot carries
    int maxApprovals = 0;         ///< approval: most marks a valid ballot carries; 0 means no limit
    qint64 electorate = 0;        ///< referendum: registered voters, needed for a turnout quorum
    Fraction quorum{0, 1};        ///< referendum: turnout (ballots / electorate) needed; 0 means none
    Fraction majority{1, 2};      ///< referendum: share of yes among yes + no votes needed
    bool majorityStrict = true;   ///< referendum: yes share must exceed (true) or reach (false) `majority`
    std::optional<quint64> seed;  ///< seed of the lot; when empty a random seed is drawn and recorded
};

/// One count: the candidates of one constituency, the method and its options.
struct Contest
{
    QString title;
    QString constituency;    ///< empty for a simple election
    QStringList candidates;  ///< a ballot names candidates by their index in this list
    QVector<bool> withdrawn; ///< same length as candidates (or empty: nobody withdrawn)
    CountingMethod method = CountingMethod::Block;
    CountOptions options;

    bool isWithdrawn(int candidate) const { return candidate < withdrawn.size() && withdrawn.at(candidate); }
};

} // namespace Elect::Tally
