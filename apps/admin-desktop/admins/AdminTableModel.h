#pragma once

#include "core/db/StaffRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace Elect {

/// An organization's admins as a table: name, email, status (waiting for email verification, active,
/// disabled) and when they were added.
class AdminTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Email, Status, Added, ColumnCount };

    explicit AdminTableModel(QObject* parent = nullptr);

    void setAdmins(QList<OrganizationAdmin> admins);
    const QList<OrganizationAdmin>& admins() const { return m_admins; }
    /// The row of user \a userId, or -1.
    int rowOf(qint64 userId) const;
    static QString statusText(const OrganizationAdmin& admin);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<OrganizationAdmin> m_admins;
};

} // namespace Elect
