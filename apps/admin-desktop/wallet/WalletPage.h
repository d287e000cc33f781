#pragma once

#include "core/db/WalletRepository.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Elect {

class Connection;
class MessageBanner;
class NotificationFeed;
class TopUpDialog;

/// The owner's wallet: the balance, every movement (top-ups, charges for publishing, refunds) with its date
/// and amount in the wallet's currency, and the top-ups with their state. "Top up…" asks the amount, asks
/// the database for a top-up (request_top_up), waits for `elect serve` to open Stripe's Checkout Session,
/// opens its page in the browser (QDesktopServices) and follows the top-up as it goes from pending to
/// open to paid (or expired, or failed). Paid and failed arrive as notifications (\a feed); while a top-up
/// waits for its page, or for its payment, the page also looks again every few seconds.
class WalletPage : public QWidget
{
    Q_OBJECT

public:
    WalletPage(Connection& connection, NotificationFeed* feed, QWidget* parent = nullptr);

    bool isLoading() const { return m_loading; }
    const Wallet& wallet() const { return m_wallet; }
    const QList<TopUp>& topUps() const { return m_topUps; }
    /// The top-up this window asked for and follows (0: none).
    qint64 followedTopUp() const { return m_followed; }
    /// The top-up dialog while it is open.
    TopUpDialog* topUpDialog() const { return m_dialog; }

    static QString stateName(TopUp::Status status);
    static QString kindName(WalletTransaction::Kind kind);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loaded();

private:
    void askAmount();
    void requestTopUp(qint64 amount);
    void showFollowed();
    void fill();

    Connection& m_connection;
    Wallet m_wallet;
    QList<TopUp> m_topUps;
    QHash<qint64, QString> m_electionTitles;
    QLabel* m_balance;
    MessageBanner* m_banner;
    QPushButton* m_topUp;
    QPushButton* m_openPayment;
    QLabel* m_state;
    QProgressBar* m_busy;
    QTableWidget* m_transactions;
    QTableWidget* m_topUpTable;
    QPushButton* m_refresh;
    TopUpDialog* m_dialog = nullptr;
    QTimer m_poll;
    qint64 m_followed = 0;
    bool m_opened = false;
    bool m_loading = false;
    bool m_reloadAgain = false;
};

} // namespace Elect
