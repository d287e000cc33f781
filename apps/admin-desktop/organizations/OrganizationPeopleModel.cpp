#include "organizations/OrganizationPeopleModel.h"

#include <QBrush>
#include <QColor>

namespace Elect {

OrganizationPeopleModel::OrganizationPeopleModel(QObject* parent) : QAbstractTableModel(parent) {}

void OrganizationPeopleModel::setPeople(QList<OrganizationPerson> people)
{
    beginResetModel();
    m_people = std::move(people);
    endResetModel();
}

int OrganizationPeopleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int OrganizationPeopleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganizationPeopleModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrganizationPerson& p = m_people.at(index.row());
    if (role == Qt::UserRole)
        return p.id;
    if (role == Qt::ForegroundRole) {
        // What keeps a person out reads in red; the rest is plain.
        if ((index.column() == EmailVerified && !p.emailVerified) || (index.column() == Enabled && !p.enabled))
            return QBrush(QColor(0xa3, 0x2a, 0x2a));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return p.name;
    case Email:
        return p.email;
    case Role:
        return p.role == UserRole::OrganizationOwner ? tr("Owner") : tr("Administrator");
    case EmailVerified:
        return p.emailVerified ? tr("Verified") : tr("Not verified");
    case Enabled:
        return p.enabled ? tr("Enabled") : tr("Disabled");
    }
    return {};
}

QVariant OrganizationPeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case Role:
        return tr("Role");
    case EmailVerified:
        return tr("Email verified");
    case Enabled:
        return tr("Account");
    }
    return {};
}

} // namespace Elect
