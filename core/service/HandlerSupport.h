#pragma once

// Private to core/service's handlers: what each of them answers in the same way.

#include "core/Result.h"
#include "core/service/OutboxHandler.h"

#include <QCoreApplication>
#include <QFuture>

namespace Elect::Service::Support {

/// A Delivery known before any provider is asked.
inline QFuture<Integrations::Delivery> ready(Integrations::Delivery::Outcome outcome, const QString& reason)
{
    Integrations::Delivery d;
    d.outcome = outcome;
    d.reason = reason;
    return QtFuture::makeReadyFuture(d);
}

/// The database refused or was unreachable while preparing the message: tried again later.
inline QFuture<Integrations::Delivery> databaseTrouble(const Error& error)
{
    return ready(Integrations::Delivery::Outcome::RetryLater,
                 QCoreApplication::translate("Elect::Service", "The database could not prepare the message: %1")
                     .arg(error.message));
}

/// The language the payload asks for ("en" when it names none).
inline QString language(const OutboxMessage& message)
{
    const QString l = message.payload.value(QStringLiteral("language")).toString();
    return l.isEmpty() ? QStringLiteral("en") : l;
}

/// A positive integer field of the payload, or 0.
inline qint64 idField(const OutboxMessage& message, const char* name)
{
    const QJsonValue v = message.payload.value(QLatin1String(name));
    const qint64 id = v.isDouble() ? qint64(v.toDouble()) : v.toString().toLongLong();
    return id > 0 ? id : 0;
}

} // namespace Elect::Service::Support
