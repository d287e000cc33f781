#include "admins/AdminTableModel.h"

#include "shell/Formatting.h"

#include <QBrush>
#include <QColor>

namespace Elect {

AdminTableModel::AdminTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void AdminTableModel::setAdmins(QList<OrganizationAdmin> admins)
{
    beginResetModel();
    m_admins = std::move(admins);
    endResetModel();
}

int AdminTableModel::rowOf(qint64 userId) const
{
    for (int row = 0; row < m_admins.size(); ++row)
        if (m_admins.at(row).userId == userId)
            return row;
    return -1;
}

QString AdminTableModel::statusText(const OrganizationAdmin& admin)
{
    if (!admin.active)
        return tr("Disabled");
    if (!admin.emailVerifiedAt.isValid())
        return tr("Waiting for email verification");
    return tr("Active");
}

int AdminTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_admins.size());
}

int AdminTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AdminTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_admins.size())
        return {};
    const OrganizationAdmin& a = m_admins.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return tr("%1 %2").arg(a.firstName, a.lastName);
        case Email:
            return a.email;
        case Status:
            return statusText(a);
        case Added:
            return shortDateTime(a.createdAt);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Status && (!a.active || !a.emailVerifiedAt.isValid()))
        return QBrush(QColor(a.active ? 0x8a5a00 : 0x8b1e1e));
    if (role == Qt::UserRole)
        return a.userId;
    return {};
}

QVariant AdminTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case Status:
        return tr("Status");
    case Added:
        return tr("Added");
    default:
        return {};
    }
}

} // namespace Elect
