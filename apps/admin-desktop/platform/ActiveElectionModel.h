#pragma once

#include "core/db/PlatformRepository.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace Elect {

/// Active elections across organizations as a table: organization, election, running or starting when,
/// turnout so far, kiosks online, and when voting ends.
class ActiveElectionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Organization, Election, State, Turnout, Kiosks, Ends, ColumnCount };

    explicit ActiveElectionModel(QObject* parent = nullptr);

    /// \a now decides running or scheduled.
    void setElections(QList<ActiveElection> elections, const QDateTime& now);
    const QList<ActiveElection>& elections() const { return m_elections; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "1,234 of 5,000 (24.7%)", in the locale's digits.
    static QString turnoutText(const ActiveElection& e);
    /// "2 of 3 online"
    static QString kiosksText(const ActiveElection& e);

private:
    QList<ActiveElection> m_elections;
    QDateTime m_now;
};

} // namespace Elect
