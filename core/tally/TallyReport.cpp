#include "core/tally/TallyReport.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace Elect::Tally {

namespace {

QString statusName(CandidateStatus status)
{
    switch (status) {
    case CandidateStatus::Elected:
        return QStringLiteral("elected");
    case CandidateStatus::NotElected:
        return QStringLiteral("not-elected");
    case CandidateStatus::Excluded:
        return QStringLiteral("excluded");
    case CandidateStatus::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return QString();
}

QString statusText(CandidateStatus status)
{
    switch (status) {
    case CandidateStatus::Elected:
        return QCoreApplication::translate("Elect::Tally", "elected");
    case CandidateStatus::NotElected:
        return QCoreApplication::translate("Elect::Tally", "not elected");
    case CandidateStatus::Excluded:
        return QCoreApplication::translate("Elect::Tally", "excluded");
    case CandidateStatus::Withdrawn:
        return QCoreApplication::translate("Elect::Tally", "withdrawn");
    }
    return QString();
}

QString kindName(RoundKind kind)
{
    switch (kind) {
    case RoundKind::Count:
        return QStringLiteral("count");
    case RoundKind::FirstPreferences:
        return QStringLiteral("first-preferences");
    case RoundKind::SurplusTransfer:
        return QStringLiteral("surplus");
    case RoundKind::Exclusion:
        return QStringLiteral("exclusion");
    case RoundKind::LastVacancies:
        return QStringLiteral("last-vacancies");
    }
    return QString();
}

double number(qint64 value, qint64 scale)
{
    return scale == 1 ? double(value) : double(value) / double(scale);
}

QJsonArray names(const TallyResult& result, const QVector<int>& candidates)
{
    QJsonArray out;
    for (int c : candidates)
        out.append(result.candidates.value(c));
    return out;
}

QString pad(const QString& text, int width, bool right)
{
    return right ? text.rightJustified(width) : text.leftJustified(width);
}

} // namespace

QString TallyReport::votes(qint64 value, qint64 scale)
{
    if (scale == 1)
        return QString::number(value);
    int digits = 0;
    for (qint64 s = scale; s > 1; s /= 10)
        ++digits;
    const QString sign = value < 0 ? QStringLiteral("-") : QString();
    const qint64 v = value < 0 ? -value : value;
    return QStringLiteral("%1%2.%3").arg(sign).arg(v / scale).arg(v % scale, digits, 10, QLatin1Char('0'));
}

QString TallyReport::roundTitle(const TallyResult& result, const Round& round)
{
    const QString subject = result.candidates.value(round.subject);
    switch (round.kind) {
    case RoundKind::Count:
        return QCoreApplication::translate("Elect::Tally", "Count");
    case RoundKind::FirstPreferences:
        return QCoreApplication::translate("Elect::Tally", "First preferences");
    case RoundKind::SurplusTransfer:
        return QCoreApplication::translate("Elect::Tally", "Surplus of %1 (transfer value %2)")
            .arg(subject, votes(round.transferValue, result.valueScale));
    case RoundKind::Exclusion: {
        QStringList who;
        for (int c : round.excluded)
            who << result.candidates.value(c);
        return QCoreApplication::translate("Elect::Tally", "Exclusion of %1").arg(who.join(QStringLiteral(", ")));
    }
    case RoundKind::LastVacancies:
        return QCoreApplication::translate("Elect::Tally", "Last vacancies filled");
    }
    return QString();
}

namespace {

QJsonArray candidatesJson(const TallyResult& result)
{
    QJsonArray candidates;
    for (const CandidateOutcome& c : result.outcomes) {
        QJsonObject co;
        co.insert(QStringLiteral("name"), result.candidates.value(c.candidate));
        co.insert(QStringLiteral("status"), statusName(c.status));
        co.insert(QStringLiteral("rank"), c.rank);
        co.insert(QStringLiteral("votes"), number(c.votes, result.valueScale));
        co.insert(QStringLiteral("decidedInRound"), c.decidedInRound);
        candidates.append(co);
    }
    return candidates;
}

QJsonObject roundJson(const TallyResult& result, const Round& r)
{
    QJsonObject ro;
    ro.insert(QStringLiteral("number"), r.number);
    ro.insert(QStringLiteral("kind"), kindName(r.kind));
    ro.insert(QStringLiteral("description"), TallyReport::roundTitle(result, r));
    if (r.subject >= 0)
        ro.insert(QStringLiteral("subject"), result.candidates.value(r.subject));
    QJsonObject votesObject;
    QJsonObject transfers;
    for (int c = 0; c < r.votes.size(); ++c) {
        votesObject.insert(result.candidates.value(c), number(r.votes.at(c), result.valueScale));
        transfers.insert(result.candidates.value(c), number(r.transfers.value(c), result.valueScale));
    }
    ro.insert(QStringLiteral("votes"), votesObject);
    ro.insert(QStringLiteral("transfers"), transfers);
    ro.insert(QStringLiteral("exhausted"), number(r.exhausted, result.valueScale));
    ro.insert(QStringLiteral("lostToRounding"), number(r.lost, result.valueScale));
    if (r.kind == RoundKind::SurplusTransfer)
        ro.insert(QStringLiteral("transferValue"), number(r.transferValue, result.valueScale));
    ro.insert(QStringLiteral("elected"), names(result, r.elected));
    ro.insert(QStringLiteral("excluded"), names(result, r.excluded));
    ro.insert(QStringLiteral("notes"), QJsonArray::fromStringList(r.notes));
    return ro;
}

QJsonObject referendumJson(const ReferendumOutcome& ref)
{
    QJsonObject ro;
    ro.insert(QStringLiteral("yes"), double(ref.yes));
    ro.insert(QStringLiteral("no"), double(ref.no));
    ro.insert(QStringLiteral("abstain"), double(ref.abstain));
    ro.insert(QStringLiteral("turnout"), double(ref.turnout));
    ro.insert(QStringLiteral("quorumMet"), ref.quorumMet);
    ro.insert(QStringLiteral("majorityMet"), ref.majorityMet);
    ro.insert(QStringLiteral("passed"), ref.passed);
    return ro;
}

} // namespace

QJsonObject TallyReport::toJson(const TallyResult& result)
{
    QJsonObject o;
    o.insert(QStringLiteral("method"), keyOf(result.method));
    o.insert(QStringLiteral("title"), result.title);
    o.insert(QStringLiteral("constituency"), result.constituency);
    o.insert(QStringLiteral("seats"), result.seats);
    o.insert(QStringLiteral("quota"), double(result.quota));
    o.insert(QStringLiteral("totalBallots"), double(result.totalBallots));
    o.insert(QStringLiteral("validBallots"), double(result.validBallots));
    o.insert(QStringLiteral("invalidBallots"), double(result.invalidBallots));
    o.insert(QStringLiteral("seed"), QString::number(result.seed));
    o.insert(QStringLiteral("tieBreakRule"), result.tieBreakRule);
    o.insert(QStringLiteral("elected"), names(result, result.elected));
    o.insert(QStringLiteral("candidates"), candidatesJson(result));
    QJsonArray rounds;
    for (const Round& r : result.rounds) {
        rounds.append(roundJson(result, r));
    }
    o.insert(QStringLiteral("rounds"), rounds);
    o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(result.notes));
    if (result.referendum)
        o.insert(QStringLiteral("referendum"), referendumJson(*result.referendum));
    return o;
}

QJsonObject TallyReport::toJson(const QVector<TallyResult>& results)
{
    QJsonArray all;
    for (const TallyResult& r : results)
        all.append(toJson(r));
    QJsonObject o;
    o.insert(QStringLiteral("constituencies"), all);
    return o;
}

namespace {

// The heading, the figures, the elected and the result's notes.
QString summaryText(const TallyResult& result)
{
    QString out;
    const QString heading =
        result.constituency.isEmpty()
            ? result.title
            : (result.title.isEmpty() ? result.constituency
                                      : QStringLiteral("%1 - %2").arg(result.title, result.constituency));
    if (!heading.isEmpty())
        out += QStringLiteral("== %1 ==\n").arg(heading);
    out += QCoreApplication::translate("Elect::Tally", "Method: %1   Seats: %2   Ballots: %3 (valid %4, invalid %5)")
               .arg(keyOf(result.method))
               .arg(result.seats)
               .arg(result.totalBallots)
               .arg(result.validBallots)
               .arg(result.invalidBallots);
    if (result.quota > 0)
        out += QCoreApplication::translate("Elect::Tally", "   Quota: %1").arg(result.quota);
    out += QLatin1Char('\n');
    QStringList winners;
    for (int i = 0; i < result.elected.size(); ++i)
        winners << QStringLiteral("%1. %2").arg(i + 1).arg(result.candidates.value(result.elected.at(i)));
    out += QCoreApplication::translate("Elect::Tally", "Elected: %1\n")
               .arg(winners.isEmpty() ? QCoreApplication::translate("Elect::Tally", "nobody")
                                      : winners.join(QStringLiteral(", ")));
    if (result.referendum) {
        const ReferendumOutcome& ref = *result.referendum;
        out += QCoreApplication::translate("Elect::Tally", "Referendum: %1 (yes %2, no %3, abstain %4, turnout %5)\n")
                   .arg(ref.passed ? QCoreApplication::translate("Elect::Tally", "passed")
                                   : QCoreApplication::translate("Elect::Tally", "failed"))
                   .arg(ref.yes)
                   .arg(ref.no)
                   .arg(ref.abstain)
                   .arg(ref.turnout);
    }
    for (const QString& note : result.notes)
        out += QStringLiteral("  %1\n").arg(note);
    return out;
}

// One row per candidate, one column per round, then each round's notes.
QString roundTable(const TallyResult& result)
{
    QString out;
    int nameWidth = 16;
    for (const QString& name : result.candidates)
        nameWidth = std::max<int>(nameWidth, std::min<int>(40, name.size()));
    int cellWidth = 4;
    for (const Round& r : result.rounds) {
        for (qint64 v : r.votes)
            cellWidth = std::max<int>(cellWidth, TallyReport::votes(v, result.valueScale).size());
        cellWidth = std::max<int>(cellWidth, TallyReport::votes(r.exhausted, result.valueScale).size());
    }
    cellWidth += 1;
    if (!result.rounds.isEmpty()) {
        out += QCoreApplication::translate("Elect::Tally", "Rounds:\n");
        for (const Round& r : result.rounds)
            out += QStringLiteral("  %1  %2\n").arg(r.number, 3).arg(TallyReport::roundTitle(result, r));
        out += pad(QCoreApplication::translate("Elect::Tally", "Candidate"), nameWidth, false);
        for (const Round& r : result.rounds)
            out += pad(QString::number(r.number), cellWidth, true);
        out += QStringLiteral("  %1\n").arg(QCoreApplication::translate("Elect::Tally", "Result"));
        for (const CandidateOutcome& c : result.outcomes) {
            out += pad(result.candidates.value(c.candidate).left(40), nameWidth, false);
            for (const Round& r : result.rounds)
                out += pad(TallyReport::votes(r.votes.value(c.candidate), result.valueScale), cellWidth, true);
            out += QStringLiteral("  %1 (%2)\n").arg(statusText(c.status)).arg(c.rank);
        }
        const bool ranked = isRankedMethod(result.method);
        if (ranked) {
            out += pad(QCoreApplication::translate("Elect::Tally", "Non-transferable"), nameWidth, false);
            for (const Round& r : result.rounds)
                out += pad(TallyReport::votes(r.exhausted, result.valueScale), cellWidth, true);
            out += QLatin1Char('\n');
        }
        if (result.method == CountingMethod::Stv) {
            out += pad(QCoreApplication::translate("Elect::Tally", "Lost to rounding"), nameWidth, false);
            for (const Round& r : result.rounds)
                out += pad(TallyReport::votes(r.lost, result.valueScale), cellWidth, true);
            out += QLatin1Char('\n');
        }
        for (const Round& r : result.rounds) {
            for (const QString& note : r.notes)
                out += QStringLiteral("  [%1] %2\n").arg(r.number).arg(note);
        }
    }
    return out;
}

} // namespace

QString TallyReport::toText(const TallyResult& result)
{
    QString out = summaryText(result) + roundTable(result);
    out += QCoreApplication::translate("Elect::Tally", "Tie-break rule: %1\n").arg(result.tieBreakRule);
    out += QCoreApplication::translate("Elect::Tally", "Seed: %1\n").arg(result.seed);
    return out;
}

} // namespace Elect::Tally
