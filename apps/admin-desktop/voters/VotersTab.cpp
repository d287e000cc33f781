#include "voters/VotersTab.h"

#include "core/connection/Connection.h"
#include "core/connection/WhenReady.h"
#include "core/db/VoterRepository.h"
#include "shell/ListTable.h"
#include "shell/MessageBanner.h"
#include "voters/VoterTableModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Elect {

VotersTab::VotersTab(Connection& connection, qint64 electionId, QWidget* parent)
    : QWidget(parent), m_connection(connection), m_electionId(electionId),
      m_model(new VoterTableModel(connection, this)), m_search(new QLineEdit(this)),
      m_find(new QPushButton(tr("Find"), this)), m_district(new QComboBox(this)), m_governorate(new QComboBox(this)),
      m_voted(new QComboBox(this)), m_count(new QLabel(this)), m_banner(new MessageBanner(this)),
      m_table(new QTableView(this))
{
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Find a voter by national id (the exact id)"));
    m_search->setAccessibleName(tr("National id to find"));
    m_search->setToolTip(tr("Only the exact national id finds a voter: ids are stored as a keyed hash. Leave it "
                            "empty and press Enter to list every voter again."));
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(64);
    m_search->setMinimumWidth(300);
    m_find->setObjectName(QStringLiteral("findButton"));
    connect(m_search, &QLineEdit::returnPressed, this, &VotersTab::search);
    connect(m_find, &QPushButton::clicked, this, &VotersTab::search);

    m_district->setObjectName(QStringLiteral("districtFilter"));
    m_district->setAccessibleName(tr("District"));
    m_district->addItem(tr("All districts"));
    m_governorate->setObjectName(QStringLiteral("governorateFilter"));
    m_governorate->setAccessibleName(tr("Governorate"));
    m_governorate->addItem(tr("All governorates"));
    m_voted->setObjectName(QStringLiteral("votedFilter"));
    m_voted->setAccessibleName(tr("Voted or not"));
    m_voted->addItem(tr("Voted or not"), int(VoterFilter::Voted::Any));
    m_voted->addItem(tr("Voted"), int(VoterFilter::Voted::Yes));
    m_voted->addItem(tr("Not voted yet"), int(VoterFilter::Voted::No));
    for (QComboBox* box : {m_district, m_governorate})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (QComboBox* box : {m_district, m_governorate, m_voted})
        connect(box, &QComboBox::activated, this, &VotersTab::applyFilters);

    m_count->setObjectName(QStringLiteral("votersCount"));
    m_count->setStyleSheet(QStringLiteral("color: #5b6675;"));
    m_banner->setObjectName(QStringLiteral("votersMessage"));

    m_table->setObjectName(QStringLiteral("votersTable"));
    m_table->setModel(m_model);
    setUpListTable(m_table, VoterTableModel::District);
    m_table->setAccessibleName(tr("Voters"));
    // A million rows: fixed row heights and column widths, so that nothing measures every row.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const QFontMetrics metrics(font());
    header->resizeSection(VoterTableModel::Number, metrics.horizontalAdvance(QStringLiteral("0000000000")) + 32);
    header->resizeSection(VoterTableModel::Phone,
                          metrics.horizontalAdvance(QString(14, QChar(0x2022)) + QStringLiteral("00")) + 40);
    for (int column : {int(VoterTableModel::District), int(VoterTableModel::Governorate)})
        header->resizeSection(column, metrics.horizontalAdvance(QStringLiteral("Kafr El Sheikh, Desouk")) + 32);
    for (int column : {int(VoterTableModel::Verified), int(VoterTableModel::Voted)})
        header->resizeSection(
            column, std::max(metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()),
                             metrics.horizontalAdvance(tr("Not yet"))) +
                        36);

    connect(m_model, &VoterTableModel::firstPageLoaded, this, &VotersTab::updateCount);
    connect(m_model, &VoterTableModel::indexed, this, &VotersTab::updateCount);
    connect(m_model, &VoterTableModel::failed, m_banner, &MessageBanner::showError);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_find);
    searchRow->addSpacing(16);
    searchRow->addWidget(m_district);
    searchRow->addWidget(m_governorate);
    searchRow->addWidget(m_voted);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(searchRow);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    updateCount();
}

void VotersTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_shown) {
        m_shown = true;
        reload();
    }
}

void VotersTab::reload()
{
    // A workspace opens many tabs; a million voters are read only once someone looks at them.
    if (!m_shown)
        return;
    applyFilters();
    loadChoices();
}

void VotersTab::loadChoices()
{
    const qint64 election = m_electionId;
    whenReady(m_connection.run([election](Database& db) -> Result<std::pair<QStringList, QStringList>> {
        VoterRepository voters(db);
        auto districts = voters.districts(election);
        if (!districts)
            return districts.error();
        auto governorates = voters.governorates(election);
        if (!governorates)
            return governorates.error();
        return std::make_pair(std::move(districts).value(), std::move(governorates).value());
    }),
              this, [this](Result<std::pair<QStringList, QStringList>> choices) {
                  if (!choices)
                      return; // the list itself says what went wrong
                  const auto refill = [](QComboBox* box, const QStringList& names) {
                      const QString current = box->currentIndex() > 0 ? box->currentText() : QString();
                      while (box->count() > 1)
                          box->removeItem(1);
                      box->addItems(names);
                      const int keep = current.isEmpty() ? 0 : box->findText(current);
                      box->setCurrentIndex(std::max(keep, 0));
                  };
                  refill(m_district, choices->first);
                  refill(m_governorate, choices->second);
              });
}

void VotersTab::applyFilters()
{
    VoterFilter filter;
    filter.electionId = m_electionId;
    filter.district = m_district->currentIndex() > 0 ? m_district->currentText() : QString();
    filter.governorate = m_governorate->currentIndex() > 0 ? m_governorate->currentText() : QString();
    filter.voted = VoterFilter::Voted(m_voted->currentData().toInt());
    filter.voterId = m_foundVoter;
    m_model->setFilter(filter);
    updateCount();
}

void VotersTab::search()
{
    const QString nationalId = m_search->text().trimmed();
    m_banner->clearMessage();
    if (nationalId.isEmpty()) {
        m_foundVoter = 0;
        applyFilters();
        return;
    }
    m_searching = true;
    m_find->setEnabled(false);
    const qint64 election = m_electionId;
    whenReady(m_connection.run([election, nationalId](Database& db) {
        return VoterRepository(db).findByNationalId(election, nationalId);
    }),
              this, [this](Result<std::optional<qint64>> found) {
                  m_searching = false;
                  m_find->setEnabled(true);
                  if (!found) {
                      m_banner->showError(found.message());
                      return;
                  }
                  m_foundVoter = found->value_or(-1);
                  if (!found->has_value())
                      m_banner->showInfo(tr("No voter of this election has that national id."));
                  applyFilters();
              });
}

void VotersTab::updateCount()
{
    if (m_model->isLoading()) {
        m_count->setText(tr("Loading voters…"));
    } else if (m_model->isIndexed()) {
        m_count->setText(m_foundVoter != 0
                             ? tr("Showing the voter with that national id. Clear the search to see every voter.")
                             : tr("Voters: %1").arg(QLocale().toString(m_model->total())));
    } else {
        m_count->setText(tr("Counting voters…"));
    }
}

} // namespace Elect
