#pragma once

#include "core/service/OutboxHandler.h"

namespace Elect {
class Database;
}
namespace Elect::Integrations {
class SmsSender;
}

namespace Elect::Service {

class MessageTemplates;

/// Sends the outbox's `voter_code_sms` messages (payload {"otp_id": N, "language": "en"|"ar"}): generates a
/// six-digit code from the CSPRNG, stores only its HMAC under the organization's key (through
/// elect.service_store_voter_code, which also sets it to expire in five minutes and returns the phone),
/// then texts "Your Elect code is NNNNNN" to the voter. The code exists nowhere but in the message; the
/// kiosk's verify function compares through elect.voter_code_matches. A code voided before it was sent
/// (the voter asked again) is not sent: Accepted with no provider id, and the reason says so. A voter
/// without a phone is Rejected (the organization is told).
class VoterCodeSmsHandler : public OutboxHandler
{
public:
    VoterCodeSmsHandler(Database& db, Integrations::SmsSender& sms, const MessageTemplates& templates);
    QString kind() const override;
    QFuture<Integrations::Delivery> handle(const OutboxMessage& message) override;

    /// Six ASCII digits, uniform over 000000..999999 (rejection sampling: no modulo bias).
    static QString randomCode();

private:
    Database& m_db;
    Integrations::SmsSender& m_sms;
    const MessageTemplates& m_templates;
};

} // namespace Elect::Service
