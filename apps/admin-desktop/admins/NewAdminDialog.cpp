#include "admins/NewAdminDialog.h"

#include "core/connection/Connection.h"
#include "core/connection/WhenReady.h"
#include "core/db/StaffRepository.h"
#include "shell/MessageBanner.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Elect {

NewAdminDialog::NewAdminDialog(Connection& connection, QWidget* parent)
    : QDialog(parent), m_connection(connection), m_first(new QLineEdit(this)), m_last(new QLineEdit(this)),
      m_email(new QLineEdit(this)), m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("newAdminDialog"));
    setWindowTitle(tr("Add an administrator"));
    setMinimumWidth(520);

    auto* intro = new QLabel(tr("Administrators prepare elections, candidates and voters with you. They cannot add "
                                "other administrators or kiosks."),
                             this);
    intro->setWordWrap(true);

    m_first->setObjectName(QStringLiteral("firstNameEdit"));
    m_last->setObjectName(QStringLiteral("lastNameEdit"));
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setPlaceholderText(tr("name@example.org"));
    m_first->setMaxLength(100);
    m_last->setMaxLength(100);
    m_email->setMaxLength(254);
    for (QLineEdit* edit : {m_first, m_last, m_email})
        connect(edit, &QLineEdit::textChanged, this, &NewAdminDialog::updateButton);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&First name"), m_first);
    form->addRow(tr("&Last name"), m_last);
    form->addRow(tr("&Email"), m_email);

    auto* how = new QLabel(tr("They get an email to verify their address. Then they choose their own password with "
                              "“Forgot password” on the sign-in window, using the code from a second email. You "
                              "never see or set their password."),
                           this);
    how->setObjectName(QStringLiteral("passwordExplanation"));
    how->setWordWrap(true);
    how->setStyleSheet(QStringLiteral("color: #5b6675;"));

    m_banner->setObjectName(QStringLiteral("newAdminMessage"));

    auto* buttons = new QDialogButtonBox(this);
    m_invite = buttons->addButton(tr("Send invitation"), QDialogButtonBox::AcceptRole);
    m_invite->setObjectName(QStringLiteral("inviteButton"));
    m_invite->setDefault(true);
    auto* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_invite, &QPushButton::clicked, this, &NewAdminDialog::invite);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(how);
    layout->addWidget(m_banner);
    layout->addStretch();
    layout->addWidget(buttons);
    updateButton();
}

void NewAdminDialog::updateButton()
{
    m_invite->setEnabled(!m_busy && !m_first->text().trimmed().isEmpty() && !m_last->text().trimmed().isEmpty() &&
                         !m_email->text().trimmed().isEmpty());
}

void NewAdminDialog::invite()
{
    if (m_busy || !m_invite->isEnabled())
        return;
    const QString first = m_first->text().trimmed();
    const QString last = m_last->text().trimmed();
    const QString email = m_email->text().trimmed();
    m_busy = true;
    updateButton();
    m_banner->showInfo(tr("Sending the invitation…"));
    setCursor(Qt::BusyCursor);
    whenReady(m_connection.run([=](Database& db) { return StaffRepository(db).inviteAdmin(email, first, last); }), this,
              [this, first, last, email](Result<qint64> id) {
                  m_busy = false;
                  unsetCursor();
                  updateButton();
                  if (!id) {
                      m_banner->showError(id.message());
                      return;
                  }
                  Q_EMIT invited(*id, tr("%1 %2").arg(first, last), email);
                  accept();
              });
}

} // namespace Elect
