#include "kiosks/KioskTableModel.h"

#include "shell/Formatting.h"

#include <QBrush>
#include <QColor>

namespace Elect {

KioskTableModel::KioskTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void KioskTableModel::setKiosks(QList<Kiosk> kiosks)
{
    beginResetModel();
    m_kiosks = std::move(kiosks);
    endResetModel();
}

int KioskTableModel::rowOf(const QString& name) const
{
    for (int row = 0; row < m_kiosks.size(); ++row)
        if (m_kiosks.at(row).name == name)
            return row;
    return -1;
}

int KioskTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_kiosks.size());
}

int KioskTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KioskTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_kiosks.size())
        return {};
    const Kiosk& k = m_kiosks.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return k.name;
        case PollingStation:
            return k.pollingStation.isEmpty() ? tr("—") : k.pollingStation;
        case Status:
            return k.enabled ? tr("Enabled") : tr("Disabled");
        case Added:
            return shortDateTime(k.createdAt);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Status && !k.enabled)
        return QBrush(QColor(0x8b1e1e));
    if (role == Qt::UserRole)
        return k.id;
    return {};
}

QVariant KioskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Kiosk");
    case PollingStation:
        return tr("Polling station");
    case Status:
        return tr("Status");
    case Added:
        return tr("Added");
    default:
        return {};
    }
}

} // namespace Elect
