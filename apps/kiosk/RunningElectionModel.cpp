#include "RunningElectionModel.h"

namespace Elect {

RunningElectionModel::RunningElectionModel(QObject* parent) : QAbstractListModel(parent) {}

void RunningElectionModel::setElections(QList<Election> elections)
{
    const int before = count();
    beginResetModel();
    m_elections = std::move(elections);
    endResetModel();
    if (before != count())
        Q_EMIT countChanged();
}

QString RunningElectionModel::titleAt(int row) const
{
    return row >= 0 && row < count() ? m_elections.at(row).title : QString();
}

std::optional<Election> RunningElectionModel::election(qint64 id) const
{
    for (const Election& e : m_elections)
        if (e.id == id)
            return e;
    return std::nullopt;
}

int RunningElectionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant RunningElectionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Election& e = m_elections.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return e.title;
    case IdRole:
        return e.id;
    case TypeRole:
        return keyOf(e.type);
    case SeatsRole:
        return e.seats;
    case VotesPerVoterRole:
        return e.votesPerVoter;
    case StartsAtRole:
        return e.startsAt;
    case EndsAtRole:
        return e.endsAt;
    case CountingMethodRole:
        return keyOf(e.countingMethod);
    }
    return {};
}

QHash<int, QByteArray> RunningElectionModel::roleNames() const
{
    return {{IdRole, "electionId"},
            {TitleRole, "title"},
            {TypeRole, "electionType"},
            {SeatsRole, "seats"},
            {VotesPerVoterRole, "votesPerVoter"},
            {StartsAtRole, "startsAt"},
            {EndsAtRole, "endsAt"},
            {CountingMethodRole, "countingMethod"}};
}

} // namespace Elect
