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

/// Sends the outbox's `organization_accepted` and `organization_rejected` messages (payload {"user_id":
/// owner, "reason": text, "language": "en"|"ar"}, written by elect.decide_organization) to the
/// organization's owner, with the reason of a rejection.
class OrganizationDecisionEmailHandler : public OutboxHandler
{
public:
    OrganizationDecisionEmailHandler(bool accepted, Database& db, Integrations::Mailer& mailer,
                                     const MessageTemplates& templates);
    QString kind() const override;
    QFuture<Integrations::Delivery> handle(const OutboxMessage& message) override;

private:
    bool m_accepted;
    Database& m_db;
    Integrations::Mailer& m_mailer;
    const MessageTemplates& m_templates;
};

} // namespace Elect::Service
