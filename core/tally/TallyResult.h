#pragma once

#include "core/tally/Contest.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Elect::Tally {

enum class CandidateStatus {
    Elected,
    NotElected, ///< still continuing (or never in the running) when the count ended
    Excluded,   ///< excluded during a ranked count
    Withdrawn,  ///< withdrawn before the count; never receives votes
};

/// One candidate's place at the end of the count.
struct CandidateOutcome
{
    int candidate = -1;
    CandidateStatus status = CandidateStatus::NotElected;
    /// 1 for the first elected; equal counts that no rule separated share a rank (1, 2, 2, 4).
    int rank = 0;
    /// Votes at the end of the count, in units of 1/valueScale; for an excluded candidate, the votes
    /// held at the moment of exclusion.
    qint64 votes = 0;
    int decidedInRound = 0; ///< round in which the candidate was elected or excluded (0: not decided)
};

enum class RoundKind {
    Count, ///< block, approval, referendum: the single count
    FirstPreferences,
    SurplusTransfer, ///< `subject`'s surplus is transferred
    Exclusion,       ///< `subject` (or, for IRV zero-vote candidates, `excluded`) is excluded
    LastVacancies,   ///< continuing candidates equal the vacancies and are deemed elected
};

/// One round (stage) of a count. Every vote figure is in units of 1/TallyResult::valueScale.
struct Round
{
    int number = 0;
    RoundKind kind = RoundKind::Count;
    int subject = -1;          ///< whose surplus or exclusion this round deals with
    QVector<qint64> votes;     ///< each candidate's votes at the end of the round
    QVector<qint64> transfers; ///< change of each candidate's votes during the round
    qint64 exhausted = 0;      ///< non-transferable votes set aside so far (cumulative)
    qint64 lost = 0;           ///< value lost to truncation of transfer values so far (cumulative)
    qint64 transferValue = 0;  ///< STV surplus: transfer value of a paper worth one, per valueScale
    QVector<int> elected;      ///< in order of election
    QVector<int> excluded;
    QStringList notes; ///< why: the rule applied and every tie decided, translated
};

struct ReferendumOutcome
{
    qint64 yes = 0;
    qint64 no = 0;
    qint64 abstain = 0;
    qint64 turnout = 0; ///< every ballot cast, valid or not
    bool quorumMet = true;
    bool majorityMet = false;
    bool passed = false;
};

/// The result of one count.
struct TallyResult
{
    CountingMethod method = CountingMethod::Block;
    QString title;
    QString constituency;
    QStringList candidates;
    int seats = 0;
    qint64 valueScale = 1; ///< vote figures are integers in units of 1/valueScale (STV: 100000)
    qint64 quota = 0;      ///< STV: the Droop quota in whole votes; 0 for methods without one
    qint64 totalBallots = 0;
    qint64 validBallots = 0;
    qint64 invalidBallots = 0;
    quint64 seed = 0;                   ///< seed of the lot, so a recount reproduces every draw
    QString tieBreakRule;               ///< the declared tie-break rule of the method, translated
    QVector<int> elected;               ///< in order of election
    QVector<CandidateOutcome> outcomes; ///< one per candidate, in candidate order
    QVector<Round> rounds;
    QStringList notes;
    std::optional<ReferendumOutcome> referendum;
};

} // namespace Elect::Tally
