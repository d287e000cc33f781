#include "core/service/VoterReminderSmsHandler.h"

#include "core/service/MessageTemplates.h"

#include "core/db/TallyRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QPromise>
#include <QTranslator>

#include <memory>

namespace Elect::Service {

namespace {

QFuture<Integrations::Delivery> ready(Integrations::Delivery delivery)
{
    QPromise<Integrations::Delivery> promise;
    promise.start();
    promise.addResult(std::move(delivery));
    promise.finish();
    return promise.future();
}

} // namespace

VoterReminderSmsHandler::VoterReminderSmsHandler(Database& db, Integrations::SmsSender& sms,
                                                 const MessageTemplates& templates)
    : m_db(db), m_sms(sms), m_templates(templates)
{}

QString VoterReminderSmsHandler::kind() const
{
    return QStringLiteral("voter_reminder_sms");
}

QFuture<Integrations::Delivery> VoterReminderSmsHandler::handle(const OutboxMessage& message)
{
    using Integrations::Delivery;
    const qint64 election = message.payload.value(QStringLiteral("election_id")).toInteger();
    const qint64 voter = message.payload.value(QStringLiteral("voter_id")).toInteger();
    if (election <= 0 || voter <= 0)
        return ready(
            Delivery{Delivery::Outcome::Rejected, QString(), std::nullopt,
                     QCoreApplication::translate("Elect::Service", "The reminder names no election or voter.")});
    const auto recipient = TallyRepository(m_db).reminderRecipient(election, voter);
    if (!recipient)
        return ready(Delivery{Delivery::Outcome::RetryLater, QString(), std::nullopt, recipient.message()});
    if (!recipient->has_value() || !(*recipient)->stillToVote)
        return ready(Delivery{Delivery::Outcome::Accepted, QString(), std::nullopt,
                              QCoreApplication::translate("Elect::Service",
                                                          "No reminder was needed: the voter has voted, or voting "
                                                          "has closed.")});
    const ReminderRecipient& r = **recipient;
    return m_sms.send({r.phone, m_templates.voterReminderSms(r.language, r.title, r.endsAt)});
}

} // namespace Elect::Service
