#pragma once

#include "core/db/NotificationRepository.h"

#include <QAbstractTableModel>

namespace Elect {

/// Notifications as a table: whether it is new, its priority (in words and with an icon, never by colour
/// alone), what happened, what it concerns (an election or a candidate) and when.
class NotificationTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { State, Priority, What, Concerns, Received, ColumnCount };

    explicit NotificationTableModel(QObject* parent = nullptr);

    void setNotifications(QList<Notification> notifications);
    const QList<Notification>& notifications() const { return m_notifications; }
    const Notification& notificationAt(int row) const { return m_notifications.at(row); }
    int rowOf(qint64 id) const;

    /// The translated title of a notification of \a type (the database's English title otherwise).
    static QString titleOf(const Notification& notification);
    static QString priorityName(Notification::Priority priority);
    /// "Election: Board 2027", "Candidate: Mona Adel", or "".
    static QString concernsOf(const Notification& notification);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Notification> m_notifications;
};

} // namespace Elect
