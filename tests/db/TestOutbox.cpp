#include "core/db/OutboxRepository.h"
#include "Sql.h"
#include "TestCluster.h"

#include <QTest>

using namespace Elect;
using Test::attempt;
using Test::scalar;

// The outbox as `elect serve` works it, as the elect_service login, against a real server: what one
// server claims no other gets, and each message ends sent, rescheduled or given up.
class TestOutbox : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TestCluster> m_cluster;
    std::unique_ptr<pqxx::connection> m_super;
    std::unique_ptr<Database> m_serviceA;
    std::unique_ptr<Database> m_serviceB;

    QList<qint64> ids(const QList<OutboxMessage>& messages)
    {
        QList<qint64> out;
        for (const auto& m : messages)
            out << m.id;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = std::make_unique<Test::TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
        m_super = Test::rawConnect(m_cluster->superuser());
        QVERIFY(m_super);
        m_serviceA = m_cluster->connect(QStringLiteral("elect_service"), QStringLiteral("service-password-for-tests"));
        m_serviceB = m_cluster->connect(QStringLiteral("elect_service"), QStringLiteral("service-password-for-tests"));
        QVERIFY(m_serviceA && m_serviceB);
    }

    void init()
    {
        QVERIFY(attempt(*m_super, QStringLiteral("DELETE FROM elect.outbox")).ok());
        for (int i = 1; i <= 6; ++i)
            QVERIFY(attempt(*m_super, QStringLiteral("INSERT INTO elect.outbox (kind, payload) VALUES ('test_message', "
                                                     "jsonb_build_object('n', %1))")
                                          .arg(i))
                        .ok());
    }

    void aClaimLeasesWhatItTakes()
    {
        const auto first = OutboxRepository(*m_serviceA).claimDue(4, 300);
        QVERIFY2(first.ok(), qPrintable(first.message()));
        QCOMPARE(first->size(), 4);
        QCOMPARE(first->first().kind, QStringLiteral("test_message"));
        QCOMPARE(first->first().payload.value(QStringLiteral("n")).toInt(), 1);
        QCOMPARE(first->first().attempts, 0);
        QVERIFY(!first->first().organizationId.has_value());
        // Another server, right after: only what the first did not take.
        const auto second = OutboxRepository(*m_serviceB).claimDue(10, 300);
        QVERIFY(second.ok());
        QCOMPARE(second->size(), 2);
        for (qint64 id : ids(*second))
            QVERIFY(!ids(*first).contains(id));
        QCOMPARE(OutboxRepository(*m_serviceA).claimDue(10, 300)->size(), 0);
    }

    // Rows another transaction holds are skipped, not waited for: two servers never send one message.
    void lockedRowsAreSkippedNotAwaited()
    {
        pqxx::work holder(*m_super);
        holder.exec("SELECT id FROM elect.outbox ORDER BY id LIMIT 3 FOR UPDATE");
        const auto claimed = OutboxRepository(*m_serviceA).claimDue(10, 300);
        QVERIFY2(claimed.ok(), qPrintable(claimed.message()));
        QCOMPARE(claimed->size(), 3);
        holder.abort();
        const auto rest = OutboxRepository(*m_serviceB).claimDue(10, 300);
        QCOMPARE(rest->size(), 3);
        for (qint64 id : ids(*rest))
            QVERIFY(!ids(*claimed).contains(id));
    }

    void aDeadServersLeaseEnds()
    {
        QCOMPARE(OutboxRepository(*m_serviceA).claimDue(10, 300)->size(), 6);
        // Five minutes pass (the lease is moved back rather than waited for).
        QVERIFY(
            attempt(*m_super, QStringLiteral("UPDATE elect.outbox SET next_attempt_at = now() - interval '1 second'"))
                .ok());
        QCOMPARE(OutboxRepository(*m_serviceB).claimDue(10, 300)->size(), 6);
    }

    void eachMessageEndsSentRescheduledOrGivenUp()
    {
        OutboxRepository outbox(*m_serviceA);
        const auto claimed = outbox.claimDue(3, 300);
        QCOMPARE(claimed->size(), 3);
        const qint64 sent = claimed->at(0).id, retried = claimed->at(1).id, failed = claimed->at(2).id;
        QVERIFY(outbox.markSent(sent).ok());
        QVERIFY(outbox.scheduleRetry(retried, 1, 60, QStringLiteral("Twilio did not answer in time.")).ok());
        QVERIFY(outbox.markFailed(failed, 8, QStringLiteral("Twilio refused the message (error 21211).")).ok());
        const auto row = [&](qint64 id) {
            return scalar(*m_super,
                          QStringLiteral("SELECT status || '|' || attempts || '|' || coalesce(last_error, '-') || '|' "
                                         "|| (next_attempt_at > now() + interval '50 seconds') FROM elect.outbox "
                                         "WHERE id = %1")
                              .arg(id));
        };
        QCOMPARE(row(sent), QStringLiteral("sent|1|-|true"));
        QCOMPARE(row(retried), QStringLiteral("pending|1|Twilio did not answer in time.|true"));
        QCOMPARE(row(failed), QStringLiteral("failed|8|Twilio refused the message (error 21211).|true"));
        // Due again, only the rescheduled one comes back; a sent or failed message never does.
        QVERIFY(
            attempt(*m_super, QStringLiteral("UPDATE elect.outbox SET next_attempt_at = now() - interval '1 second'"))
                .ok());
        const auto again = outbox.claimDue(10, 300);
        QVERIFY(ids(*again).contains(retried));
        QVERIFY(!ids(*again).contains(sent));
        QVERIFY(!ids(*again).contains(failed));
        QCOMPARE(again->size(), 4);
        QCOMPARE(std::find_if(again->begin(), again->end(), [&](const OutboxMessage& m) { return m.id == retried; })
                     ->attempts,
                 1);
        // A late second word on a message that is already done changes nothing.
        QVERIFY(outbox.scheduleRetry(sent, 2, 60, QStringLiteral("late")).ok());
        QCOMPARE(row(sent).section(QLatin1Char('|'), 0, 2), QStringLiteral("sent|1|-"));
    }

    void peopleAndKiosksCannotWorkTheOutbox()
    {
        const auto demo = Test::seedDemo(*m_cluster);
        QVERIFY2(demo.ok(), qPrintable(demo.message()));
        for (const auto& account : demo->accounts) {
            auto db = m_cluster->connect(account.loginRole, account.password);
            if (!db)
                continue; // an account that may not sign in yet
            const auto claimed = OutboxRepository(*db).claimDue(10, 300);
            QVERIFY2(!claimed.ok(), qPrintable(account.label));
            QCOMPARE(claimed.code(), ErrorCode::NotAllowed);
        }
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "TestOutbox.moc"
