#include "core/db/WalletRepository.h"

#include "core/db/DbKeys.h"
#include "core/db/DbSupport.h"

#include <QCoreApplication>

#include <cstring>
#include <utility>

namespace Elect {

namespace {

const std::pair<WalletTransaction::Kind, const char*> kKinds[] = {{WalletTransaction::Kind::TopUp, "top_up"},
                                                                  {WalletTransaction::Kind::Charge, "charge"},
                                                                  {WalletTransaction::Kind::Refund, "refund"}};
const std::pair<TopUp::Status, const char*> kStatuses[] = {{TopUp::Status::Pending, "pending"},
                                                           {TopUp::Status::Open, "open"},
                                                           {TopUp::Status::Paid, "paid"},
                                                           {TopUp::Status::Expired, "expired"},
                                                           {TopUp::Status::Failed, "failed"}};

// A key this version does not know is refused (Db::UnknownKey), never read as a default.
template <typename E, std::size_t N>
E fromKey(const pqxx::field& f, const std::pair<E, const char*> (&table)[N])
{
    if (!f.is_null())
        for (const auto& [value, name] : table)
            if (std::strcmp(f.c_str(), name) == 0)
                return value;
    throw Db::UnknownKey(f.name() ? f.name() : "?", f.is_null() ? "NULL" : f.c_str());
}

template <typename E, std::size_t N>
QString toKey(E value, const std::pair<E, const char*> (&table)[N])
{
    for (const auto& [v, name] : table)
        if (v == value)
            return QString::fromLatin1(name);
    Q_UNREACHABLE();
    return {};
}

std::optional<qint64> optionalInt64(const pqxx::field& f)
{
    return f.is_null() ? std::nullopt : std::optional<qint64>(f.as<long long>());
}

const Db::Statement kOwnOrganization{"wallet_own_organization", "SELECT elect.current_organization_id() AS id"};
const Db::Statement kBalance{"wallet_balance", "SELECT wallet_balance, wallet_currency FROM elect.users WHERE id = $1"};
const Db::Statement kTransactions{
    "wallet_transactions",
    "SELECT id, kind, amount, currency, election_id, extract(epoch FROM created_at) AS created_at"
    " FROM elect.transactions WHERE organization_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2::int"};
const Db::Statement kTopUps{
    "wallet_top_ups",
    "SELECT id, organization_id, amount, currency, status, coalesce(stripe_session_id, '') AS stripe_session_id,"
    " coalesce(checkout_url, '') AS checkout_url, coalesce(failure_reason, '') AS failure_reason,"
    " extract(epoch FROM created_at) AS created_at, extract(epoch FROM paid_at) AS paid_at"
    " FROM elect.wallet_top_ups WHERE organization_id = $1 ORDER BY created_at DESC, id DESC LIMIT 200"};
const Db::Statement kRequestTopUp{"wallet_request_top_up", "SELECT elect.request_top_up($1) AS id"};
const Db::Statement kTiers{"wallet_tiers", "SELECT id, min_voters, max_voters, price, currency FROM elect.pricing_tiers"
                                           " ORDER BY currency, min_voters"};
const Db::Statement kSetTier{"wallet_set_tier", "SELECT elect.set_pricing_tier($1, $2, $3, $4) AS id"};
const Db::Statement kRemoveTier{"wallet_remove_tier", "SELECT elect.remove_pricing_tier($1)"};
const Db::Statement kPublish{"wallet_publish", "SELECT charged, currency, balance FROM elect.publish_election($1)"};
const Db::Statement kCancel{"wallet_cancel", "SELECT elect.cancel_election($1) AS refunded"};
const Db::Statement kServiceTopUp{
    "wallet_service_top_up",
    "SELECT id, organization_id, amount, currency, status, coalesce(stripe_session_id, '') AS stripe_session_id,"
    " coalesce(checkout_url, '') AS checkout_url FROM elect.service_top_up($1)"};
const Db::Statement kRecordSession{"wallet_record_session",
                                   "SELECT elect.service_record_checkout_session($1, $2, $3) AS ok"};
const Db::Statement kFailTopUp{"wallet_fail_top_up", "SELECT elect.service_fail_top_up($1, $2) AS ok"};
const Db::Statement kCredit{"wallet_credit", "SELECT elect.service_credit_top_up($1, $2, $3, $4, $5) AS ok"};
const Db::Statement kOpenTopUps{"wallet_open_top_ups",
                                "SELECT id, stripe_session_id, open_seconds FROM elect.service_open_top_ups($1)"};
const Db::Statement kExpire{"wallet_expire_top_up", "SELECT elect.service_expire_top_up($1) AS ok"};

TopUp topUpFromRow(const pqxx::row& row)
{
    TopUp t;
    t.id = row["id"].as<long long>();
    t.organizationId = row["organization_id"].as<long long>();
    t.amount = row["amount"].as<long long>();
    t.currency = Db::qstr(row["currency"]);
    t.status = fromKey(row["status"], kStatuses);
    t.sessionId = Db::qstr(row["stripe_session_id"]);
    t.checkoutUrl = QUrl(Db::qstr(row["checkout_url"]));
    return t;
}

// Staff name no organization: theirs is the login's. A system admin must name one.
Result<qint64> organizationOf(pqxx::work& w, std::optional<qint64> requested)
{
    if (requested)
        return *requested;
    const auto own = optionalInt64(Db::execPrepared(w, kOwnOrganization)[0]["id"]);
    if (!own)
        return Result<qint64>::failure(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("Elect::WalletRepository",
                                        "Say which organization's wallet to show: this account belongs to none."));
    return *own;
}

} // namespace

WalletRepository::WalletRepository(Database& db) : m_db(db) {}

QString WalletRepository::keyOf(WalletTransaction::Kind kind)
{
    return toKey(kind, kKinds);
}

QString WalletRepository::keyOf(TopUp::Status status)
{
    return toKey(status, kStatuses);
}

Result<Wallet> WalletRepository::wallet(std::optional<qint64> organizationId, int limit)
{
    auto result = Db::transact<Result<Wallet>>(m_db, [&](pqxx::work& w) -> Result<Wallet> {
        const auto org = organizationOf(w, organizationId);
        if (!org)
            return org.error();
        const pqxx::result balance = Db::execPrepared(w, kBalance, static_cast<long long>(*org));
        if (balance.empty())
            return Result<Wallet>::failure(
                ErrorCode::NotFound, QCoreApplication::translate("Elect::WalletRepository",
                                                                 "There is no organization %1, or you may not see it.")
                                         .arg(*org));
        Wallet wallet;
        wallet.organizationId = *org;
        wallet.balance = balance[0]["wallet_balance"].as<long long>();
        wallet.currency = Db::qstr(balance[0]["wallet_currency"]);
        for (const auto& row : Db::execPrepared(w, kTransactions, static_cast<long long>(*org), limit)) {
            WalletTransaction t;
            t.id = row["id"].as<long long>();
            t.kind = fromKey(row["kind"], kKinds);
            t.amount = row["amount"].as<long long>();
            t.currency = Db::qstr(row["currency"]);
            t.electionId = optionalInt64(row["election_id"]);
            t.createdAt = Db::epoch(row["created_at"]);
            wallet.transactions << t;
        }
        return wallet;
    });
    if (!result)
        return result.error();
    return std::move(result).value();
}

Result<QList<TopUp>> WalletRepository::topUps(std::optional<qint64> organizationId)
{
    auto result = Db::transact<Result<QList<TopUp>>>(m_db, [&](pqxx::work& w) -> Result<QList<TopUp>> {
        const auto org = organizationOf(w, organizationId);
        if (!org)
            return org.error();
        QList<TopUp> list;
        for (const auto& row : Db::execPrepared(w, kTopUps, static_cast<long long>(*org))) {
            TopUp t = topUpFromRow(row);
            t.failureReason = Db::qstr(row["failure_reason"]);
            t.createdAt = Db::epoch(row["created_at"]);
            t.paidAt = Db::epoch(row["paid_at"]);
            list << t;
        }
        return list;
    });
    if (!result)
        return result.error();
    return std::move(result).value();
}

Result<qint64> WalletRepository::requestTopUp(qint64 amountMinor)
{
    return Db::transact<qint64>(m_db, [&](pqxx::work& w) {
        return qint64(Db::execPrepared(w, kRequestTopUp, static_cast<long long>(amountMinor))[0]["id"].as<long long>());
    });
}

Result<QList<PricingTier>> WalletRepository::pricingTiers()
{
    return Db::transact<QList<PricingTier>>(m_db, [&](pqxx::work& w) {
        QList<PricingTier> tiers;
        for (const auto& row : Db::execPrepared(w, kTiers)) {
            PricingTier t;
            t.id = row["id"].as<long long>();
            t.minVoters = row["min_voters"].as<int>();
            if (!row["max_voters"].is_null())
                t.maxVoters = row["max_voters"].as<int>();
            t.price = row["price"].as<long long>();
            t.currency = Db::qstr(row["currency"]);
            tiers << t;
        }
        return tiers;
    });
}

Result<qint64> WalletRepository::setPricingTier(const PricingTier& tier)
{
    return Db::transact<qint64>(m_db, [&](pqxx::work& w) {
        const std::optional<int> max = tier.maxVoters;
        return qint64(Db::execPrepared(w, kSetTier, tier.minVoters, max, static_cast<long long>(tier.price),
                                       Db::str(tier.currency))[0]["id"]
                          .as<long long>());
    });
}

Status WalletRepository::removePricingTier(qint64 id)
{
    return Db::transactVoid(m_db, [&](pqxx::work& w) { Db::execPrepared(w, kRemoveTier, static_cast<long long>(id)); });
}

Result<PublishOutcome> WalletRepository::publishElection(qint64 electionId)
{
    return Db::transact<PublishOutcome>(m_db, [&](pqxx::work& w) {
        const pqxx::row row = Db::execPrepared(w, kPublish, static_cast<long long>(electionId))[0];
        PublishOutcome o;
        o.charged = row["charged"].as<long long>();
        o.currency = Db::qstr(row["currency"]);
        o.balance = row["balance"].as<long long>();
        return o;
    });
}

Result<qint64> WalletRepository::cancelElection(qint64 electionId)
{
    return Db::transact<qint64>(m_db, [&](pqxx::work& w) {
        return qint64(Db::execPrepared(w, kCancel, static_cast<long long>(electionId))[0]["refunded"].as<long long>());
    });
}

Result<std::optional<TopUp>> WalletRepository::topUpForService(qint64 id)
{
    return Db::transact<std::optional<TopUp>>(m_db, [&](pqxx::work& w) -> std::optional<TopUp> {
        const pqxx::result r = Db::execPrepared(w, kServiceTopUp, static_cast<long long>(id));
        if (r.empty())
            return std::nullopt;
        return topUpFromRow(r[0]);
    });
}

Result<bool> WalletRepository::recordCheckoutSession(qint64 topUpId, const QString& sessionId, const QUrl& url)
{
    return Db::transact<bool>(m_db, [&](pqxx::work& w) {
        return Db::execPrepared(w, kRecordSession, static_cast<long long>(topUpId), Db::str(sessionId),
                                Db::str(url.toString(QUrl::FullyEncoded)))[0]["ok"]
            .as<bool>();
    });
}

Result<bool> WalletRepository::failTopUp(qint64 topUpId, const QString& reason)
{
    return Db::transact<bool>(m_db, [&](pqxx::work& w) {
        return Db::execPrepared(w, kFailTopUp, static_cast<long long>(topUpId), Db::str(reason))[0]["ok"].as<bool>();
    });
}

Result<bool> WalletRepository::creditTopUp(const QString& sessionId, const QString& clientReference, qint64 amount,
                                           const QString& currency, const QString& eventId)
{
    return Db::transact<bool>(m_db, [&](pqxx::work& w) {
        const std::optional<std::string> event =
            eventId.isEmpty() ? std::nullopt : std::optional<std::string>(Db::str(eventId));
        return Db::execPrepared(w, kCredit, Db::str(sessionId), Db::str(clientReference),
                                static_cast<long long>(amount), Db::str(currency), event)[0]["ok"]
            .as<bool>();
    });
}

Result<QList<OpenTopUp>> WalletRepository::openTopUps(int olderThanMinutes)
{
    return Db::transact<QList<OpenTopUp>>(m_db, [&](pqxx::work& w) {
        QList<OpenTopUp> list;
        for (const auto& row : Db::execPrepared(w, kOpenTopUps, olderThanMinutes)) {
            OpenTopUp t;
            t.id = row["id"].as<long long>();
            t.sessionId = Db::qstr(row["stripe_session_id"]);
            t.openSeconds = Db::int64(row["open_seconds"]);
            list << t;
        }
        return list;
    });
}

Result<bool> WalletRepository::expireTopUp(qint64 topUpId)
{
    return Db::transact<bool>(m_db, [&](pqxx::work& w) {
        return Db::execPrepared(w, kExpire, static_cast<long long>(topUpId))[0]["ok"].as<bool>();
    });
}

} // namespace Elect
