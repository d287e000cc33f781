#include "wallet/WalletPage.h"

#include "core/connection/Connection.h"
#include "core/connection/WhenReady.h"
#include "core/db/ElectionRepository.h"
#include "core/domain/Money.h"
#include "notifications/NotificationFeed.h"
#include "shell/Formatting.h"
#include "shell/ListTable.h"
#include "shell/MessageBanner.h"
#include "wallet/TopUpDialog.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Elect {

namespace {

struct Loaded
{
    Wallet wallet;
    QList<TopUp> topUps;
    QHash<qint64, QString> titles;
};

QTableWidget* makeTable(const QString& name, const QString& accessibleName, const QStringList& headers, int stretch,
                        QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    setUpListTable(table, stretch);
    return table;
}

QTableWidgetItem* cell(const QString& text, bool number = false)
{
    auto* item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    return item;
}

} // namespace

WalletPage::WalletPage(Connection& connection, NotificationFeed* feed, QWidget* parent)
    : QWidget(parent), m_connection(connection), m_balance(new QLabel(this)), m_banner(new MessageBanner(this)),
      m_topUp(new QPushButton(tr("Top up…"), this)), m_openPayment(new QPushButton(tr("Open the payment page"), this)),
      m_state(new QLabel(this)), m_busy(new QProgressBar(this)),
      m_transactions(makeTable(QStringLiteral("transactionsTable"), tr("Wallet movements"),
                               {tr("Date"), tr("Movement"), tr("Amount"), tr("Election")}, 3, this)),
      m_topUpTable(makeTable(QStringLiteral("topUpsTable"), tr("Top-ups"),
                             {tr("Requested"), tr("Amount"), tr("State"), tr("Note")}, 3, this)),
      m_refresh(new QPushButton(tr("Refresh"), this))
{
    m_balance->setObjectName(QStringLiteral("walletBalance"));
    QFont big = m_balance->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_balance->setFont(big);
    auto* balanceCaption = new QLabel(tr("Balance"), this);
    balanceCaption->setStyleSheet(QStringLiteral("color: #5b6675;"));

    m_banner->setObjectName(QStringLiteral("walletMessage"));
    m_topUp->setObjectName(QStringLiteral("topUpButton"));
    m_topUp->setToolTip(tr("Pay into the wallet by card, on Stripe's payment page"));
    m_openPayment->setObjectName(QStringLiteral("openPaymentButton"));
    m_openPayment->hide();
    m_state->setObjectName(QStringLiteral("topUpState"));
    m_state->setWordWrap(true);
    m_state->hide();
    m_busy->setObjectName(QStringLiteral("topUpBusy"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_refresh->setObjectName(QStringLiteral("refreshWalletButton"));

    connect(m_topUp, &QPushButton::clicked, this, &WalletPage::askAmount);
    connect(m_openPayment, &QPushButton::clicked, this, [this] {
        for (const TopUp& t : std::as_const(m_topUps))
            if (t.id == m_followed && t.checkoutUrl.isValid())
                QDesktopServices::openUrl(t.checkoutUrl);
    });
    connect(m_refresh, &QPushButton::clicked, this, &WalletPage::reload);
    m_poll.setSingleShot(true);
    connect(&m_poll, &QTimer::timeout, this, &WalletPage::reload);
    if (feed)
        connect(feed, &NotificationFeed::notified, this, &WalletPage::reload);

    auto* balanceBox = new QVBoxLayout;
    balanceBox->setSpacing(2);
    balanceBox->addWidget(balanceCaption);
    balanceBox->addWidget(m_balance);
    auto* top = new QHBoxLayout;
    top->addLayout(balanceBox);
    top->addStretch();
    top->addWidget(m_topUp, 0, Qt::AlignBottom);

    auto* stateRow = new QHBoxLayout;
    stateRow->addWidget(m_busy);
    stateRow->addWidget(m_state, 1);
    stateRow->addWidget(m_openPayment);

    auto* movementsTitle = new QLabel(tr("Movements"), this);
    auto* topUpsTitle = new QLabel(tr("Top-ups"), this);
    for (QLabel* title : {movementsTitle, topUpsTitle}) {
        QFont f = title->font();
        f.setBold(true);
        title->setFont(f);
    }

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_refresh);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addLayout(stateRow);
    layout->addWidget(movementsTitle);
    layout->addWidget(m_transactions, 3);
    layout->addWidget(topUpsTitle);
    layout->addWidget(m_topUpTable, 2);
    layout->addLayout(buttons);
    reload();
}

QString WalletPage::stateName(TopUp::Status status)
{
    switch (status) {
    case TopUp::Status::Pending:
        return tr("Waiting for the payment page");
    case TopUp::Status::Open:
        return tr("Waiting for payment");
    case TopUp::Status::Paid:
        return tr("Paid");
    case TopUp::Status::Expired:
        return tr("Expired unpaid");
    case TopUp::Status::Failed:
        return tr("Failed");
    }
    return {};
}

QString WalletPage::kindName(WalletTransaction::Kind kind)
{
    switch (kind) {
    case WalletTransaction::Kind::TopUp:
        return tr("Top-up");
    case WalletTransaction::Kind::Charge:
        return tr("Charge for publishing");
    case WalletTransaction::Kind::Refund:
        return tr("Refund");
    }
    return {};
}

void WalletPage::reload()
{
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    m_refresh->setEnabled(false);
    whenReady(m_connection.run([](Database& db) -> Result<Loaded> {
        WalletRepository wallet(db);
        auto w = wallet.wallet();
        if (!w)
            return w.error();
        auto topUps = wallet.topUps();
        if (!topUps)
            return topUps.error();
        Loaded loaded{std::move(w).value(), std::move(topUps).value(), {}};
        if (const auto elections = ElectionRepository(db).list())
            for (const Election& e : *elections)
                loaded.titles.insert(e.id, e.title);
        return loaded;
    }),
              this, [this](Result<Loaded> got) {
                  m_loading = false;
                  m_refresh->setEnabled(true);
                  if (!got) {
                      m_banner->showError(got.message());
                  } else {
                      m_wallet = std::move(got->wallet);
                      m_topUps = std::move(got->topUps);
                      m_electionTitles = std::move(got->titles);
                      fill();
                      showFollowed();
                  }
                  Q_EMIT loaded();
                  if (m_reloadAgain) {
                      m_reloadAgain = false;
                      reload();
                  }
              });
}

void WalletPage::fill()
{
    m_balance->setText(Money::format(m_wallet.balance, m_wallet.currency));
    m_transactions->setRowCount(int(m_wallet.transactions.size()));
    for (int row = 0; row < m_wallet.transactions.size(); ++row) {
        const WalletTransaction& t = m_wallet.transactions.at(row);
        const bool out = t.kind == WalletTransaction::Kind::Charge;
        const QString amount = Money::format(t.amount, t.currency);
        m_transactions->setItem(row, 0, cell(shortDateTime(t.createdAt)));
        m_transactions->setItem(row, 1, cell(kindName(t.kind)));
        m_transactions->setItem(row, 2, cell(out ? tr("− %1").arg(amount) : tr("+ %1").arg(amount), true));
        m_transactions->setItem(row, 3, cell(t.electionId ? m_electionTitles.value(*t.electionId) : QString()));
    }
    m_topUpTable->setRowCount(int(m_topUps.size()));
    for (int row = 0; row < m_topUps.size(); ++row) {
        const TopUp& t = m_topUps.at(row);
        m_topUpTable->setItem(row, 0, cell(shortDateTime(t.createdAt)));
        m_topUpTable->setItem(row, 1, cell(Money::format(t.amount, t.currency), true));
        m_topUpTable->setItem(row, 2, cell(stateName(t.status)));
        m_topUpTable->setItem(
            row, 3,
            cell(t.status == TopUp::Status::Paid ? tr("Paid %1").arg(shortDateTime(t.paidAt)) : t.failureReason));
    }
}

void WalletPage::askAmount()
{
    if (m_dialog)
        return;
    m_dialog = new TopUpDialog(m_wallet.currency.isEmpty() ? QStringLiteral("EGP") : m_wallet.currency, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::finished, this, [this](int result) {
        const qint64 amount = m_dialog->amount();
        m_dialog = nullptr;
        if (result == QDialog::Accepted)
            requestTopUp(amount);
    });
    m_dialog->open();
}

void WalletPage::requestTopUp(qint64 amount)
{
    m_topUp->setEnabled(false);
    m_banner->clearMessage();
    whenReady(m_connection.run([amount](Database& db) { return WalletRepository(db).requestTopUp(amount); }), this,
              [this](Result<qint64> id) {
                  m_topUp->setEnabled(true);
                  if (!id) {
                      m_banner->showError(id.message());
                      return;
                  }
                  m_followed = *id;
                  m_opened = false;
                  reload();
              });
}

void WalletPage::showFollowed()
{
    const TopUp* followed = nullptr;
    for (const TopUp& t : std::as_const(m_topUps))
        if (t.id == m_followed)
            followed = &t;
    m_state->setVisible(followed != nullptr);
    m_busy->setVisible(followed &&
                       (followed->status == TopUp::Status::Pending || followed->status == TopUp::Status::Open));
    m_openPayment->setVisible(followed && followed->status == TopUp::Status::Open && followed->checkoutUrl.isValid());
    if (!followed)
        return;
    const QString amount = Money::format(followed->amount, followed->currency);
    switch (followed->status) {
    case TopUp::Status::Pending:
        m_state->setText(tr("Top-up of %1: preparing Stripe's payment page…").arg(amount));
        m_poll.start(1000);
        break;
    case TopUp::Status::Open:
        if (!m_opened && followed->checkoutUrl.isValid()) {
            m_opened = true;
            QDesktopServices::openUrl(followed->checkoutUrl);
        }
        m_state->setText(tr("Top-up of %1: the payment page is open in your browser. The balance grows here once "
                            "Stripe confirms the payment.")
                             .arg(amount));
        m_poll.start(5000);
        break;
    case TopUp::Status::Paid:
        m_state->setText(tr("Top-up of %1: paid, and added to the wallet.").arg(amount));
        m_poll.stop();
        break;
    case TopUp::Status::Expired:
        m_state->setText(tr("Top-up of %1: the payment page expired unpaid. Nothing was charged; top up again "
                            "when you are ready.")
                             .arg(amount));
        m_poll.stop();
        break;
    case TopUp::Status::Failed:
        m_state->setText(tr("Top-up of %1 failed: %2").arg(amount, followed->failureReason));
        m_poll.stop();
        break;
    }
}

} // namespace Elect
