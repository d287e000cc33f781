#pragma once

#include "shell/FormDialog.h"

class QLineEdit;

namespace Elect {

/// Invites an organization admin: first name, last name and email. The owner never sees or sets the new
/// admin's password: the admin verifies the email and chooses it (docs/admin.md). Stays open,
/// saying what is wrong, when the database refuses.
class NewAdminDialog : public FormDialog
{
    Q_OBJECT

public:
    explicit NewAdminDialog(Connection& connection, QWidget* parent = nullptr);

Q_SIGNALS:
    /// The invitation went out; the dialog closes itself.
    void invited(qint64 userId, const QString& name, const QString& email);

private:
    bool isComplete() const override;
    void invite();

    QLineEdit* m_first;
    QLineEdit* m_last;
    QLineEdit* m_email;
};

} // namespace Elect
