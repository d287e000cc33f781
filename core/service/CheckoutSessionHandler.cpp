#include "core/service/CheckoutSessionHandler.h"

#include "core/db/WalletRepository.h"
#include "core/integrations/stripe/PaymentGateway.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCheckout, "elect.service.payments", QtInfoMsg)

namespace Elect::Service {

using Integrations::Delivery;

namespace {

QFuture<Delivery> ready(Delivery::Outcome outcome, QString reason, QString providerId = {})
{
    Delivery d;
    d.outcome = outcome;
    d.reason = std::move(reason);
    d.providerId = std::move(providerId);
    return QtFuture::makeReadyFuture(d);
}

} // namespace

CheckoutSessionHandler::CheckoutSessionHandler(Database& db, Integrations::PaymentGateway& gateway, CheckoutUrls urls)
    : m_db(db), m_gateway(gateway), m_urls(std::move(urls))
{}

QString CheckoutSessionHandler::kind() const
{
    return QStringLiteral("checkout_session");
}

QString CheckoutSessionHandler::idempotencyKey(qint64 topUpId)
{
    return QStringLiteral("elect-top-up-%1").arg(topUpId);
}

QFuture<Delivery> CheckoutSessionHandler::handle(const OutboxMessage& message)
{
    const QJsonValue idValue = message.payload.value(QStringLiteral("top_up_id"));
    const qint64 topUpId = idValue.isDouble() ? idValue.toInteger() : 0;
    if (topUpId <= 0)
        return ready(Delivery::Outcome::Rejected,
                     QCoreApplication::translate("Elect::Service", "The message names no top-up request."));
    const auto found = WalletRepository(m_db).topUpForService(topUpId);
    if (!found)
        return ready(Delivery::Outcome::RetryLater, found.message());
    if (!found->has_value())
        return ready(Delivery::Outcome::Rejected,
                     QCoreApplication::translate("Elect::Service", "Top-up request %1 does not exist.").arg(topUpId));
    const TopUp& topUp = **found;
    if (topUp.status != TopUp::Status::Pending) {
        // Sent before (the message is a retry after a crash, or came twice): nothing more to do.
        return ready(Delivery::Outcome::Accepted,
                     QCoreApplication::translate("Elect::Service", "Top-up request %1 is no longer waiting for a "
                                                                   "checkout session.")
                         .arg(topUpId),
                     topUp.sessionId);
    }

    Integrations::CheckoutRequest request;
    request.topUpRequestId = topUp.id;
    request.amountMinor = topUp.amount;
    request.currency = topUp.currency.toLower();
    request.idempotencyKey = idempotencyKey(topUp.id);
    request.successUrl = m_urls.successUrl;
    request.cancelUrl = m_urls.cancelUrl;
    Database* db = &m_db;
    return m_gateway.createCheckoutSession(request).then(
        [db, topUpId](const Result<Integrations::CheckoutSession>& session) {
            Delivery d;
            if (session) {
                const auto recorded = WalletRepository(*db).recordCheckoutSession(topUpId, session->id, session->url);
                if (!recorded) {
                    // The next attempt gets the same session back (same idempotency key) and records it then.
                    d.outcome = Delivery::Outcome::RetryLater;
                    d.reason = recorded.message();
                    return d;
                }
                d.outcome = Delivery::Outcome::Accepted;
                d.providerId = session->id;
                if (!*recorded)
                    d.reason = QCoreApplication::translate("Elect::Service",
                                                           "Top-up request %1 had changed before its session was "
                                                           "recorded; it was left as it was.")
                                   .arg(topUpId);
                qCInfo(lcCheckout) << "top-up" << topUpId << "checkout session" << session->id
                                   << (*recorded ? "recorded" : "not recorded");
                return d;
            }
            switch (session.code()) {
            case ErrorCode::InvalidInput:
            case ErrorCode::NotAllowed:
            case ErrorCode::NotFound:
            case ErrorCode::AlreadyExists:
            case ErrorCode::WrongState: {
                d.outcome = Delivery::Outcome::Rejected;
                d.reason = session.message();
                if (const auto failed = WalletRepository(*db).failTopUp(topUpId, d.reason); !failed)
                    qCWarning(lcCheckout) << "top-up" << topUpId << "could not be marked failed:" << failed.message();
                qCWarning(lcCheckout) << "top-up" << topUpId << "refused by Stripe:" << d.reason;
                return d;
            }
            default:
                d.outcome = Delivery::Outcome::RetryLater;
                d.reason = session.message();
                return d;
            }
        });
}

} // namespace Elect::Service
