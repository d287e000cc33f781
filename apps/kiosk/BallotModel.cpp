#include "BallotModel.h"

#include <QLocale>

namespace Elect {

BallotModel::BallotModel(QObject* parent) : QAbstractListModel(parent) {}

void BallotModel::setBallot(const BallotRules& rules, QList<BallotCandidate> candidates, const QString& imageKey)
{
    beginResetModel();
    m_rules = rules;
    m_candidates = std::move(candidates);
    m_chosen.clear();
    m_imageKey = imageKey;
    endResetModel();
    Q_EMIT changed();
}

void BallotModel::clear()
{
    setBallot(BallotRules(CountingMethod::Block, 1, {}), {}, {});
}

QString BallotModel::nameOf(qint64 id) const
{
    for (const BallotCandidate& c : m_candidates)
        if (c.id == id)
            return c.name;
    return {};
}

bool BallotModel::toggle(qint64 candidateId)
{
    if (m_chosen.contains(candidateId)) {
        m_chosen.removeAll(candidateId);
    } else if (m_rules.canAdd(m_chosen, candidateId)) {
        m_chosen << candidateId;
    } else if (m_rules.maximumChoices() == 1 && m_rules.eligible().contains(candidateId)) {
        m_chosen = {candidateId};
    } else {
        return false;
    }
    if (!m_candidates.isEmpty())
        Q_EMIT dataChanged(index(0), index(count() - 1), {ChosenRole, RankRole, RankTextRole});
    Q_EMIT changed();
    return true;
}

QStringList BallotModel::chosenNames() const
{
    QStringList out;
    for (const qint64 id : m_chosen)
        out << nameOf(id);
    return out;
}

QString BallotModel::rankText(int rank)
{
    // One string per ordinal: no language forms them the same way (Arabic: الأول، الثاني...).
    switch (rank) {
    case 1:
        return tr("1st choice");
    case 2:
        return tr("2nd choice");
    case 3:
        return tr("3rd choice");
    case 4:
        return tr("4th choice");
    case 5:
        return tr("5th choice");
    case 6:
        return tr("6th choice");
    case 7:
        return tr("7th choice");
    case 8:
        return tr("8th choice");
    case 9:
        return tr("9th choice");
    case 10:
        return tr("10th choice");
    default:
        return rank > 0 ? tr("Choice %1").arg(QLocale().toString(rank)) : QString();
    }
}

int BallotModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant BallotModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BallotCandidate& c = m_candidates.at(index.row());
    const auto image = [&](const QByteArray& bytes, const char* kind) {
        return bytes.isEmpty() ? QString()
                               : QStringLiteral("image://kiosk/%1/%2/%3")
                                     .arg(m_imageKey, QLatin1String(kind), QString::number(c.id));
    };
    switch (role) {
    case IdRole:
        return c.id;
    case NameRole:
    case Qt::DisplayRole:
        return c.name;
    case PartyRole:
        return c.party;
    case SymbolNameRole:
        return c.symbolName;
    case PhotoRole:
        return image(c.photo, "photo");
    case SymbolRole:
        return image(c.symbol, "symbol");
    case ChosenRole:
        return m_chosen.contains(c.id);
    case RankRole:
        return int(m_chosen.indexOf(c.id)) + 1;
    case RankTextRole:
        return m_rules.isRanked() ? rankText(int(m_chosen.indexOf(c.id)) + 1) : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> BallotModel::roleNames() const
{
    return {{IdRole, "candidateId"},        {NameRole, "name"},   {PartyRole, "party"},
            {SymbolNameRole, "symbolName"}, {PhotoRole, "photo"}, {SymbolRole, "symbol"},
            {ChosenRole, "chosen"},         {RankRole, "rank"},   {RankTextRole, "rankText"}};
}

} // namespace Elect
