#pragma once

#include "core/tally/TallyResult.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace Elect::Tally {

/// Turns results into what people and programs read: a plain-text round table and JSON.
class TallyReport
{
public:
    /// `value` in units of 1/scale as a decimal: "12" for scale 1, "12.50000" for scale 100000.
    static QString votes(qint64 value, qint64 scale);
    /// A short translated description of a round ("Surplus of Alice", "Exclusion of Bob").
    static QString roundTitle(const TallyResult& result, const Round& round);
    /// The full result: every field of TallyResult. The seed is a string (64-bit values do not
    /// survive JSON numbers); votes are numbers in whole votes (fractions for STV).
    static QJsonObject toJson(const TallyResult& result);
    /// {"constituencies": [ ... ]}, one toJson() object per result.
    static QJsonObject toJson(const QVector<TallyResult>& results);
    /// Winners, the round table (candidates as rows, rounds as columns) and the notes of each round.
    static QString toText(const TallyResult& result);
};

} // namespace Elect::Tally
