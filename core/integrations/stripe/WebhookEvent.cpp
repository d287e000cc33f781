#include "core/integrations/stripe/WebhookEvent.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace Elect::Integrations {

namespace {

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

WebhookEvent malformed(WebhookEvent e, const char* problem)
{
    e.kind = WebhookEvent::Kind::Malformed;
    e.problem = QLatin1String(problem);
    return e;
}

} // namespace

WebhookEvent WebhookEvent::read(const QByteArray& body)
{
    WebhookEvent e;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return malformed(e, "event_malformed");
    const QJsonObject event = document.object();
    const QJsonValue eventId = event.value(QStringLiteral("id"));
    const QJsonValue type = event.value(QStringLiteral("type"));
    const QJsonValue data = event.value(QStringLiteral("data"));
    if (!isStripeId(eventId, QLatin1String("evt_")) || !type.isString() || !data.isObject() ||
        !data.toObject().value(QStringLiteral("object")).isObject())
        return malformed(e, "event_malformed");
    e.eventId = eventId.toString();
    e.type = type.toString();
    const bool completed = e.type == QLatin1String("checkout.session.completed");
    const bool asyncPaid = e.type == QLatin1String("checkout.session.async_payment_succeeded");
    if (!completed && !asyncPaid) {
        e.kind = Kind::Ignored;
        return e;
    }

    const QJsonObject session = data.toObject().value(QStringLiteral("object")).toObject();
    const QJsonValue sessionId = session.value(QStringLiteral("id"));
    const QJsonValue paymentStatus = session.value(QStringLiteral("payment_status"));
    if (!isStripeId(sessionId, QLatin1String("cs_")) || !paymentStatus.isString())
        return malformed(e, "session_malformed");
    e.sessionId = sessionId.toString();
    if (paymentStatus.toString() != QLatin1String("paid")) {
        e.kind = Kind::Unpaid;
        return e;
    }
    static const QRegularExpression reference(QStringLiteral("^[0-9]{1,18}$"));
    const QJsonValue clientReference = session.value(QStringLiteral("client_reference_id"));
    if (!clientReference.isString() || !reference.match(clientReference.toString()).hasMatch()) {
        e.kind = Kind::NotOurs;
        return e;
    }
    const QJsonValue amount = session.value(QStringLiteral("amount_total"));
    const QJsonValue currency = session.value(QStringLiteral("currency"));
    static const QRegularExpression currencyCode(QStringLiteral("^[A-Za-z]{3}$"));
    if (!isAmount(amount) || !currency.isString() || !currencyCode.match(currency.toString()).hasMatch())
        return malformed(e, "session_malformed");
    e.clientReference = clientReference.toString();
    e.amountTotal = qint64(amount.toDouble());
    e.currency = currency.toString();
    e.kind = Kind::Paid;
    return e;
}

} // namespace Elect::Integrations
