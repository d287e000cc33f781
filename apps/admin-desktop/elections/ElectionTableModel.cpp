#include "elections/ElectionTableModel.h"

#include "shell/Formatting.h"

#include <QLocale>

namespace Elect {

ElectionTableModel::ElectionTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ElectionTableModel::setElections(QList<Election> elections, QDateTime now)
{
    beginResetModel();
    m_elections = std::move(elections);
    m_now = std::move(now);
    endResetModel();
}

void ElectionTableModel::setTimeZones(const QHash<qint64, QString>& zones)
{
    m_zones.clear();
    for (auto it = zones.cbegin(); it != zones.cend(); ++it)
        m_zones.insert(it.key(), QTimeZone(it.value().toUtf8()));
}

int ElectionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_elections.size());
}

int ElectionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ElectionTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Election& e = m_elections.at(index.row());
    // The organization's zone, never the computer's: the workspace and the form show the same times.
    const QTimeZone zone = m_zones.value(e.organizationId, QTimeZone::utc());
    const auto when = [&zone](const QDateTime& t) { return t.isValid() ? shortDateTime(t, zone) : QString(); };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title:
            return e.title;
        case Status:
            return toString(e.phase(m_now));
        case Counting:
            return toString(e.countingMethod);
        case Starts:
            return when(e.startsAt);
        case Ends:
            return when(e.endsAt);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Title)
            return tr("%1 — %2, %n seat(s)", nullptr, e.seats).arg(e.title, toString(e.type));
        if (index.column() == Starts || index.column() == Ends)
            return tr("In the organization's time zone, %1").arg(QString::fromUtf8(zone.id()));
        break;
    case Qt::UserRole:
        return e.id;
    }
    return {};
}

QVariant ElectionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Title");
    case Status:
        return tr("Status");
    case Counting:
        return tr("Counting method");
    case Starts:
        return tr("Starts");
    case Ends:
        return tr("Ends");
    }
    return {};
}

} // namespace Elect
