#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace Elect {

class Database;

/// One movement of a wallet (a `transactions` row).
struct WalletTransaction
{
    enum class Kind { TopUp, Charge, Refund };
    qint64 id = 0;
    Kind kind = Kind::TopUp;
    qint64 amount = 0; ///< minor units, always positive: the kind says which way it went
    QString currency;
    std::optional<qint64> electionId;
    QDateTime createdAt;
};

/// An organization's wallet: the owner's balance and its movements, newest first.
struct Wallet
{
    qint64 organizationId = 0;
    qint64 balance = 0; ///< minor units
    QString currency;   ///< ISO 4217, upper case ("EGP")
    QList<WalletTransaction> transactions;
};

/// An owner's request to pay money into the wallet through Stripe Checkout.
struct TopUp
{
    enum class Status { Pending, Open, Paid, Expired, Failed };
    qint64 id = 0;
    qint64 organizationId = 0;
    qint64 amount = 0;
    QString currency;
    Status status = Status::Pending;
    QString sessionId; ///< Stripe's Checkout Session, once open
    QUrl checkoutUrl;  ///< where the owner pays, once open
    QString failureReason;
    QDateTime createdAt;
    QDateTime paidAt;
};

/// What publishing an election costs, by its number of potential voters.
struct PricingTier
{
    qint64 id = 0;
    int minVoters = 0;
    std::optional<int> maxVoters; ///< none: no upper bound
    qint64 price = 0;             ///< minor units
    QString currency = QStringLiteral("EGP");
};

/// What publishing took and left.
struct PublishOutcome
{
    qint64 charged = 0;
    QString currency;
    qint64 balance = 0;
};

/// A top-up whose session has been open a while without a payment reaching the database.
struct OpenTopUp
{
    qint64 id = 0;
    QString sessionId;
    qint64 openSeconds = 0;
};

/// The money of an organization: its wallet, top-ups, the pricing tiers, and publishing and
/// cancelling elections (which charge and refund the wallet). Every rule is the database's
/// (core/sql/0006_wallet.sql); this class refuses nothing itself that the database would allow.
class WalletRepository
{
public:
    explicit WalletRepository(Database& db);

    // Organization staff and system admins
    /// The wallet of the login's organization (staff), or of \a organizationId (a system admin, who must
    /// name one); at most \a limit movements, newest first.
    Result<Wallet> wallet(std::optional<qint64> organizationId = std::nullopt, int limit = 200);
    /// Top-ups of the login's organization (staff) or of \a organizationId (system admin), newest first.
    Result<QList<TopUp>> topUps(std::optional<qint64> organizationId = std::nullopt);
    /// The owner asks to pay \a amountMinor into the wallet; `elect serve` opens the Checkout Session.
    /// Returns the request's id. Refused: not the owner, an amount outside 25.00 .. 999,999.99, five
    /// unpaid requests in the last day.
    Result<qint64> requestTopUp(qint64 amountMinor);
    /// Tiers by currency, then by number of voters.
    Result<QList<PricingTier>> pricingTiers();
    /// A system admin sets the tier that starts at tier.minVoters in tier.currency (new, or changed).
    /// Refused when it would overlap another tier of that currency. Returns its id.
    Result<qint64> setPricingTier(const PricingTier& tier);
    Status removePricingTier(qint64 id);
    /// The owner publishes a draft: scheduled, and charged by its tier in the same transaction. Refused
    /// with the amount missing when the balance is short (nothing changes then).
    Result<PublishOutcome> publishElection(qint64 electionId);
    /// The owner cancels a draft or a published election that has not started. Returns the amount
    /// refunded to the wallet (0 for a draft or a free election).
    Result<qint64> cancelElection(qint64 electionId);

    // elect serve (the elect_service login)
    /// The top-up \a id, or nothing when there is none.
    Result<std::optional<TopUp>> topUpForService(qint64 id);
    /// Records the Checkout Session opened for a pending top-up. False when the top-up is no longer
    /// pending or already holds another session.
    Result<bool> recordCheckoutSession(qint64 topUpId, const QString& sessionId, const QUrl& url);
    /// Stripe refused to open a session: the top-up fails with \a reason, and the organization is told.
    Result<bool> failTopUp(qint64 topUpId, const QString& reason);
    /// Credits a paid session to its top-up's wallet exactly once (the webhook and the poller may both
    /// call it, any number of times). True when this call credited; false when it was credited before, or
    /// when the payment does not match its request (recorded for people, never credited).
    Result<bool> creditTopUp(const QString& sessionId, const QString& clientReference, qint64 amount,
                             const QString& currency, const QString& eventId);
    /// Open top-ups whose session opened more than \a olderThanMinutes ago, oldest first (at most 100).
    Result<QList<OpenTopUp>> openTopUps(int olderThanMinutes);
    /// An open top-up whose session is a day old and unpaid becomes expired; false when it is not.
    Result<bool> expireTopUp(qint64 topUpId);

    static QString keyOf(WalletTransaction::Kind kind);
    static QString keyOf(TopUp::Status status);

private:
    Database& m_db;
};

} // namespace Elect
