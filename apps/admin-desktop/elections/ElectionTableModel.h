#pragma once

#include "core/domain/Types.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QTimeZone>

namespace Elect {

/// Elections as a table: title, status (the phase now), counting method, start and end. Times are in each
/// election's organization's time zone (setTimeZones), named in the cell's tooltip.
class ElectionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Status, Counting, Starts, Ends, ColumnCount };

    explicit ElectionTableModel(QObject* parent = nullptr);

    /// Replaces the rows; \a now decides each election's phase.
    void setElections(QList<Election> elections, QDateTime now);
    const QList<Election>& elections() const { return m_elections; }
    /// The IANA time zone of each organization by id (OrganizationSettingsRepository::timeZones); call before
    /// setElections(). An election whose organization has none here is shown in UTC.
    void setTimeZones(const QHash<qint64, QString>& zones);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Election> m_elections;
    QDateTime m_now;
    QHash<qint64, QTimeZone> m_zones;
};

} // namespace Elect
