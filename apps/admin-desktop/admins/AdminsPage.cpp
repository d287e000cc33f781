#include "admins/AdminsPage.h"

#include "admins/AdminTableModel.h"
#include "admins/NewAdminDialog.h"
#include "core/connection/Connection.h"
#include "core/connection/WhenReady.h"
#include "core/db/StaffRepository.h"
#include "shell/ListTable.h"
#include "shell/MessageBanner.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Elect {

AdminsPage::AdminsPage(Connection& connection, bool canManage, QWidget* parent)
    : QWidget(parent), m_connection(connection), m_canManage(canManage), m_model(new AdminTableModel(this)),
      m_table(new QTableView(this)), m_empty(new QLabel(this)), m_stack(new QStackedWidget(this)),
      m_banner(new MessageBanner(this)), m_add(new QPushButton(tr("Add administrator…"), this)),
      m_toggle(new QPushButton(tr("Disable"), this)), m_remove(new QPushButton(tr("Remove…"), this)),
      m_refresh(new QPushButton(tr("Refresh"), this))
{
    m_table->setObjectName(QStringLiteral("adminsTable"));
    m_table->setModel(m_model);
    setUpListTable(m_table, AdminTableModel::Name);
    m_table->setAccessibleName(tr("Administrators"));
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AdminsPage::updateButtons);

    m_empty->setObjectName(QStringLiteral("adminsEmpty"));
    m_empty->setText(canManage ? tr("Your organization has no administrators yet. Add one to share the work of "
                                    "preparing elections.")
                               : tr("Your organization has no other administrators."));
    setUpEmptyListLabel(m_empty);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    m_banner->setObjectName(QStringLiteral("adminsMessage"));
    auto* readOnly = new QLabel(tr("Only your organization's owner may add, disable or remove administrators. "
                                   "Ask the owner if someone should get or lose access."),
                                this);
    readOnly->setObjectName(QStringLiteral("adminsReadOnlyNote"));
    readOnly->setWordWrap(true);
    readOnly->setStyleSheet(QStringLiteral("background: #eef2f7; color: #1d2733; padding: 8px 12px;"
                                           " border-radius: 4px;"));
    readOnly->setVisible(!canManage);

    m_add->setObjectName(QStringLiteral("addAdminButton"));
    m_toggle->setObjectName(QStringLiteral("toggleAdminButton"));
    m_remove->setObjectName(QStringLiteral("removeAdminButton"));
    m_refresh->setObjectName(QStringLiteral("refreshAdminsButton"));
    m_add->setToolTip(tr("Invite someone by email to help prepare elections"));
    m_remove->setToolTip(tr("Take this person's access away for good"));
    for (QPushButton* b : {m_add, m_toggle, m_remove})
        b->setVisible(canManage);
    connect(m_add, &QPushButton::clicked, this, &AdminsPage::addAdmin);
    connect(m_toggle, &QPushButton::clicked, this, &AdminsPage::toggleSelected);
    connect(m_remove, &QPushButton::clicked, this, &AdminsPage::removeSelectedAfterAsking);
    connect(m_refresh, &QPushButton::clicked, this, &AdminsPage::reload);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_toggle);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_refresh);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(readOnly);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);
    updateButtons();
}

const OrganizationAdmin* AdminsPage::selected() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return &m_model->admins().at(rows.first().row());
}

void AdminsPage::setBusy(bool busy)
{
    m_busy = busy;
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    updateButtons();
}

void AdminsPage::updateButtons()
{
    const OrganizationAdmin* admin = selected();
    m_add->setEnabled(!m_busy);
    m_toggle->setEnabled(!m_busy && admin);
    m_remove->setEnabled(!m_busy && admin);
    m_toggle->setText(admin && !admin->active ? tr("Enable") : tr("Disable"));
    m_toggle->setToolTip(admin && !admin->active ? tr("Let this person sign in again")
                                                 : tr("Stop this person from signing in, for now"));
    m_refresh->setEnabled(!m_busy);
}

void AdminsPage::reload()
{
    const qint64 keep = selected() ? selected()->userId : 0;
    setBusy(true);
    whenReady(m_connection.run([](Database& db) { return StaffRepository(db).admins(); }), this,
              [this, keep](Result<QList<OrganizationAdmin>> admins) {
                  if (!admins) {
                      m_banner->showError(admins.message());
                  } else {
                      m_model->setAdmins(std::move(admins).value());
                      m_stack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget*>(m_empty) : m_table);
                      if (const int row = m_model->rowOf(keep); row >= 0)
                          m_table->selectRow(row);
                  }
                  setBusy(false);
                  Q_EMIT loaded();
              });
}

void AdminsPage::addAdmin()
{
    if (!m_canManage || m_busy || m_dialog)
        return;
    m_dialog = new NewAdminDialog(m_connection, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &NewAdminDialog::invited, this, [this](qint64, const QString& name, const QString& email) {
        m_banner->showInfo(
            tr("%1 was invited. They sign in once they have verified %2 and chosen a password.").arg(name, email));
        reload();
    });
    connect(m_dialog, &QObject::destroyed, this, [this] { m_dialog = nullptr; });
    m_dialog->open();
}

void AdminsPage::toggleSelected()
{
    const OrganizationAdmin* admin = selected();
    if (!admin || m_busy)
        return;
    const qint64 id = admin->userId;
    const bool enable = !admin->active;
    const QString name = tr("%1 %2").arg(admin->firstName, admin->lastName);
    setBusy(true);
    whenReady(m_connection.run([id, enable](Database& db) { return StaffRepository(db).setAdminActive(id, enable); }),
              this, [this, name, enable](Result<int> ended) {
                  if (!ended)
                      m_banner->showError(ended.message());
                  else if (enable)
                      m_banner->showInfo(tr("%1 may sign in again.").arg(name));
                  else
                      m_banner->showInfo(tr("%1 can no longer sign in. Enable them to undo this.").arg(name));
                  setBusy(false);
                  reload();
              });
}

void AdminsPage::removeSelectedAfterAsking()
{
    const OrganizationAdmin* admin = selected();
    if (!admin || m_busy || m_confirm)
        return;
    const qint64 id = admin->userId;
    const QString name = tr("%1 %2").arg(admin->firstName, admin->lastName);
    m_confirm = new QMessageBox(QMessageBox::Warning, tr("Remove %1?").arg(name),
                                tr("Remove %1 (%2) from your organization?").arg(name, admin->email),
                                QMessageBox::NoButton, this);
    m_confirm->setObjectName(QStringLiteral("removeAdminQuestion"));
    m_confirm->setInformativeText(tr("They can no longer sign in, and this cannot be undone. What they did stays in "
                                     "the audit log under their name. To stop them for a while only, disable them "
                                     "instead."));
    QPushButton* yes = m_confirm->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmRemoveButton"));
    QPushButton* no = m_confirm->addButton(QMessageBox::Cancel);
    m_confirm->setDefaultButton(no);
    m_confirm->setEscapeButton(no);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QObject::destroyed, this, [this] { m_confirm = nullptr; });
    connect(m_confirm, &QMessageBox::buttonClicked, this, [this, yes, id, name](QAbstractButton* clicked) {
        if (clicked == yes)
            remove(id, name);
    });
    m_confirm->open();
}

void AdminsPage::remove(qint64 userId, const QString& name)
{
    setBusy(true);
    whenReady(m_connection.run([userId](Database& db) { return StaffRepository(db).removeAdmin(userId); }), this,
              [this, name](Result<int> ended) {
                  if (!ended)
                      m_banner->showError(ended.message());
                  else
                      m_banner->showInfo(tr("%1 was removed and can no longer sign in.").arg(name));
                  setBusy(false);
                  reload();
              });
}

} // namespace Elect
