#include "platform/PricingPage.h"

#include "core/connection/Connection.h"
#include "core/connection/WhenReady.h"
#include "platform/PricingTierDialog.h"
#include "platform/PricingTierModel.h"
#include "shell/ListTable.h"
#include "shell/MessageBanner.h"

#include "core/db/WalletRepository.h"
#include "core/domain/Money.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Elect {

PricingPage::PricingPage(Connection& connection, QWidget* parent)
    : QWidget(parent), m_connection(connection), m_model(new PricingTierModel(this)), m_table(new QTableView(this)),
      m_empty(new QLabel(tr("No pricing tier yet. With payments on, an election can be published only when a tier "
                            "covers its number of potential voters: add one."),
                         this)),
      m_stack(new QStackedWidget(this)), m_banner(new MessageBanner(this)),
      m_add(new QPushButton(tr("&Add tier…"), this)), m_edit(new QPushButton(tr("&Change…"), this)),
      m_remove(new QPushButton(tr("Re&move…"), this)), m_refresh(new QPushButton(tr("Refresh"), this))
{
    m_table->setObjectName(QStringLiteral("pricingTable"));
    m_table->setModel(m_model);
    setUpListTable(m_table, PricingTierModel::Voters);
    m_table->setAccessibleName(tr("Pricing tiers"));
    m_table->setToolTip(tr("Double-click a tier, or press Enter, to change it; Delete removes it."));
    connect(m_table, &QTableView::activated, this, &PricingPage::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PricingPage::updateButtons);
    m_table->installEventFilter(this); // Delete removes the selected tier

    m_empty->setObjectName(QStringLiteral("pricingEmpty"));
    setUpEmptyListLabel(m_empty);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    m_banner->setObjectName(QStringLiteral("pricingMessage"));
    m_add->setObjectName(QStringLiteral("addTierButton"));
    m_edit->setObjectName(QStringLiteral("editTierButton"));
    m_remove->setObjectName(QStringLiteral("removeTierButton"));
    m_refresh->setObjectName(QStringLiteral("refreshPricingButton"));
    connect(m_add, &QPushButton::clicked, this, &PricingPage::addTier);
    connect(m_edit, &QPushButton::clicked, this, &PricingPage::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &PricingPage::removeSelected);
    connect(m_refresh, &QPushButton::clicked, this, &PricingPage::reload);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
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

bool PricingPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->matches(QKeySequence::Delete)) {
        removeSelected();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void PricingPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce)
        reload();
}

int PricingPage::selectedRow() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void PricingPage::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void PricingPage::updateButtons()
{
    const bool selected = selectedRow() >= 0;
    m_add->setEnabled(!m_busy);
    m_edit->setEnabled(!m_busy && selected);
    m_remove->setEnabled(!m_busy && selected);
    m_refresh->setEnabled(!m_busy);
}

void PricingPage::reload()
{
    m_loadedOnce = true;
    setBusy(true);
    whenReady(m_connection.run([](Database& db) { return WalletRepository(db).pricingTiers(); }), this,
              [this](Result<QList<PricingTier>> tiers) {
                  if (!tiers) {
                      m_banner->showError(tiers.message());
                  } else {
                      const int row = selectedRow();
                      const qint64 keep = row >= 0 ? m_model->tiers().at(row).id : 0;
                      m_model->setTiers(std::move(tiers).value());
                      for (int r = 0; r < m_model->rowCount(); ++r)
                          if (m_model->tiers().at(r).id == keep)
                              m_table->selectRow(r);
                      m_stack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget*>(m_empty) : m_table);
                  }
                  setBusy(false);
                  Q_EMIT loaded();
              });
}

void PricingPage::addTier()
{
    if (m_busy)
        return;
    PricingTierDialog dialog(m_connection, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto tier = dialog.tier();
    if (tier)
        m_banner->showInfo(
            tr("The %1 tier for %2 was added.").arg(tier->currency, PricingTierModel::votersText(*tier)));
    reload();
}

void PricingPage::editSelected()
{
    const int row = selectedRow();
    if (row < 0 || m_busy)
        return;
    PricingTierDialog dialog(m_connection, m_model->tiers().at(row), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto tier = dialog.tier();
    if (tier)
        m_banner->showInfo(
            tr("The %1 tier for %2 was changed.").arg(tier->currency, PricingTierModel::votersText(*tier)));
    reload();
}

void PricingPage::removeSelected()
{
    const int row = selectedRow();
    if (row < 0 || m_busy)
        return;
    const PricingTier tier = m_model->tiers().at(row);
    const QString what = tr("%1, %2").arg(PricingTierModel::votersText(tier), Money::format(tier.price, tier.currency));
    QMessageBox confirm(QMessageBox::Warning, tr("Remove the tier?"),
                        tr("Remove the tier %1? Elections of that size cannot be published until another tier "
                           "covers them.")
                            .arg(what),
                        QMessageBox::Cancel, this);
    confirm.setObjectName(QStringLiteral("confirmRemoveTier"));
    QPushButton* yes = confirm.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmButton"));
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != yes)
        return;
    setBusy(true);
    const qint64 id = tier.id;
    whenReady(m_connection.run([id](Database& db) { return WalletRepository(db).removePricingTier(id); }), this,
              [this, what](Status s) {
                  if (s)
                      m_banner->showInfo(tr("The tier %1 was removed.").arg(what));
                  else
                      m_banner->showError(s.message());
                  reload();
              });
}

} // namespace Elect
