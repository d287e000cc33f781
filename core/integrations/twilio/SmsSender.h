#pragma once

#include "core/integrations/Delivery.h"
#include "core/Result.h"

#include <QFuture>
#include <QString>

namespace Elect::Integrations {

/// One text message to one phone.
struct SmsMessage
{
    QString toE164; ///< "+201001234567"; never logged
    QString body;   ///< may hold a one-time code; never logged
};

/// Sends SMS through a provider (Twilio's Messages API is the one Elect ships). Implementations
/// time out, map the provider's answers onto Delivery outcomes, and never log the body or the number.
class SmsSender
{
public:
    virtual ~SmsSender() = default;
    /// Finishes with Accepted (providerId = the message's SID), RetryLater or Rejected; never throws.
    virtual QFuture<Delivery> send(const SmsMessage& message) = 0;
    /// The provider's word on a sent message (for Twilio: queued, sent, delivered, undelivered, failed).
    virtual QFuture<Result<QString>> deliveryStatus(const QString& providerId) = 0;
};

} // namespace Elect::Integrations
