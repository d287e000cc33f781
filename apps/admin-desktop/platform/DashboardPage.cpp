#include "platform/DashboardPage.h"

#include "core/connection/Connection.h"
#include "core/connection/WhenReady.h"
#include "platform/ActiveElectionModel.h"
#include "shell/ListTable.h"
#include "shell/MessageBanner.h"

#include "core/db/PlatformRepository.h"
#include "core/domain/Clock.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Elect {

DashboardPage::DashboardPage(Connection& connection, const Clock* clock, QWidget* parent)
    : QWidget(parent), m_connection(connection), m_clock(clock ? *clock : Clock::system()),
      m_model(new ActiveElectionModel(this)), m_table(new QTableView(this)),
      m_empty(new QLabel(tr("No election is running or scheduled right now. Published elections appear here "
                            "until their voting ends."),
                         this)),
      m_stack(new QStackedWidget(this)), m_banner(new MessageBanner(this)), m_updated(new QLabel(this)),
      m_refresh(new QPushButton(tr("Refresh"), this)), m_timer(new QTimer(this))
{
    m_table->setObjectName(QStringLiteral("activeElectionsTable"));
    m_table->setModel(m_model);
    setUpListTable(m_table, ActiveElectionModel::Election);
    m_table->setAccessibleName(tr("Active elections"));
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (index.isValid())
            Q_EMIT electionActivated(m_model->elections().at(index.row()).electionId);
    });
    m_empty->setObjectName(QStringLiteral("activeElectionsEmpty"));
    setUpEmptyListLabel(m_empty);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    m_banner->setObjectName(QStringLiteral("dashboardMessage"));
    m_updated->setObjectName(QStringLiteral("dashboardUpdated"));
    m_updated->setStyleSheet(QStringLiteral("color: #5b6675;"));
    m_updated->setWordWrap(true);
    m_refresh->setObjectName(QStringLiteral("refreshDashboardButton"));
    connect(m_refresh, &QPushButton::clicked, this, &DashboardPage::reload);

    m_timer->setObjectName(QStringLiteral("dashboardTimer"));
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &DashboardPage::reload);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_updated, 1);
    bottom->addWidget(m_refresh);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    layout->addLayout(bottom);
}

bool DashboardPage::isRefreshing() const
{
    return m_timer->isActive();
}

void DashboardPage::setRefreshInterval(int ms)
{
    m_timer->setInterval(ms);
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_timer->start();
    reload();
}

void DashboardPage::hideEvent(QHideEvent* event)
{
    m_timer->stop();
    QWidget::hideEvent(event);
}

void DashboardPage::reload()
{
    if (m_loading)
        return; // the answer on its way is as fresh
    m_loading = true;
    m_refresh->setEnabled(false);
    m_updated->setText(tr("Updating…"));
    const QDateTime now = m_clock.now();
    whenReady(m_connection.run([now](Database& db) { return PlatformRepository(db).activeElections(now); }), this,
              [this, now](Result<QList<ActiveElection>> elections) {
                  m_loading = false;
                  m_refresh->setEnabled(true);
                  if (!elections) {
                      m_banner->showError(elections.message());
                      m_updated->setText(tr("Not updated: see the message above."));
                  } else {
                      m_banner->clearMessage();
                      // Keep the selected election selected across updates.
                      const auto rows = m_table->selectionModel()->selectedRows();
                      const qint64 keep = rows.isEmpty() ? 0 : m_model->elections().at(rows.first().row()).electionId;
                      m_model->setElections(std::move(elections).value(), now);
                      for (int row = 0; row < m_model->rowCount(); ++row)
                          if (m_model->elections().at(row).electionId == keep)
                              m_table->selectRow(row);
                      m_stack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget*>(m_empty) : m_table);
                      const QLocale locale;
                      m_updated->setText(
                          tr("Updated at %1; every 30 seconds while shown (F5 now). A kiosk counts as online while "
                             "it holds a connection to the server.")
                              .arg(locale.toString(now.toLocalTime().time(), QLocale::ShortFormat)));
                  }
                  Q_EMIT loaded();
              });
}

} // namespace Elect
