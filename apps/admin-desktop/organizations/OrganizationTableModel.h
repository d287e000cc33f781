#pragma once

#include "core/domain/Types.h"

#include <QAbstractTableModel>
#include <QList>

namespace Elect {

/// Organizations as a table: name, country, owner, email verified, registered, status.
class OrganizationTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Country, Owner, EmailVerified, Registered, Status, ColumnCount };

    explicit OrganizationTableModel(QObject* parent = nullptr);

    void setOrganizations(QList<Organization> organizations);
    const QList<Organization>& organizations() const { return m_organizations; }
    const Organization& organizationAt(int row) const { return m_organizations.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Organization> m_organizations;
};

} // namespace Elect
