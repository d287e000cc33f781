#pragma once

#include "core/db/PlatformRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace Elect {

/// The people who run one organization (its owner and organization admins) as a table.
class OrganizationPeopleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Email, Role, EmailVerified, Enabled, ColumnCount };

    explicit OrganizationPeopleModel(QObject* parent = nullptr);

    void setPeople(QList<OrganizationPerson> people);
    const QList<OrganizationPerson>& people() const { return m_people; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<OrganizationPerson> m_people;
};

} // namespace Elect
