#include "core/service/RegistrationAttemptEmailHandler.h"

#include "core/db/OutboxDeliveryRepository.h"
#include "core/integrations/smtp/Mailer.h"
#include "core/service/HandlerSupport.h"
#include "core/service/MessageTemplates.h"

namespace Elect::Service {

using Integrations::Delivery;

RegistrationAttemptEmailHandler::RegistrationAttemptEmailHandler(Database& db, Integrations::Mailer& mailer,
                                                                 const MessageTemplates& templates)
    : m_db(db), m_mailer(mailer), m_templates(templates)
{}

QString RegistrationAttemptEmailHandler::kind() const
{
    return QStringLiteral("registration_attempt");
}

QFuture<Delivery> RegistrationAttemptEmailHandler::handle(const OutboxMessage& message)
{
    const qint64 user = Support::idField(message, "user_id");
    if (user == 0)
        return Support::ready(Delivery::Outcome::Rejected,
                              QCoreApplication::translate("Elect::Service", "The message names no account."));
    const auto recipient = OutboxDeliveryRepository(m_db).emailRecipient(user);
    if (!recipient)
        return Support::databaseTrouble(recipient.error());
    if (!recipient->has_value())
        return Support::ready(Delivery::Outcome::Rejected,
                              QCoreApplication::translate("Elect::Service", "The account no longer exists."));
    Integrations::EmailMessage email =
        m_templates.registrationAttempt(Support::language(message), (*recipient)->firstName);
    email.to = (*recipient)->email;
    return m_mailer.send(email);
}

} // namespace Elect::Service
