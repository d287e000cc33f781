#pragma once

#include "shell/ListPage.h"

class QPushButton;

namespace Elect {

class AdminTableModel;
class NewAdminDialog;
struct OrganizationAdmin;

/// The organization's admins. The owner adds (invites), disables, enables and removes them; an organization
/// admin sees the list read-only, with the reason. The database decides either way: the buttons only
/// spare a person a refusal.
class AdminsPage : public ListPage
{
    Q_OBJECT

public:
    /// \a canManage: the signed-in person is the organization's owner.
    AdminsPage(Connection& connection, bool canManage, QWidget* parent = nullptr);

    AdminTableModel* model() const { return m_model; }
    /// The invitation dialog on show, or null.
    NewAdminDialog* newAdminDialog() const { return m_dialog; }

public Q_SLOTS:
    void reload() override;
    void addAdmin();

private:
    const OrganizationAdmin* selected() const;
    void updateButtons() override;
    void toggleSelected();
    void removeSelectedAfterAsking();
    void remove(qint64 userId, const QString& name);

    bool m_canManage;
    AdminTableModel* m_model;
    QPushButton* m_add;
    QPushButton* m_toggle;
    QPushButton* m_remove;
    QPushButton* m_refresh;
    NewAdminDialog* m_dialog = nullptr;
};

} // namespace Elect
