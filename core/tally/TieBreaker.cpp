#include "core/tally/TieBreaker.h"

#include <QCoreApplication>

#include <algorithm>

namespace Elect::Tally {

TieBreaker::TieBreaker(quint64 seed, const QStringList& candidateNames)
    : m_seed(seed), m_random(seed), m_names(candidateNames)
{}

QString TieBreaker::names(const QVector<int>& candidates) const
{
    QStringList parts;
    for (int c : candidates)
        parts << m_names.value(c, QString::number(c + 1));
    return parts.join(QStringLiteral(", "));
}

int TieBreaker::drawLot(QVector<int> tied, const QString& purpose, QStringList& notes)
{
    Q_ASSERT(!tied.isEmpty());
    std::sort(tied.begin(), tied.end());
    const int chosen = tied.at(int(m_random.below(quint64(tied.size()))));
    notes << QCoreApplication::translate("Elect::Tally", "Tie between %1 (%2): decided by lot (seed %3): %4.")
                 .arg(names(tied), purpose, QString::number(m_seed), m_names.value(chosen));
    return chosen;
}

int TieBreaker::pick(QVector<int> tied, bool lowest, const QVector<QVector<qint64>>& history, const QString& purpose,
                     QStringList& notes)
{
    Q_ASSERT(!tied.isEmpty());
    if (tied.size() == 1)
        return tied.first();
    const QVector<int> original = tied;
    for (int r = int(history.size()) - 1; r >= 0 && tied.size() > 1; --r) {
        const QVector<qint64>& votes = history.at(r);
        qint64 best = votes.at(tied.first());
        for (int c : tied)
            best = lowest ? std::min(best, votes.at(c)) : std::max(best, votes.at(c));
        QVector<int> kept;
        for (int c : tied) {
            if (votes.at(c) == best)
                kept << c;
        }
        if (kept.size() < tied.size()) {
            tied = kept;
            if (tied.size() == 1) {
                notes << QCoreApplication::translate(
                             "Elect::Tally",
                             "Tie between %1 (%2): decided by the votes in round %3, where %4 had the %5.")
                             .arg(names(original), purpose, QString::number(r + 1), m_names.value(tied.first()),
                                  lowest ? QCoreApplication::translate("Elect::Tally", "fewest")
                                         : QCoreApplication::translate("Elect::Tally", "most"));
                return tied.first();
            }
        }
    }
    return drawLot(tied, purpose, notes);
}

QVector<int> TieBreaker::orderDescending(QVector<int> candidates, const QVector<qint64>& votes,
                                         const QVector<QVector<qint64>>& history, const QString& purpose,
                                         QStringList& notes)
{
    QVector<int> ordered;
    while (!candidates.isEmpty()) {
        qint64 best = votes.at(candidates.first());
        for (int c : candidates)
            best = std::max(best, votes.at(c));
        QVector<int> top;
        for (int c : candidates) {
            if (votes.at(c) == best)
                top << c;
        }
        const int chosen = pick(top, false, history, purpose, notes);
        ordered << chosen;
        candidates.removeOne(chosen);
    }
    return ordered;
}

} // namespace Elect::Tally
