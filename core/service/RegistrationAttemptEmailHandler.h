#pragma once

#include "core/service/OutboxHandler.h"

namespace Elect {
class Database;
}
namespace Elect::Integrations {
class Mailer;
}

namespace Elect::Service {

class MessageTemplates;

/// Sends the outbox's `registration_attempt` messages (payload {"user_id": N}, written by
/// elect.register_organization when the email has an account already): tells that account's owner that
/// someone tried to register with the address. The registration API's answer is the same as for a new
/// registration, so this email is the only place the attempt shows, and it reaches only the address's owner.
class RegistrationAttemptEmailHandler : public OutboxHandler
{
public:
    RegistrationAttemptEmailHandler(Database& db, Integrations::Mailer& mailer, const MessageTemplates& templates);
    QString kind() const override;
    QFuture<Integrations::Delivery> handle(const OutboxMessage& message) override;

private:
    Database& m_db;
    Integrations::Mailer& m_mailer;
    const MessageTemplates& m_templates;
};

} // namespace Elect::Service
