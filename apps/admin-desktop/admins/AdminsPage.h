#pragma once

#include <QWidget>

class QLabel;
class QMessageBox;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Elect {

class AdminTableModel;
class Connection;
class MessageBanner;
class NewAdminDialog;
struct OrganizationAdmin;

/// The organization's admins. The owner adds (invites), disables, enables and removes them; an organization
/// admin sees the list read-only, with the reason. The database decides either way: the buttons only
/// spare a person a refusal.
class AdminsPage : public QWidget
{
    Q_OBJECT

public:
    /// \a canManage: the signed-in person is the organization's owner.
    AdminsPage(Connection& connection, bool canManage, QWidget* parent = nullptr);

    AdminTableModel* model() const { return m_model; }
    bool isBusy() const { return m_busy; }
    /// The invitation dialog on show, or null.
    NewAdminDialog* newAdminDialog() const { return m_dialog; }
    /// The "remove?" question on show, or null.
    QMessageBox* confirmation() const { return m_confirm; }

public Q_SLOTS:
    void reload();
    void addAdmin();

Q_SIGNALS:
    void loaded();

private:
    const OrganizationAdmin* selected() const;
    void setBusy(bool busy);
    void updateButtons();
    void toggleSelected();
    void removeSelectedAfterAsking();
    void remove(qint64 userId, const QString& name);

    Connection& m_connection;
    bool m_canManage;
    AdminTableModel* m_model;
    QTableView* m_table;
    QLabel* m_empty;
    QStackedWidget* m_stack;
    MessageBanner* m_banner;
    QPushButton* m_add;
    QPushButton* m_toggle;
    QPushButton* m_remove;
    QPushButton* m_refresh;
    NewAdminDialog* m_dialog = nullptr;
    QMessageBox* m_confirm = nullptr;
    bool m_busy = false;
};

} // namespace Elect
