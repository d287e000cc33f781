#pragma once

#include "core/integrations/twilio/SmsSender.h"
#include "core/service/OutboxHandler.h"

#include <QDateTime>

namespace Elect {
class Database;
}

namespace Elect::Service {

class MessageTemplates;

/// Sends the outbox rows `voter_reminder_sms` (written by queue_voter_reminders, see ReminderTask): reads
/// the voter's phone and the election through the service's own function as it sends, and sends a short
/// SMS in the election's reminder language (English or Arabic) through the SmsSender. A voter who has
/// voted since the row was written, or an election that no longer runs, gets nothing: the message is
/// done (Accepted, no provider id). The phone and the text are never logged.
class VoterReminderSmsHandler : public OutboxHandler
{
public:
    VoterReminderSmsHandler(Database& db, Integrations::SmsSender& sms, const MessageTemplates& templates);

    QString kind() const override;
    QFuture<Integrations::Delivery> handle(const OutboxMessage& message) override;

private:
    Database& m_db;
    Integrations::SmsSender& m_sms;
    const MessageTemplates& m_templates;
};

} // namespace Elect::Service
