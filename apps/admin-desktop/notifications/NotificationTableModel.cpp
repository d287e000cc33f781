#include "notifications/NotificationTableModel.h"

#include "shell/Formatting.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QStyle>

namespace Elect {

NotificationTableModel::NotificationTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void NotificationTableModel::setNotifications(QList<Notification> notifications)
{
    beginResetModel();
    m_notifications = std::move(notifications);
    endResetModel();
}

int NotificationTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_notifications.size(); ++row)
        if (m_notifications.at(row).id == id)
            return row;
    return -1;
}

QString NotificationTableModel::titleOf(const Notification& n)
{
    static const QHash<QString, const char*> titles{
        {QStringLiteral("election_published"), QT_TR_NOOP("Election published")},
        {QStringLiteral("election_started"), QT_TR_NOOP("Election started")},
        {QStringLiteral("election_ended"), QT_TR_NOOP("Election ended")},
        {QStringLiteral("election_tallied"), QT_TR_NOOP("Results counted")},
        {QStringLiteral("election_cancelled"), QT_TR_NOOP("Election cancelled")},
        {QStringLiteral("wallet_topped_up"), QT_TR_NOOP("Wallet topped up")},
        {QStringLiteral("wallet_charged"), QT_TR_NOOP("Wallet charged")},
        {QStringLiteral("payment_failed"), QT_TR_NOOP("Payment failed")},
        {QStringLiteral("approval_requested"), QT_TR_NOOP("Approval requested")},
        {QStringLiteral("organization_accepted"), QT_TR_NOOP("Organization accepted")},
        {QStringLiteral("organization_rejected"), QT_TR_NOOP("Organization rejected")},
        {QStringLiteral("admin_created"), QT_TR_NOOP("Administrator added")},
        {QStringLiteral("kiosk_created"), QT_TR_NOOP("Kiosk added")},
    };
    if (n.type == QLatin1String("approval_decided"))
        return n.title == QLatin1String("Change approved") ? tr("Change approved") : tr("Change rejected");
    const auto it = titles.constFind(n.type);
    return it == titles.cend() ? n.title : tr(it.value());
}

QString NotificationTableModel::priorityName(Notification::Priority priority)
{
    switch (priority) {
    case Notification::Priority::Low:
        return tr("Low");
    case Notification::Priority::Normal:
        return tr("Normal");
    case Notification::Priority::High:
        return tr("High");
    case Notification::Priority::Urgent:
        return tr("Urgent");
    }
    return {};
}

QString NotificationTableModel::concernsOf(const Notification& n)
{
    if (n.electionId && !n.electionTitle.isEmpty())
        return tr("Election: %1").arg(n.electionTitle);
    if (n.candidateId && !n.candidateName.isEmpty())
        return tr("Candidate: %1").arg(n.candidateName);
    return {};
}

int NotificationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_notifications.size());
}

int NotificationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NotificationTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_notifications.size())
        return {};
    const Notification& n = m_notifications.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case State:
            return n.isRead() ? QString() : tr("New");
        case Priority:
            return priorityName(n.priority);
        case What:
            return n.message.isEmpty() ? titleOf(n) : tr("%1 — %2").arg(titleOf(n), n.message);
        case Concerns:
            return concernsOf(n);
        case Received:
            return shortDateTime(n.createdAt);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == What)
            return n.message;
        break;
    case Qt::DecorationRole:
        if (index.column() == Priority) {
            QStyle* style = QApplication::style();
            if (n.priority == Notification::Priority::Urgent)
                return style->standardIcon(QStyle::SP_MessageBoxCritical);
            if (n.priority == Notification::Priority::High)
                return style->standardIcon(QStyle::SP_MessageBoxWarning);
        }
        break;
    case Qt::FontRole:
        if (!n.isRead()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == Priority && n.priority == Notification::Priority::Urgent)
            return QBrush(QColor(0x8a, 0x1c, 0x1c));
        if (index.column() == State)
            return QBrush(QColor(0x1f, 0x3a, 0x5f));
        break;
    default:
        break;
    }
    return {};
}

QVariant NotificationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case State:
        return tr("Status");
    case Priority:
        return tr("Priority");
    case What:
        return tr("What happened");
    case Concerns:
        return tr("Concerns");
    case Received:
        return tr("Received");
    }
    return {};
}

} // namespace Elect
