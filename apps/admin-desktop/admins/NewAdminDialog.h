#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace Elect {

class Connection;
class MessageBanner;

/// Invites an organization admin: first name, last name and email. The owner never sees or sets the new
/// admin's password: the admin verifies the email and chooses it (docs/admin-organization.md). Stays open,
/// saying what is wrong, when the database refuses.
class NewAdminDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewAdminDialog(Connection& connection, QWidget* parent = nullptr);

    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    /// The invitation went out; the dialog closes itself.
    void invited(qint64 userId, const QString& name, const QString& email);

private:
    void updateButton();
    void invite();

    Connection& m_connection;
    QLineEdit* m_first;
    QLineEdit* m_last;
    QLineEdit* m_email;
    MessageBanner* m_banner;
    QPushButton* m_invite;
    bool m_busy = false;
};

} // namespace Elect
