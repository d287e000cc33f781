#include "elections/ElectionsPage.h"

#include "core/connection/Connection.h"
#include "core/connection/WhenReady.h"
#include "elections/ElectionTableModel.h"
#include "shell/ListTable.h"
#include "shell/MessageBanner.h"

#include "core/db/ElectionRepository.h"
#include "core/db/OrganizationSettingsRepository.h"
#include "core/domain/Clock.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Elect {

ElectionsPage::ElectionsPage(Connection& connection, const QString& emptyText, QWidget* parent)
    : QWidget(parent), m_connection(connection), m_model(new ElectionTableModel(this)), m_table(new QTableView(this)),
      m_empty(new QLabel(emptyText, this)), m_stack(new QStackedWidget(this)), m_banner(new MessageBanner(this)),
      m_refresh(new QPushButton(tr("Refresh"), this))
{
    m_table->setObjectName(QStringLiteral("electionsTable"));
    m_table->setModel(m_model);
    setUpListTable(m_table, ElectionTableModel::Title);
    m_table->setAccessibleName(tr("Elections"));
    m_table->setToolTip(tr("Double-click an election, or press Enter, to open it."));
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (index.isValid())
            Q_EMIT electionActivated(m_model->elections().at(index.row()).id);
    });

    m_empty->setObjectName(QStringLiteral("electionsEmpty"));
    setUpEmptyListLabel(m_empty);

    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    m_banner->setObjectName(QStringLiteral("electionsMessage"));
    m_refresh->setObjectName(QStringLiteral("refreshElectionsButton"));
    connect(m_refresh, &QPushButton::clicked, this, &ElectionsPage::reload);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_refresh);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);
}

void ElectionsPage::reload()
{
    m_loading = true;
    m_refresh->setEnabled(false);
    // Each election's times in its organization's zone: the zones come with the list.
    auto load = [](Database& db) -> Result<std::pair<QList<Election>, QHash<qint64, QString>>> {
        auto zones = OrganizationSettingsRepository(db).timeZones();
        if (!zones)
            return zones.error();
        auto list = ElectionRepository(db).list();
        if (!list)
            return list.error();
        return std::make_pair(std::move(list).value(), std::move(zones).value());
    };
    whenReady(m_connection.run(load), this,
              [this](Result<std::pair<QList<Election>, QHash<qint64, QString>>> elections) {
                  m_loading = false;
                  m_refresh->setEnabled(true);
                  if (!elections) {
                      m_banner->showError(elections.message());
                  } else {
                      m_banner->clearMessage();
                      m_model->setTimeZones(elections->second);
                      m_model->setElections(std::move(elections->first), Clock::system().now());
                      m_stack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget*>(m_empty) : m_table);
                  }
                  Q_EMIT loaded();
              });
}

} // namespace Elect
