#include "core/service/StripeWebhook.h"

#include "core/db/WalletRepository.h"
#include "core/integrations/stripe/WebhookEvent.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcWebhook, "elect.service.payments", QtInfoMsg)

namespace Elect::Service {

namespace {

using Reply = StripeWebhook::Reply;
using Verdict = Integrations::WebhookSignature::Verdict;

Reply answer(int status, const char* key)
{
    const QJsonObject o =
        status == 200 ? QJsonObject{{QStringLiteral("received"), true}, {QStringLiteral("result"), QLatin1String(key)}}
                      : QJsonObject{{QStringLiteral("error"), QLatin1String(key)}};
    return {status, QJsonDocument(o).toJson(QJsonDocument::Compact)};
}

} // namespace

StripeWebhook::StripeWebhook(Database& db, QList<QByteArray> secrets, qint64 toleranceSeconds)
    : m_db(db), m_signature(std::move(secrets), toleranceSeconds)
{}

StripeWebhook::Reply StripeWebhook::handle(const QByteArray& signatureHeader, const QByteArray& body, qint64 nowSeconds)
{
    if (body.size() > kMaxBodyBytes)
        return answer(413, "body_too_large");
    switch (m_signature.verify(signatureHeader, body, nowSeconds)) {
    case Verdict::Valid:
        break;
    case Verdict::Malformed:
        qCWarning(lcWebhook) << "webhook refused: the Stripe-Signature header is malformed";
        return answer(400, "signature_malformed");
    case Verdict::NoMatch:
        qCWarning(lcWebhook) << "webhook refused: the signature matches no signing secret";
        return answer(400, "signature_mismatch");
    case Verdict::OutsideWindow:
        qCWarning(lcWebhook) << "webhook refused: the signature's time is outside the tolerance";
        return answer(400, "signature_expired");
    }

    using Kind = Integrations::WebhookEvent::Kind;
    const Integrations::WebhookEvent event = Integrations::WebhookEvent::read(body);
    switch (event.kind) {
    case Kind::Malformed:
        qCWarning(lcWebhook) << "webhook refused: a signed event that is not what Stripe sends:" << event.problem;
        return answer(400, qPrintable(event.problem));
    case Kind::Ignored:
        qCDebug(lcWebhook) << "webhook event" << event.eventId << "of type" << event.type << "ignored";
        return answer(200, "ignored");
    case Kind::Unpaid:
        // A delayed payment method: async_payment_succeeded follows when the money arrives.
        qCInfo(lcWebhook) << "webhook event" << event.eventId << "for an unpaid session: nothing to credit";
        return answer(200, "unpaid");
    case Kind::NotOurs:
        qCWarning(lcWebhook) << "webhook event" << event.eventId << "pays session" << event.sessionId
                             << "which no Elect top-up requested: ignored";
        return answer(200, "not_ours");
    case Kind::Paid:
        break;
    }

    const auto credited = WalletRepository(m_db).creditTopUp(event.sessionId, event.clientReference, event.amountTotal,
                                                             event.currency, event.eventId);
    if (!credited) {
        qCWarning(lcWebhook) << "webhook event" << event.eventId << "not recorded:" << credited.message();
        return answer(500, "database_unavailable");
    }
    qCInfo(lcWebhook) << "webhook event" << event.eventId << "for top-up" << event.clientReference
                      << (*credited ? "credited" : "already credited or refused");
    return answer(200, *credited ? "credited" : "not_credited");
}

} // namespace Elect::Service
