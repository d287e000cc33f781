#include "organizations/OrganizationTableModel.h"

#include "shell/Formatting.h"

#include <QLocale>

namespace Elect {

OrganizationTableModel::OrganizationTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void OrganizationTableModel::setOrganizations(QList<Organization> organizations)
{
    beginResetModel();
    m_organizations = std::move(organizations);
    endResetModel();
}

int OrganizationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_organizations.size());
}

int OrganizationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganizationTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Organization& o = m_organizations.at(index.row());
    if (role == Qt::UserRole)
        return o.id;
    if (role == Qt::ToolTipRole && index.column() == Owner)
        return o.ownerEmail;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return o.name;
    case Country: {
        const auto territory = QLocale::codeToTerritory(o.country);
        return territory == QLocale::AnyTerritory ? o.country : QLocale::territoryToString(territory);
    }
    case Owner:
        // Isolated (FSI ... PDI), so that right to left the brackets stay around the address.
        return o.ownerEmail.isEmpty() ? o.ownerName
                                      : QChar(0x2068) + tr("%1 <%2>").arg(o.ownerName, o.ownerEmail) + QChar(0x2069);
    case EmailVerified:
        return o.emailVerified ? tr("Yes") : tr("Not yet");
    case Registered:
        return o.createdAt.isValid() ? shortDateTime(o.createdAt) : QString();
    case Status:
        return toString(o.status);
    }
    return {};
}

QVariant OrganizationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Organization");
    case Country:
        return tr("Country");
    case Owner:
        return tr("Owner");
    case EmailVerified:
        return tr("Email verified");
    case Registered:
        return tr("Registered");
    case Status:
        return tr("Status");
    }
    return {};
}

} // namespace Elect
