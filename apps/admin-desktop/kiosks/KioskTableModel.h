#pragma once

#include "core/db/StaffRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace Elect {

/// An organization's kiosks as a table: name, polling station, enabled or not, and when they were added.
class KioskTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, PollingStation, Status, Added, ColumnCount };

    explicit KioskTableModel(QObject* parent = nullptr);

    void setKiosks(QList<Kiosk> kiosks);
    const QList<Kiosk>& kiosks() const { return m_kiosks; }
    /// The row of the kiosk named \a name, or -1.
    int rowOf(const QString& name) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Kiosk> m_kiosks;
};

} // namespace Elect
