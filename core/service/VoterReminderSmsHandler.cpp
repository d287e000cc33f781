#include "core/service/VoterReminderSmsHandler.h"

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

const char* const kContext = "Elect::VoterReminderSms";
const char* const kReminder =
    QT_TRANSLATE_NOOP("Elect::VoterReminderSms", "Reminder: voting in \"%1\" closes at %2 on %3 and you have not "
                                                 "voted yet. Bring your national ID to a polling station.");

// The text in a language other than the application's: each message chooses its own, so the translation is
// looked up in that language's catalogue (:/i18n/elect_<lang>.qm) rather than through the installed one.
QString translated(const QString& language, const char* source)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<QTranslator>> catalogues;
    std::shared_ptr<QTranslator> catalogue;
    {
        QMutexLocker lock(&mutex);
        auto it = catalogues.find(language);
        if (it == catalogues.end()) {
            auto loaded = std::make_shared<QTranslator>();
            if (!loaded->load(QStringLiteral("elect_") + language, QStringLiteral(":/i18n")))
                loaded.reset();
            it = catalogues.insert(language, loaded);
        }
        catalogue = *it;
    }
    const QString text = catalogue ? catalogue->translate(kContext, source) : QString();
    return text.isEmpty() ? QString::fromUtf8(source) : text;
}

QFuture<Integrations::Delivery> ready(Integrations::Delivery delivery)
{
    QPromise<Integrations::Delivery> promise;
    promise.start();
    promise.addResult(std::move(delivery));
    promise.finish();
    return promise.future();
}

} // namespace

VoterReminderSmsHandler::VoterReminderSmsHandler(Database& db, Integrations::SmsSender& sms) : m_db(db), m_sms(sms) {}

QString VoterReminderSmsHandler::kind() const
{
    return QStringLiteral("voter_reminder_sms");
}

QString VoterReminderSmsHandler::text(const QString& language, const QString& title, const QDateTime& endsAt)
{
    const bool arabic = language == QLatin1String("ar");
    const QLocale locale = arabic ? QLocale(QLocale::Arabic, QLocale::Egypt) : QLocale(QLocale::English);
    const QDateTime local = endsAt.toLocalTime();
    // The day as "30 November": never the ambiguous 11/30/26 of a short date.
    return translated(arabic ? QStringLiteral("ar") : QStringLiteral("en"), kReminder)
        .arg(title, locale.toString(local.time(), QLocale::ShortFormat),
             locale.toString(local.date(), QStringLiteral("d MMMM")));
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
    return m_sms.send({r.phone, text(r.language, r.title, r.endsAt)});
}

} // namespace Elect::Service
