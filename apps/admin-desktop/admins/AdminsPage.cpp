#include "admins/AdminsPage.h"

#include "admins/AdminTableModel.h"
#include "admins/NewAdminDialog.h"
#include "core/connection/Connection.h"
#include "core/connection/WhenReady.h"
#include "core/db/StaffRepository.h"
#include "shell/MessageBanner.h"

#include <QPushButton>

namespace Elect {

AdminsPage::AdminsPage(Connection& connection, bool canManage, QWidget* parent)
    : ListPage(connection, parent), m_canManage(canManage), m_model(new AdminTableModel(this)),
      m_add(addButton(tr("Add administrator…"), QStringLiteral("addAdminButton"), [this] { addAdmin(); })),
      m_toggle(addButton(tr("Disable"), QStringLiteral("toggleAdminButton"), [this] { toggleSelected(); })),
      m_remove(addButton(tr("Remove…"), QStringLiteral("removeAdminButton"), [this] { removeSelectedAfterAsking(); })),
      m_refresh(addRefreshButton(tr("Refresh"), QStringLiteral("refreshAdminsButton")))
{
    setUpList(m_model, QStringLiteral("adminsTable"), AdminTableModel::Name, tr("Administrators"));
    setEmptyText(QStringLiteral("adminsEmpty"),
                 canManage ? tr("Your organization has no administrators yet. Add one to share the work of "
                                "preparing elections.")
                           : tr("Your organization has no other administrators."));
    m_banner->setObjectName(QStringLiteral("adminsMessage"));
    addNote(QStringLiteral("adminsReadOnlyNote"),
            tr("Only your organization's owner may add, disable or remove administrators. "
               "Ask the owner if someone should get or lose access."))
        ->setVisible(!canManage);

    m_add->setToolTip(tr("Invite someone by email to help prepare elections"));
    m_remove->setToolTip(tr("Take this person's access away for good"));
    for (QPushButton* b : {m_add, m_toggle, m_remove})
        b->setVisible(canManage);
    updateButtons();
}

const OrganizationAdmin* AdminsPage::selected() const
{
    const int row = selectedRow();
    return row < 0 ? nullptr : &m_model->admins().at(row);
}

void AdminsPage::updateButtons()
{
    const OrganizationAdmin* admin = selected();
    m_add->setEnabled(!isBusy());
    m_toggle->setEnabled(!isBusy() && admin);
    m_remove->setEnabled(!isBusy() && admin);
    m_toggle->setText(admin && !admin->active ? tr("Enable") : tr("Disable"));
    m_toggle->setToolTip(admin && !admin->active ? tr("Let this person sign in again")
                                                 : tr("Stop this person from signing in, for now"));
    m_refresh->setEnabled(!isBusy());
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
                      showListOrEmpty();
                      selectRow(m_model->rowOf(keep));
                  }
                  setBusy(false);
                  Q_EMIT loaded();
              });
}

void AdminsPage::addAdmin()
{
    if (!m_canManage || isBusy() || m_dialog)
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
    if (!admin || isBusy())
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
    if (!admin || isBusy() || confirmation())
        return;
    const qint64 id = admin->userId;
    const QString name = tr("%1 %2").arg(admin->firstName, admin->lastName);
    ask(tr("Remove %1?").arg(name), tr("Remove %1 (%2) from your organization?").arg(name, admin->email),
        tr("They can no longer sign in, and this cannot be undone. What they did stays in "
           "the audit log under their name. To stop them for a while only, disable them "
           "instead."),
        tr("Remove"), QStringLiteral("removeAdminQuestion"), QStringLiteral("confirmRemoveButton"),
        [this, id, name] { remove(id, name); });
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
