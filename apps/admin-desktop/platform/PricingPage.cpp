#include "platform/PricingPage.h"

#include "core/connection/Connection.h"
#include "core/connection/WhenReady.h"
#include "platform/PricingTierDialog.h"
#include "platform/PricingTierModel.h"
#include "shell/MessageBanner.h"

#include "core/db/WalletRepository.h"
#include "core/domain/Money.h"

#include <QKeyEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

namespace Elect {

PricingPage::PricingPage(Connection& connection, QWidget* parent)
    : ListPage(connection, parent), m_model(new PricingTierModel(this)),
      m_add(addButton(tr("&Add tier…"), QStringLiteral("addTierButton"), [this] { addTier(); })),
      m_edit(addButton(tr("&Change…"), QStringLiteral("editTierButton"), [this] { editSelected(); })),
      m_remove(addButton(tr("Re&move…"), QStringLiteral("removeTierButton"), [this] { removeSelected(); })),
      m_refresh(addRefreshButton(tr("Refresh"), QStringLiteral("refreshPricingButton")))
{
    setUpList(m_model, QStringLiteral("pricingTable"), PricingTierModel::Voters, tr("Pricing tiers"));
    m_table->setToolTip(tr("Double-click a tier, or press Enter, to change it; Delete removes it."));
    connect(m_table, &QTableView::activated, this, &PricingPage::editSelected);
    m_table->installEventFilter(this); // Delete removes the selected tier
    setEmptyText(QStringLiteral("pricingEmpty"),
                 tr("No pricing tier yet. With payments on, an election can be published only when a tier "
                    "covers its number of potential voters: add one."));
    m_banner->setObjectName(QStringLiteral("pricingMessage"));
    updateButtons();
}

bool PricingPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->matches(QKeySequence::Delete)) {
        removeSelected();
        return true;
    }
    return ListPage::eventFilter(watched, event);
}

void PricingPage::showEvent(QShowEvent* event)
{
    ListPage::showEvent(event);
    if (!m_loadedOnce)
        reload();
}

void PricingPage::updateButtons()
{
    const bool selected = selectedRow() >= 0;
    m_add->setEnabled(!isBusy());
    m_edit->setEnabled(!isBusy() && selected);
    m_remove->setEnabled(!isBusy() && selected);
    m_refresh->setEnabled(!isBusy());
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
                      showListOrEmpty();
                  }
                  setBusy(false);
                  Q_EMIT loaded();
              });
}

void PricingPage::addTier()
{
    if (isBusy())
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
    if (row < 0 || isBusy())
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
    if (row < 0 || isBusy())
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
