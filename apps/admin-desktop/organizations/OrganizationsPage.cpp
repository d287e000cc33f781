#include "organizations/OrganizationsPage.h"

#include "core/connection/Connection.h"
#include "core/connection/WhenReady.h"
#include "organizations/OrganizationPeopleModel.h"
#include "organizations/OrganizationTableModel.h"
#include "organizations/RejectOrganizationDialog.h"
#include "shell/Formatting.h"
#include "shell/ListTable.h"
#include "shell/MessageBanner.h"

#include "core/db/AccountRepository.h"
#include "core/db/PlatformRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Elect {

namespace {

constexpr int kAllStates = -1;
constexpr int kSearchDelayMs = 300;

struct Listing
{
    QList<Organization> organizations;
    QMap<OrganizationStatus, int> counts;
};

} // namespace

OrganizationsPage::OrganizationsPage(Connection& connection, QWidget* parent)
    : QWidget(parent), m_connection(connection), m_model(new OrganizationTableModel(this)),
      m_peopleModel(new OrganizationPeopleModel(this)), m_filter(new QComboBox(this)), m_search(new QLineEdit(this)),
      m_searchDelay(new QTimer(this)), m_table(new QTableView(this)), m_empty(new QLabel(this)),
      m_stack(new QStackedWidget(this)), m_detailsTitle(new QLabel(this)), m_detailsFacts(new QLabel(this)),
      m_peopleTitle(new QLabel(tr("People who run it"), this)), m_peopleTable(new QTableView(this)),
      m_details(new QWidget(this)), m_banner(new MessageBanner(this)), m_accept(new QPushButton(tr("&Accept"), this)),
      m_reject(new QPushButton(tr("&Reject…"), this)), m_refresh(new QPushButton(tr("Refresh"), this))
{
    // Filter and search, above the list.
    m_filter->setObjectName(QStringLiteral("statusFilter"));
    m_filter->setAccessibleName(tr("Show organizations"));
    m_filter->addItem(QString(), int(OrganizationStatus::Pending));
    m_filter->addItem(QString(), int(OrganizationStatus::Accepted));
    m_filter->addItem(QString(), int(OrganizationStatus::Rejected));
    m_filter->addItem(QString(), kAllStates);
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    updateFilterLabels();
    auto* filterLabel = new QLabel(tr("&Show:"), this);
    filterLabel->setBuddy(m_filter);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &OrganizationsPage::reload);

    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search by name, country code, owner or email (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search organizations"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &OrganizationsPage::reload);

    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter);
    filterRow->addSpacing(12);
    filterRow->addWidget(m_search, 1);

    // The list.
    m_table->setObjectName(QStringLiteral("organizationsTable"));
    m_table->setModel(m_model);
    setUpListTable(m_table, OrganizationTableModel::Name);
    m_table->setAccessibleName(tr("Organizations"));
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        showDetails();
    });
    m_empty->setObjectName(QStringLiteral("organizationsEmpty"));
    setUpEmptyListLabel(m_empty);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    // The selected organization: its decision and its people.
    m_details->setObjectName(QStringLiteral("organizationDetails"));
    m_detailsTitle->setObjectName(QStringLiteral("detailsTitle"));
    QFont titleFont = m_detailsTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_detailsTitle->setFont(titleFont);
    m_detailsTitle->setTextFormat(Qt::PlainText);
    m_detailsFacts->setObjectName(QStringLiteral("detailsFacts"));
    m_detailsFacts->setTextFormat(Qt::PlainText);
    m_detailsFacts->setWordWrap(true);
    m_detailsFacts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_peopleTitle->setStyleSheet(QStringLiteral("color: #5b6675; font-weight: bold;"));
    m_peopleTable->setObjectName(QStringLiteral("organizationPeopleTable"));
    m_peopleTable->setModel(m_peopleModel);
    setUpListTable(m_peopleTable, OrganizationPeopleModel::Email);
    m_peopleTable->setAccessibleName(tr("People who run the selected organization"));
    auto* detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->setContentsMargins(0, 8, 0, 0);
    detailsLayout->setSpacing(6);
    detailsLayout->addWidget(m_detailsTitle);
    detailsLayout->addWidget(m_detailsFacts);
    detailsLayout->addWidget(m_peopleTitle);
    detailsLayout->addWidget(m_peopleTable, 1);
    m_details->hide();

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("organizationsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_stack);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_banner->setObjectName(QStringLiteral("organizationsMessage"));
    m_accept->setObjectName(QStringLiteral("acceptButton"));
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    m_refresh->setObjectName(QStringLiteral("refreshOrganizationsButton"));
    m_accept->setToolTip(tr("Let this organization's owner sign in and create elections"));
    m_reject->setToolTip(tr("Turn this registration down, with a reason the owner will read"));
    connect(m_accept, &QPushButton::clicked, this, &OrganizationsPage::acceptSelected);
    connect(m_reject, &QPushButton::clicked, this, &OrganizationsPage::rejectSelectedAskingReason);
    connect(m_refresh, &QPushButton::clicked, this, &OrganizationsPage::reload);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_accept);
    buttons->addWidget(m_reject);
    buttons->addStretch();
    buttons->addWidget(m_refresh);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_banner);
    layout->addLayout(filterRow);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    updateButtons();
}

std::optional<OrganizationStatus> OrganizationsPage::statusFilter() const
{
    const int value = m_filter->currentData().toInt();
    return value == kAllStates ? std::nullopt : std::optional<OrganizationStatus>(OrganizationStatus(value));
}

const Organization* OrganizationsPage::selected() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return &m_model->organizationAt(rows.first().row());
}

void OrganizationsPage::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void OrganizationsPage::updateButtons()
{
    // Only a registration waiting for review can be decided (the database says so too).
    const Organization* org = selected();
    const bool canDecide = !m_busy && org && org->status == OrganizationStatus::Pending;
    m_accept->setEnabled(canDecide);
    m_reject->setEnabled(canDecide);
    m_refresh->setEnabled(!m_busy);
}

void OrganizationsPage::updateFilterLabels()
{
    int all = 0;
    for (int n : std::as_const(m_counts))
        all += n;
    const QLocale locale;
    for (int i = 0; i < m_filter->count(); ++i) {
        const int value = m_filter->itemData(i).toInt();
        const QString name = value == kAllStates ? tr("All states") : toString(OrganizationStatus(value));
        const int n = value == kAllStates ? all : m_counts.value(OrganizationStatus(value));
        m_filter->setItemText(i, tr("%1 (%2)").arg(name, locale.toString(n)));
    }
}

void OrganizationsPage::reload()
{
    m_searchDelay->stop();
    const int generation = ++m_generation;
    const auto status = statusFilter();
    const QString search = m_search->text().trimmed();
    setBusy(true);
    whenReady(m_connection.run([status, search](Database& db) -> Result<Listing> {
        PlatformRepository platform(db);
        auto organizations = platform.organizations(status, search);
        if (!organizations)
            return organizations.error();
        auto counts = platform.organizationCounts();
        if (!counts)
            return counts.error();
        return Listing{std::move(organizations).value(), std::move(counts).value()};
    }),
              this, [this, generation, status, search](Result<Listing> listing) {
                  if (generation != m_generation)
                      return; // the filter or the search changed meanwhile; the newer answer follows
                  if (!listing) {
                      m_banner->showError(listing.message());
                  } else {
                      const Organization* before = selected();
                      const qint64 keep = before ? before->id : 0;
                      m_counts = listing->counts;
                      updateFilterLabels();
                      m_model->setOrganizations(std::move(listing).value().organizations);
                      for (int row = 0; row < m_model->rowCount(); ++row)
                          if (m_model->organizationAt(row).id == keep)
                              m_table->selectRow(row);
                      if (!search.isEmpty())
                          m_empty->setText(tr("No organization matches “%1” here. Check the spelling, or show "
                                              "all states.")
                                               .arg(search));
                      else if (status == OrganizationStatus::Pending)
                          m_empty->setText(tr("No organization is waiting for review. New registrations appear here."));
                      else
                          m_empty->setText(tr("No organization is in this state."));
                      m_stack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget*>(m_empty) : m_table);
                      showDetails();
                  }
                  setBusy(false);
                  Q_EMIT loaded();
              });
}

void OrganizationsPage::showDetails()
{
    const Organization* org = selected();
    const int generation = ++m_peopleGeneration;
    if (!org) {
        m_peopleShown = generation;
        m_details->hide();
        m_peopleModel->setPeople({});
        return;
    }
    m_details->show();
    m_detailsTitle->setText(org->name);
    QStringList facts;
    const auto territory = QLocale::codeToTerritory(org->country);
    facts << tr("Owner: %1")
                 .arg(QChar(0x2068) + org->ownerName + QStringLiteral(" <") + org->ownerEmail + QStringLiteral(">") +
                      QChar(0x2069));
    facts << tr("Registered %1 · %2")
                 .arg(shortDateTime(org->createdAt),
                      territory == QLocale::AnyTerritory ? org->country : QLocale::territoryToString(territory));
    switch (org->status) {
    case OrganizationStatus::Pending:
        facts << tr("Waiting for review.");
        break;
    case OrganizationStatus::Accepted:
        facts << tr("Accepted %1.").arg(shortDateTime(org->decidedAt));
        break;
    case OrganizationStatus::Rejected:
        facts
            << tr("Rejected %1. Reason given to the owner: %2").arg(shortDateTime(org->decidedAt), org->decisionReason);
        break;
    }
    m_detailsFacts->setText(facts.join(u'\n'));

    const qint64 id = org->id;
    whenReady(m_connection.run([id](Database& db) { return PlatformRepository(db).people(id); }), this,
              [this, generation](Result<QList<OrganizationPerson>> people) {
                  if (generation != m_peopleGeneration)
                      return;
                  m_peopleShown = generation;
                  if (!people) {
                      m_banner->showError(people.message());
                      m_peopleModel->setPeople({});
                  } else {
                      m_peopleModel->setPeople(std::move(people).value());
                  }
                  m_peopleTitle->setText(
                      tr("People who run it (%1)").arg(QLocale().toString(m_peopleModel->rowCount())));
                  Q_EMIT peopleLoaded();
              });
}

void OrganizationsPage::acceptSelected()
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
                      m_banner->showInfo(
                          tr("%1 was accepted. The owner is told by email and can sign in now.").arg(name));
                  else
                      m_banner->showError(s.message());
                  reload();
              });
}

void OrganizationsPage::rejectSelectedAskingReason()
{
    const Organization* org = selected();
    if (!org || m_busy || org->status != OrganizationStatus::Pending)
        return;
    const qint64 id = org->id;
    const QString name = org->name;
    RejectOrganizationDialog dialog(name, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString reason = dialog.reason();

    QMessageBox confirm(QMessageBox::Warning, tr("Reject %1?").arg(name),
                        tr("Reject %1? This cannot be undone: the owner cannot sign in, and is told by email with "
                           "your reason.")
                            .arg(name),
                        QMessageBox::Cancel, this);
    confirm.setObjectName(QStringLiteral("confirmReject"));
    QPushButton* yes = confirm.addButton(tr("Reject"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmButton"));
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != yes)
        return;
    reject(id, name, reason);
}

void OrganizationsPage::reject(qint64 id, const QString& name, const QString& reason)
{
    setBusy(true);
    whenReady(
        m_connection.run([id, reason](Database& db) { return AccountRepository(db).rejectOrganization(id, reason); }),
        this, [this, name](Status s) {
            if (s)
                m_banner->showInfo(tr("%1 was rejected. The owner is told by email, with your reason.").arg(name));
            else
                m_banner->showError(s.message());
            reload();
        });
}

} // namespace Elect
