#pragma once

#include "core/integrations/twilio/SmsSender.h"

#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

namespace Elect::Integrations {

/// Where and as whom Elect talks to Twilio. Lives only on the host that runs `elect serve`.
struct TwilioSettings
{
    QUrl baseUrl = QUrl(QStringLiteral("https://api.twilio.com"));
    QString accountSid;          ///< "AC" + 32 hex digits
    QString authToken;           ///< secret; never logged
    QString from;                ///< the sending number (E.164), or empty when a messaging service sends
    QString messagingServiceSid; ///< "MG...", used when from is empty
    int timeoutMs = 15000;
};

/// Twilio's Messages API (2010-04-01): send an SMS, read its delivery status. Asynchronous on the
/// calling thread's event loop, through the caller's QNetworkAccessManager. What Twilio answers
/// becomes a Delivery: 2xx Accepted (the message SID), 429 and 5xx and network failures RetryLater
/// (with Twilio's Retry-After), other 4xx Rejected with Twilio's code and message, digits redacted.
class TwilioSmsSender : public SmsSender
{
public:
    TwilioSmsSender(TwilioSettings settings, QNetworkAccessManager* network);

    QFuture<Delivery> send(const SmsMessage& message) override;
    /// Twilio's status of a sent message ("queued", "sent", "delivered", "undelivered", "failed"), or
    /// an Unavailable/NotFound error.
    QFuture<Result<QString>> deliveryStatus(const QString& messageSid) override;

private:
    QUrl messagesUrl(const QString& suffix) const;

    TwilioSettings m_settings;
    QPointer<QNetworkAccessManager> m_network;
};

} // namespace Elect::Integrations
