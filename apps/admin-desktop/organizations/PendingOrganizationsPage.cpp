#include "organizations/PendingOrganizationsPage.h"

#include "core/connection/Connection.h"
#include "core/connection/WhenReady.h"
#include "organizations/OrganizationTableModel.h"
#include "shell/ListTable.h"
#include "shell/MessageBanner.h"

#include "core/db/AccountRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Elect {

PendingOrganizationsPage::PendingOrganizationsPage(Connection& connection, QWidget* parent)
    : QWidget(parent), m_connection(connection), m_model(new OrganizationTableModel(this)),
      m_table(new QTableView(this)),
      m_empty(new QLabel(tr("No organization is waiting for review. New registrations appear here."), this)),
      m_stack(new QStackedWidget(this)), m_banner(new MessageBanner(this)),
      m_accept(new QPushButton(tr("Accept"), this)), m_reject(new QPushButton(tr("Reject…"), this)),
      m_refresh(new QPushButton(tr("Refresh"), this))
{
    m_table->setObjectName(QStringLiteral("organizationsTable"));
    m_table->setModel(m_model);
    setUpListTable(m_table, OrganizationTableModel::Name);
    m_table->setAccessibleName(tr("Organizations waiting for review"));
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PendingOrganizationsPage::updateButtons);

    m_empty->setObjectName(QStringLiteral("organizationsEmpty"));
    setUpEmptyListLabel(m_empty);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    m_banner->setObjectName(QStringLiteral("organizationsMessage"));
    m_accept->setObjectName(QStringLiteral("acceptButton"));
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    m_refresh->setObjectName(QStringLiteral("refreshOrganizationsButton"));
    m_accept->setToolTip(tr("Let this organization's owner sign in and create elections"));
    m_reject->setToolTip(tr("Turn this registration down, with a reason the owner will read"));
    connect(m_accept, &QPushButton::clicked, this, &PendingOrganizationsPage::acceptSelected);
    connect(m_reject, &QPushButton::clicked, this, &PendingOrganizationsPage::rejectSelectedAskingReason);
    connect(m_refresh, &QPushButton::clicked, this, &PendingOrganizationsPage::reload);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_accept);
    buttons->addWidget(m_reject);
    buttons->addStretch();
    buttons->addWidget(m_refresh);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);
    updateButtons();
}

const Organization* PendingOrganizationsPage::selected() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return &m_model->organizationAt(rows.first().row());
}

void PendingOrganizationsPage::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void PendingOrganizationsPage::updateButtons()
{
    const bool canAct = !m_busy && selected() != nullptr;
    m_accept->setEnabled(canAct);
    m_reject->setEnabled(canAct);
    m_refresh->setEnabled(!m_busy);
}

void PendingOrganizationsPage::reload()
{
    setBusy(true);
    whenReady(m_connection.run([](Database& db) { return AccountRepository(db).organizations(true); }), this,
              [this](Result<QList<Organization>> organizations) {
                  if (!organizations) {
                      m_banner->showError(organizations.message());
                  } else {
                      m_model->setOrganizations(std::move(organizations).value());
                      m_stack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget*>(m_empty) : m_table);
                  }
                  setBusy(false);
                  Q_EMIT loaded();
              });
}

void PendingOrganizationsPage::acceptSelected()
{
    const Organization* org = selected();
    if (!org || m_busy)
        return;
    const qint64 id = org->id;
    const QString name = org->name;
    setBusy(true);
    whenReady(m_connection.run([id](Database& db) { return AccountRepository(db).acceptOrganization(id); }), this,
              [this, name](Status s) {
                  if (s)
                      m_banner->showInfo(tr("%1 was accepted.").arg(name));
                  else
                      m_banner->showError(s.message());
                  reload();
              });
}

void PendingOrganizationsPage::rejectSelectedAskingReason()
{
    const Organization* org = selected();
    if (!org || m_busy)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
        this, tr("Reject %1").arg(org->name), tr("Why is %1 turned down? The owner reads this.").arg(org->name),
        QString(), &ok);
    if (!ok)
        return;
    if (reason.trimmed().isEmpty()) {
        m_banner->showError(tr("Write a reason, so that the owner knows what to change. Nothing was rejected."));
        return;
    }
    rejectSelected(reason.trimmed());
}

void PendingOrganizationsPage::rejectSelected(const QString& reason)
{
    const Organization* org = selected();
    if (!org || m_busy)
        return;
    const qint64 id = org->id;
    const QString name = org->name;
    setBusy(true);
    whenReady(
        m_connection.run([id, reason](Database& db) { return AccountRepository(db).rejectOrganization(id, reason); }),
        this, [this, name](Status s) {
            if (s)
                m_banner->showInfo(tr("%1 was rejected.").arg(name));
            else
                m_banner->showError(s.message());
            reload();
        });
}

} // namespace Elect
