#include "platform/ActiveElectionModel.h"

#include "shell/Formatting.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace Elect {

ActiveElectionModel::ActiveElectionModel(QObject* parent) : QAbstractTableModel(parent) {}

void ActiveElectionModel::setElections(QList<ActiveElection> elections, const QDateTime& now)
{
    beginResetModel();
    m_elections = std::move(elections);
    m_now = now;
    endResetModel();
}

int ActiveElectionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_elections.size());
}

int ActiveElectionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActiveElectionModel::turnoutText(const ActiveElection& e)
{
    const QLocale locale;
    const auto percent = e.turnoutPercent();
    if (!percent)
        return tr("%1 voted (no voter list)").arg(locale.toString(e.voted));
    return tr("%1 of %2 (%3%)")
        .arg(locale.toString(e.voted), locale.toString(e.eligible), locale.toString(*percent, 'f', 1));
}

QString ActiveElectionModel::kiosksText(const ActiveElection& e)
{
    const QLocale locale;
    if (e.kiosksEnabled == 0)
        return tr("No kiosk");
    return tr("%1 of %2 online").arg(locale.toString(e.kiosksOnline), locale.toString(e.kiosksEnabled));
}

QVariant ActiveElectionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActiveElection& e = m_elections.at(index.row());
    const bool running = e.isRunning(m_now);
    if (role == Qt::UserRole)
        return e.electionId;
    if (role == Qt::TextAlignmentRole && (index.column() == Turnout || index.column() == Kiosks))
        return int(Qt::AlignTrailing | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole) {
        if (index.column() == State)
            return running ? QBrush(QColor(0x1b, 0x5e, 0x20)) : QBrush(QColor(0x5b, 0x66, 0x75));
        // A running election with kiosks of which none is online: someone should look.
        if (index.column() == Kiosks && running && e.kiosksEnabled > 0 && e.kiosksOnline == 0)
            return QBrush(QColor(0xa3, 0x2a, 0x2a));
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == Kiosks)
        return tr("A kiosk is online while it holds a connection to the server. A working kiosk checks in every "
                  "10 seconds; one that stopped drops off at once, or within 5 minutes at the latest.");
    if (role == Qt::ToolTipRole && index.column() == Election)
        return tr("Double-click, or press Enter, to open the election.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Organization:
        return e.organizationName;
    case Election:
        return e.title;
    case State:
        return running ? tr("Running") : tr("Starts %1").arg(shortDateTime(e.startsAt));
    case Turnout:
        if (running || e.voted > 0)
            return turnoutText(e);
        return e.eligible > 0 ? tr("%1 voters").arg(QLocale().toString(e.eligible)) : tr("No voter list yet");
    case Kiosks:
        return kiosksText(e);
    case Ends:
        return shortDateTime(e.endsAt);
    }
    return {};
}

QVariant ActiveElectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Organization:
        return tr("Organization");
    case Election:
        return tr("Election");
    case State:
        return tr("State");
    case Turnout:
        return tr("Turnout so far");
    case Kiosks:
        return tr("Kiosks");
    case Ends:
        return tr("Voting ends");
    }
    return {};
}

} // namespace Elect
