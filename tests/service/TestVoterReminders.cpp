#include "core/db/OutboxRepository.h"
#include "core/db/TallyRepository.h"
#include "core/domain/Clock.h"
#include "core/integrations/twilio/TwilioSmsSender.h"
#include "core/service/MessageTemplates.h"
#include "core/service/ReminderTask.h"
#include "core/service/VoterReminderSmsHandler.h"
#include "ElectionFixtures.h"
#include "ProviderServers.h"
#include "Sql.h"
#include "TestCluster.h"

#include <QNetworkAccessManager>
#include <QTest>
#include <QUrlQuery>

using namespace Elect;
using namespace Elect::Test;
using Elect::Integrations::Delivery;
using Elect::Service::ReminderTask;
using Elect::Service::VoterReminderSmsHandler;

// Voter reminders, opt-in per election: queued once per election for the registered voters with a phone
// who have not voted, and sent by SMS through Twilio's API (a real HTTP server on 127.0.0.1 here).
class TestVoterReminders : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestCluster> m_cluster;
    std::unique_ptr<pqxx::connection> m_super;
    std::unique_ptr<Database> m_service;
    Elect::Service::MessageTemplates m_templates; // with Elect's own Arabic catalogue, as serve loads it
    QList<DemoSeeder::Account> m_accounts;
    qint64 m_org = 0;
    TestClock m_clock{QDateTime::currentDateTimeUtc()};
    QNetworkAccessManager m_network;

    // A running election with five registered voters: two have voted, one has no phone.
    qint64 makeRunning(const QString& title, bool remind, const QString& startedAgo, const QString& endsIn)
    {
        const FixtureElection e =
            makeElection(*m_super, m_org, title, QStringLiteral("simple"), QStringLiteral("block"), 1, 1,
                         {{QStringLiteral("%1 candidate").arg(title), {}}},
                         {{{QStringLiteral("%1 candidate").arg(title)}, 2, {}}}, startedAgo, endsIn);
        pqxx::work w(*m_super);
        w.exec("SET LOCAL ROLE elect_owner");
        for (int i = 0; i < 3; ++i)
            w.exec("INSERT INTO elect.voters (election_id, organization_id, national_id_hmac, phone) VALUES (" +
                   std::to_string(e.id) + ", " + std::to_string(m_org) + ", public.digest(" +
                   w.quote((title + QStringLiteral("/not yet/") + QString::number(i)).toStdString()) + ", 'sha256'), " +
                   (i == 2 ? std::string("NULL") : "'+2012" + std::to_string(3000000 + i) + "'") + ")");
        w.exec("UPDATE elect.elections SET remind_voters = " + std::string(remind ? "true" : "false") +
               " WHERE id = " + std::to_string(e.id));
        w.commit();
        return e.id;
    }

    QString reminded(qint64 election)
    {
        return scalar(*m_super, QStringLiteral("SELECT string_agg(v.phone, ',' ORDER BY v.phone) FROM elect.outbox o"
                                               " JOIN elect.voters v ON v.id = (o.payload ->> 'voter_id')::bigint"
                                               " WHERE o.kind = 'voter_reminder_sms'"
                                               " AND (o.payload ->> 'election_id')::bigint = %1")
                                    .arg(election));
    }

    const DemoSeeder::Account& account(const QString& labelStart) const
    {
        return Test::demoAccount(m_accounts, labelStart);
    }

    Integrations::TwilioSettings twilio(const QUrl& url) const
    {
        Integrations::TwilioSettings s;
        s.baseUrl = url;
        s.accountSid = QStringLiteral("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
        s.authToken = QStringLiteral("secret-token");
        s.from = QStringLiteral("+15005550006");
        s.timeoutMs = 5000;
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_templates.loadBuiltInLanguage(QStringLiteral("ar")));
        m_cluster = std::make_unique<TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
        const auto demo = seedDemo(*m_cluster);
        QVERIFY2(demo.ok(), qPrintable(demo.message()));
        m_accounts = demo->accounts;
        m_super = rawConnect(m_cluster->superuser());
        QVERIFY(m_super);
        m_service = m_cluster->connect(QStringLiteral("elect_service"), QStringLiteral("service-password-for-tests"));
        QVERIFY(m_service);
        m_org =
            scalar(*m_super, QStringLiteral("SELECT user_id FROM elect.organizations WHERE name = 'Nile Rowing Club'"))
                .toLongLong();
    }

    // Staff choose reminders on a draft; they never say a reminder was sent.
    void staffOptInOnDrafts()
    {
        const auto& owner = account(QStringLiteral("Owner of Nile"));
        auto raw = rawConnect(m_cluster->as(owner.loginRole, owner.password));
        QVERIFY(raw);
        const Outcome made = attempt(*raw, QStringLiteral("INSERT INTO elect.elections (title, starts_at, ends_at,"
                                                          " remind_voters, reminder_language) VALUES ('Opt-in draft',"
                                                          " now() + interval '1 day', now() + interval '2 days', true,"
                                                          " 'ar') RETURNING id"));
        QVERIFY2(made.ok(), qPrintable(made.message));
        QVERIFY(attempt(*raw, QStringLiteral("UPDATE elect.elections SET remind_voters = false WHERE id = %1")
                                  .arg(made.firstValue))
                    .ok());
        QCOMPARE(
            attempt(*raw,
                    QStringLiteral("UPDATE elect.elections SET reminded_at = now() WHERE id = %1").arg(made.firstValue))
                .sqlstate,
            QStringLiteral("42501"));
        QCOMPARE(attempt(*raw, QStringLiteral("UPDATE elect.elections SET reminder_language = 'fr' WHERE id = %1")
                                   .arg(made.firstValue))
                     .sqlstate,
                 QStringLiteral("23514"));
        // Published, the choice is frozen like the rest of the election.
        QCOMPARE(attempt(*raw, QStringLiteral("UPDATE elect.elections SET remind_voters = true"
                                              " WHERE title = 'Club captain 2026'"))
                     .message,
                 QStringLiteral("election_not_draft"));
    }

    void onlyVotersWhoHaveNotVotedAreRemindedOnce()
    {
        const qint64 due =
            makeRunning(QStringLiteral("Due"), true, QStringLiteral("3 hours"), QStringLiteral("1 hour"));
        const qint64 early =
            makeRunning(QStringLiteral("Early"), true, QStringLiteral("10 hours"), QStringLiteral("3 hours"));
        const qint64 unasked =
            makeRunning(QStringLiteral("Unasked"), false, QStringLiteral("3 hours"), QStringLiteral("1 hour"));
        // A short election is reminded from its midpoint: 40 of its 60 minutes have passed.
        const qint64 shortOne =
            makeRunning(QStringLiteral("Short"), true, QStringLiteral("40 minutes"), QStringLiteral("20 minutes"));
        // Another hour-long one, 10 minutes in, is not reminded yet.
        const qint64 shortEarly = makeRunning(QStringLiteral("Short early"), true, QStringLiteral("10 minutes"),
                                              QStringLiteral("50 minutes"));

        ReminderTask task(*m_service);
        QVERIFY(task.runDue(m_clock).result().ok());
        QCOMPARE(task.queuedLastRun(), 4);
        QCOMPARE(reminded(due), QStringLiteral("+20123000000,+20123000001"));
        QCOMPARE(reminded(shortOne), QStringLiteral("+20123000000,+20123000001"));
        QCOMPARE(reminded(early), QString());
        QCOMPARE(reminded(unasked), QString());
        QCOMPARE(reminded(shortEarly), QString());

        // Once per election, however often serve runs.
        QVERIFY(task.runDue(m_clock).result().ok());
        QCOMPARE(task.queuedLastRun(), 0);
        QCOMPARE(
            scalar(*m_super, QStringLiteral("SELECT count(*) FROM elect.outbox WHERE kind = 'voter_reminder_sms'")),
            QStringLiteral("4"));
        QCOMPARE(scalar(*m_super,
                        QStringLiteral("SELECT reminded_at IS NOT NULL FROM elect.elections WHERE id = %1").arg(due)),
                 QStringLiteral("t"));

        // Four hours later the early one is due; an election that has ended gets none.
        QVERIFY(attempt(*m_super, QStringLiteral("SET ROLE elect_owner; UPDATE elect.elections SET ends_at = now() +"
                                                 " interval '30 minutes' WHERE id = %1;"
                                                 " UPDATE elect.elections SET ends_at = now() - interval '1 minute'"
                                                 " WHERE id = %2")
                                      .arg(early)
                                      .arg(unasked))
                    .ok());
        QVERIFY(attempt(*m_super, QStringLiteral("SET ROLE elect_owner; UPDATE elect.elections SET remind_voters = true"
                                                 " WHERE id = %1")
                                      .arg(unasked))
                    .ok());
        QVERIFY(task.runDue(m_clock).result().ok());
        QCOMPARE(task.queuedLastRun(), 2);
        QCOMPARE(reminded(early), QStringLiteral("+20123000000,+20123000001"));
        QCOMPARE(reminded(unasked), QString());
        QVERIFY(scalar(*m_super, QStringLiteral("SELECT count(*) FROM elect.audit_log WHERE action ="
                                                " 'queue_voter_reminders'"))
                    .toInt() == 3);
    }

    void staffCannotQueueReminders()
    {
        const auto& owner = account(QStringLiteral("Owner of Nile"));
        auto db = m_cluster->connect(owner.loginRole, owner.password);
        QVERIFY(db);
        QCOMPARE(TallyRepository(*db).queueVoterReminders().code(), ErrorCode::NotAllowed);
        QCOMPARE(TallyRepository(*db).reminderRecipient(1, 1).code(), ErrorCode::NotAllowed);
    }

    // The handler reads the phone as it sends and posts one SMS to Twilio's Messages API.
    void theHandlerSendsOneSmsToTheVoter()
    {
        const qint64 election =
            makeRunning(QStringLiteral("Annual meeting"), true, QStringLiteral("3 hours"), QStringLiteral("1 hour"));
        ReminderTask task(*m_service);
        QVERIFY(task.runDue(m_clock).result().ok());
        QCOMPARE(task.queuedLastRun(), 2);
        auto claimed = OutboxRepository(*m_service).claimDue(100, 300);
        QVERIFY(claimed.ok());
        QList<OutboxMessage> mine;
        for (const OutboxMessage& m : *claimed)
            if (m.kind == QLatin1String("voter_reminder_sms") &&
                m.payload.value(QStringLiteral("election_id")).toInteger() == election)
                mine << m;
        QCOMPARE(mine.size(), 2);

        ScriptedHttpServer twilioServer;
        twilioServer.push({201, R"({"sid":"SM0001","status":"queued"})", {}, false});
        Integrations::TwilioSmsSender sms(twilio(twilioServer.url()), &m_network);
        VoterReminderSmsHandler handler(*m_service, sms, m_templates);
        QCOMPARE(handler.kind(), QStringLiteral("voter_reminder_sms"));

        const Delivery sent = await(handler.handle(mine.at(0)));
        QCOMPARE(sent.outcome, Delivery::Outcome::Accepted);
        QCOMPARE(sent.providerId, QStringLiteral("SM0001"));
        QCOMPARE(twilioServer.received().size(), 1);
        const QUrlQuery form(QString::fromUtf8(twilioServer.received().first().body));
        const QString to = form.queryItemValue(QStringLiteral("To"), QUrl::FullyDecoded);
        QCOMPARE(to, scalar(*m_super, QStringLiteral("SELECT phone FROM elect.voters WHERE id = %1")
                                          .arg(mine.at(0).payload.value(QStringLiteral("voter_id")).toInteger())));
        const QString body = form.queryItemValue(QStringLiteral("Body"), QUrl::FullyDecoded);
        const QDateTime endsAt = QDateTime::fromSecsSinceEpoch(
            scalar(*m_super, QStringLiteral(
                                 "SELECT floor(extract(epoch FROM ends_at))::bigint FROM elect.elections WHERE id = %1")
                                 .arg(election))
                .toLongLong());
        QVERIFY2(body.contains(QLatin1String("\"Annual meeting\"")), qPrintable(body));
        const QLocale english(QLocale::English);
        QVERIFY2(body.contains(QStringLiteral(" closes at %1 on %2 ")
                                   .arg(english.toString(endsAt.toLocalTime().time(), QLocale::ShortFormat),
                                        english.toString(endsAt.toLocalTime().date(), QStringLiteral("d MMMM")))),
                 qPrintable(body));

        // The second voter votes before the message goes: nothing is sent, and the message is done.
        QVERIFY(attempt(*m_super, QStringLiteral("INSERT INTO elect.voting_records (election_id, voter_id,"
                                                 " organization_id, idempotency_key) VALUES (%1, %2, %3,"
                                                 " public.gen_random_uuid())")
                                      .arg(election)
                                      .arg(mine.at(1).payload.value(QStringLiteral("voter_id")).toInteger())
                                      .arg(m_org))
                    .ok());
        const Delivery skipped = await(handler.handle(mine.at(1)));
        QCOMPARE(skipped.outcome, Delivery::Outcome::Accepted);
        QVERIFY(skipped.providerId.isEmpty());
        QCOMPARE(twilioServer.received().size(), 1);

        // A voter of another election is nobody's reminder.
        OutboxMessage forged = mine.at(0);
        forged.payload.insert(QStringLiteral("election_id"), 1);
        QCOMPARE(await(handler.handle(forged)).outcome, Delivery::Outcome::Accepted);
        QCOMPARE(twilioServer.received().size(), 1);
    }

    // The election's language: Arabic formats the closing time the Arabic way.
    void theReminderSpeaksTheElectionsLanguage()
    {
        const qint64 election =
            makeRunning(QStringLiteral("Arabic"), true, QStringLiteral("3 hours"), QStringLiteral("1 hour"));
        QVERIFY(attempt(*m_super, QStringLiteral("SET ROLE elect_owner; UPDATE elect.elections SET"
                                                 " reminder_language = 'ar' WHERE id = %1")
                                      .arg(election))
                    .ok());
        const auto voter =
            scalar(*m_super, QStringLiteral("SELECT min(id) FROM elect.voters v WHERE election_id = %1 AND phone IS"
                                            " NOT NULL AND NOT EXISTS (SELECT FROM elect.voting_records r WHERE"
                                            " r.voter_id = v.id)")
                                 .arg(election))
                .toLongLong();
        ScriptedHttpServer twilioServer;
        twilioServer.push({201, R"({"sid":"SM0002","status":"queued"})", {}, false});
        Integrations::TwilioSmsSender sms(twilio(twilioServer.url()), &m_network);
        VoterReminderSmsHandler handler(*m_service, sms, m_templates);
        OutboxMessage m;
        m.kind = handler.kind();
        m.payload =
            QJsonObject{{QStringLiteral("election_id"), double(election)}, {QStringLiteral("voter_id"), double(voter)}};
        QCOMPARE(await(handler.handle(m)).outcome, Delivery::Outcome::Accepted);
        QCOMPARE(twilioServer.received().size(), 1);
        const QString body = QUrlQuery(QString::fromUtf8(twilioServer.received().first().body))
                                 .queryItemValue(QStringLiteral("Body"), QUrl::FullyDecoded);
        bool arabicDigits = false;
        for (const QChar c : body)
            arabicDigits = arabicDigits || (c.unicode() >= 0x0660 && c.unicode() <= 0x0669);
        QVERIFY2(arabicDigits, qPrintable(body));
        QVERIFY(m_templates.voterReminderSms(QStringLiteral("en"), QStringLiteral("T"), QDateTime::currentDateTimeUtc())
                    .startsWith(QLatin1String("Reminder: voting in \"T\" closes at ")));
    }
};

QTEST_GUILESS_MAIN(TestVoterReminders)
#include "TestVoterReminders.moc"
