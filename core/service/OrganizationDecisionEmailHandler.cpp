#include "core/service/OrganizationDecisionEmailHandler.h"

#include "core/db/OutboxDeliveryRepository.h"
#include "core/integrations/smtp/Mailer.h"
#include "core/service/HandlerSupport.h"
#include "core/service/MessageTemplates.h"

namespace Elect::Service {

using Integrations::Delivery;

OrganizationDecisionEmailHandler::OrganizationDecisionEmailHandler(bool accepted, Database& db,
                                                                   Integrations::Mailer& mailer,
                                                                   const MessageTemplates& templates)
    : m_accepted(accepted), m_db(db), m_mailer(mailer), m_templates(templates)
{}

QString OrganizationDecisionEmailHandler::kind() const
{
    return m_accepted ? QStringLiteral("organization_accepted") : QStringLiteral("organization_rejected");
}

QFuture<Delivery> OrganizationDecisionEmailHandler::handle(const OutboxMessage& message)
{
    qint64 user = Support::idField(message, "user_id");
    if (user == 0)
        user = message.organizationId.value_or(0);
    if (user == 0)
        return Support::ready(Delivery::Outcome::Rejected,
                              QCoreApplication::translate("Elect::Service", "The message names no account."));
    const auto recipient = OutboxDeliveryRepository(m_db).emailRecipient(user);
    if (!recipient)
        return Support::databaseTrouble(recipient.error());
    if (!recipient->has_value())
        return Support::ready(Delivery::Outcome::Rejected,
                              QCoreApplication::translate("Elect::Service", "The account no longer exists."));
    Integrations::EmailMessage email = m_templates.organizationDecision(
        Support::language(message), (*recipient)->firstName, (*recipient)->organizationName, m_accepted,
        message.payload.value(QStringLiteral("reason")).toString());
    email.to = (*recipient)->email;
    return m_mailer.send(email);
}

} // namespace Elect::Service
