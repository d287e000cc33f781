#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Elect {

class Connection;
class MessageBanner;
class NotificationFeed;
class NotificationTableModel;

/// The signed-in person's notifications, newest first: new ones in bold and marked "New", priority in
/// words and icons, what each concerns. Open (double-click, Enter) marks it read (for this person only) and goes to its
/// election, its candidate or the approval requests; Mark read, Mark all read. New notifications appear as they are
/// written (NotificationFeed), and the number of unread ones is reported for the sidebar.
class NotificationsPage : public QWidget
{
    Q_OBJECT

public:
    explicit NotificationsPage(Connection& connection, QWidget* parent = nullptr);

    NotificationTableModel* model() const { return m_model; }
    NotificationFeed* feed() const { return m_feed; }
    bool isLoading() const { return m_loading; }
    int unreadCount() const { return m_unread; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loaded();
    void unreadCountChanged(int unread);
    /// Open election \a electionId (MainWindow::openElection).
    void electionActivated(qint64 electionId);
    /// Open candidate \a candidateId in election \a electionId's workspace (its Candidates tab).
    void candidateActivated(qint64 electionId, qint64 candidateId);
    /// Show the approval requests.
    void approvalsActivated();

private:
    int selectedRow() const;
    void updateButtons();
    void openSelected();
    void markSelectedRead();
    void markAllRead();
    void setUnread(int unread);

    Connection& m_connection;
    NotificationFeed* m_feed;
    NotificationTableModel* m_model;
    QTableView* m_table;
    QLabel* m_empty;
    QStackedWidget* m_stack;
    MessageBanner* m_banner;
    QPushButton* m_open;
    QPushButton* m_markRead;
    QPushButton* m_markAllRead;
    QPushButton* m_refresh;
    bool m_loading = false;
    bool m_reloadAgain = false;
    int m_unread = -1;
};

} // namespace Elect
