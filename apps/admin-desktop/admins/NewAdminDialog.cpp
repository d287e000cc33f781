#include "admins/NewAdminDialog.h"

#include "core/db/StaffRepository.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Elect {

NewAdminDialog::NewAdminDialog(Connection& connection, QWidget* parent)
    : FormDialog(connection, QStringLiteral("newAdminDialog"), tr("Add an administrator"), 520,
                 tr("Administrators prepare elections, candidates and voters with you. They cannot add "
                    "other administrators or kiosks."),
                 parent),
      m_first(new QLineEdit(this)), m_last(new QLineEdit(this)), m_email(new QLineEdit(this))
{
    m_first->setObjectName(QStringLiteral("firstNameEdit"));
    m_last->setObjectName(QStringLiteral("lastNameEdit"));
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setPlaceholderText(tr("name@example.org"));
    m_first->setMaxLength(100);
    m_last->setMaxLength(100);
    m_email->setMaxLength(254);
    for (QLineEdit* edit : {m_first, m_last, m_email})
        connect(edit, &QLineEdit::textChanged, this, &NewAdminDialog::updateButton);

    form()->addRow(tr("&First name"), m_first);
    form()->addRow(tr("&Last name"), m_last);
    form()->addRow(tr("&Email"), m_email);

    auto* how = new QLabel(tr("They get an email to verify their address. Then they choose their own password with "
                              "“Forgot password” on the sign-in window, using the code from a second email. You "
                              "never see or set their password."),
                           this);
    how->setObjectName(QStringLiteral("passwordExplanation"));
    how->setWordWrap(true);
    how->setStyleSheet(QStringLiteral("color: #5b6675;"));
    addBelowForm(how);

    QPushButton* invite =
        setUpButtons(tr("Send invitation"), QStringLiteral("inviteButton"), QStringLiteral("newAdminMessage"));
    connect(invite, &QPushButton::clicked, this, &NewAdminDialog::invite);
    updateButton();
}

bool NewAdminDialog::isComplete() const
{
    return !m_first->text().trimmed().isEmpty() && !m_last->text().trimmed().isEmpty() &&
           !m_email->text().trimmed().isEmpty();
}

void NewAdminDialog::invite()
{
    if (!canSubmit())
        return;
    const QString first = m_first->text().trimmed();
    const QString last = m_last->text().trimmed();
    const QString email = m_email->text().trimmed();
    submit(
        tr("Sending the invitation…"),
        [=](Database& db) { return StaffRepository(db).inviteAdmin(email, first, last); },
        [this, first, last, email](qint64 id) { Q_EMIT invited(id, tr("%1 %2").arg(first, last), email); });
}

} // namespace Elect
