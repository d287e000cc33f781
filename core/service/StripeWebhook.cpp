#include "core/service/StripeWebhook.h"

#include "core/db/WalletRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <cmath>

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

// Stripe's ids: a prefix, an underscore, letters, digits and underscores; never anything else.
bool isStripeId(const QJsonValue& v, QLatin1String prefix)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]+_[A-Za-z0-9_]{1,250}$"));
    return v.isString() && v.toString().startsWith(prefix) && pattern.match(v.toString()).hasMatch();
}

// An amount as Stripe writes it: a whole number of minor units, not negative, within what it charges.
bool isAmount(const QJsonValue& v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return d >= 0 && d <= 1e12 && std::floor(d) == d;
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

    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return answer(400, "event_malformed");
    const QJsonObject event = document.object();
    const QJsonValue eventId = event.value(QStringLiteral("id"));
    const QJsonValue type = event.value(QStringLiteral("type"));
    const QJsonValue data = event.value(QStringLiteral("data"));
    if (!isStripeId(eventId, QLatin1String("evt_")) || !type.isString() || !data.isObject() ||
        !data.toObject().value(QStringLiteral("object")).isObject())
        return answer(400, "event_malformed");
    const QString eventType = type.toString();
    const bool completed = eventType == QLatin1String("checkout.session.completed");
    const bool asyncPaid = eventType == QLatin1String("checkout.session.async_payment_succeeded");
    if (!completed && !asyncPaid) {
        qCDebug(lcWebhook) << "webhook event" << eventId.toString() << "of type" << eventType << "ignored";
        return answer(200, "ignored");
    }

    const QJsonObject session = data.toObject().value(QStringLiteral("object")).toObject();
    const QJsonValue sessionId = session.value(QStringLiteral("id"));
    const QJsonValue paymentStatus = session.value(QStringLiteral("payment_status"));
    if (!isStripeId(sessionId, QLatin1String("cs_")) || !paymentStatus.isString())
        return answer(400, "session_malformed");
    if (paymentStatus.toString() != QLatin1String("paid")) {
        // A delayed payment method: async_payment_succeeded follows when the money arrives.
        qCInfo(lcWebhook) << "webhook event" << eventId.toString() << "for an unpaid session: nothing to credit";
        return answer(200, "unpaid");
    }
    static const QRegularExpression reference(QStringLiteral("^[0-9]{1,18}$"));
    const QJsonValue clientReference = session.value(QStringLiteral("client_reference_id"));
    if (!clientReference.isString() || !reference.match(clientReference.toString()).hasMatch()) {
        qCWarning(lcWebhook) << "webhook event" << eventId.toString() << "pays session" << sessionId.toString()
                             << "which no Elect top-up requested: ignored";
        return answer(200, "not_ours");
    }
    const QJsonValue amount = session.value(QStringLiteral("amount_total"));
    const QJsonValue currency = session.value(QStringLiteral("currency"));
    static const QRegularExpression currencyCode(QStringLiteral("^[A-Za-z]{3}$"));
    if (!isAmount(amount) || !currency.isString() || !currencyCode.match(currency.toString()).hasMatch())
        return answer(400, "session_malformed");

    const auto credited =
        WalletRepository(m_db).creditTopUp(sessionId.toString(), clientReference.toString(), qint64(amount.toDouble()),
                                           currency.toString(), eventId.toString());
    if (!credited) {
        qCWarning(lcWebhook) << "webhook event" << eventId.toString() << "not recorded:" << credited.message();
        return answer(500, "database_unavailable");
    }
    qCInfo(lcWebhook) << "webhook event" << eventId.toString() << "for top-up" << clientReference.toString()
                      << (*credited ? "credited" : "already credited or refused");
    return answer(200, *credited ? "credited" : "not_credited");
}

} // namespace Elect::Service
