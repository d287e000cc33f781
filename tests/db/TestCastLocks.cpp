#include "core/db/AuditRepository.h"
#include "core/db/VotingRepository.h"
#include "core/service/AuditSealer.h"
#include "core/service/AuditVerifier.h"

#include "Sql.h"
#include "TestCluster.h"

#include <QTest>
#include <QUuid>

using namespace Elect;
using namespace Elect::Test;

namespace {

const QString kServicePassword = QStringLiteral("service-password-for-tests");
// audit()'s lock on the chain (0003_accounts.sql).
constexpr int kChainLock = 7261001;

// The demo's voters of "Club captain 2026" (core/devtools/DemoSeeder.cpp): voter i has this national id.
QString demoVoter(int i)
{
    return QStringLiteral("2990101%1").arg(1000000 + i * 7919, 7, 10, QLatin1Char('0'));
}

} // namespace

// What a cast waits for (0017_audit_batches.sql), against a real server, as the kiosk, the service and the
// superuser. Kiosk events reach the audit chain in batches sealed by elect serve: a cast never waits for the
// chain's lock, every step is still recorded, and the chain stays one verifiable chain once sealed. Casts
// share their election's voting lock: closing the election waits for the casts in flight, and the casts
// after it see the election closed.
class TestCastLocks : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestCluster> m_cluster;
    std::unique_ptr<pqxx::connection> m_super;
    std::unique_ptr<Database> m_kiosk;
    std::unique_ptr<Database> m_service;
    std::unique_ptr<pqxx::connection> m_serviceRaw;
    QString m_kioskRole;
    QString m_kioskPassword;
    qint64 m_election = 0;
    QUuid m_lookup;

    QString sql(const QString& statement) { return scalar(*m_super, statement); }

    // Demo voter \a i looked up as the kiosk; sets m_lookup.
    QString identify(int i)
    {
        const auto lookup = VotingRepository(*m_kiosk).identify(m_election, demoVoter(i));
        if (!lookup || !lookup->listed)
            return QStringLiteral("identify: ") + (lookup ? QStringLiteral("not listed") : lookup.message());
        m_lookup = lookup->id;
        return {};
    }

    // The code of the last lookup, stored as elect serve stores it as it sends the SMS.
    QString storeCode()
    {
        const QString otp = sql(QStringLiteral("SELECT max(id) FROM elect.voter_otps"));
        const Outcome stored = attempt(
            *m_serviceRaw, QStringLiteral("SELECT state FROM elect.service_store_voter_code(%1, '135791')").arg(otp));
        return stored.ok() && stored.firstValue == QLatin1String("ready") ? QString()
                                                                          : QStringLiteral("store: ") + stored.message;
    }

    // The rest of the voter's way, as the kiosk: the code, the ballot, the cast.
    QString verifyAndCast()
    {
        VotingRepository voting(*m_kiosk);
        const auto verified = voting.verifyCode(m_lookup, QStringLiteral("135791"));
        if (!verified || verified->outcome != CodeVerification::Outcome::Verified)
            return QStringLiteral("verify: ") + (verified ? QStringLiteral("not verified") : verified.message());
        const auto ballot = voting.ballot(verified->sessionToken);
        if (!ballot || ballot->isEmpty())
            return QStringLiteral("ballot: ") + (ballot ? QStringLiteral("empty") : ballot.message());
        const auto receipt = voting.cast(verified->sessionToken, {ballot->first().id}, QUuid::createUuid(),
                                         VotingRepository::newReceiptCode());
        return receipt ? QString() : QStringLiteral("cast: ") + receipt.message();
    }

    QString vote(int i)
    {
        QString problem = identify(i);
        if (problem.isEmpty())
            problem = storeCode();
        return problem.isEmpty() ? verifyAndCast() : problem;
    }

    QString kioskActions(const QString& where)
    {
        return sql(QStringLiteral("SELECT string_agg(action, ',' ORDER BY id) FROM elect.%1 WHERE actor = '%2'")
                       .arg(where, m_kioskRole));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = std::make_unique<TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
        auto seeded = seedDemo(*m_cluster);
        QVERIFY2(seeded.ok(), seeded.ok() ? "" : qPrintable(seeded.error().message));
        const auto& kiosk = demoAccount(seeded->accounts, QStringLiteral("Kiosk"));
        m_kioskRole = kiosk.loginRole;
        m_kioskPassword = kiosk.password;
        m_super = rawConnect(m_cluster->superuser());
        QVERIFY(m_super);
        m_kiosk = m_cluster->connect(m_kioskRole, m_kioskPassword);
        QVERIFY(m_kiosk);
        m_service = m_cluster->connect(QStringLiteral("elect_service"), kServicePassword);
        QVERIFY(m_service);
        m_serviceRaw = rawConnect(m_cluster->as(QStringLiteral("elect_service"), kServicePassword));
        QVERIFY(m_serviceRaw);
        m_election =
            sql(QStringLiteral("SELECT id FROM elect.elections WHERE title = 'Club captain 2026'")).toLongLong();
        QVERIFY(m_election > 0);
    }

    // While someone holds the chain's lock (a long transaction of a person's audited change), a voter still
    // goes from national id to receipt: no kiosk step waits for it.
    void aCastDoesNotWaitForTheChainLock()
    {
        auto holder = rawConnect(m_cluster->superuser());
        QVERIFY(holder);
        QCOMPARE(scalar(*holder, QStringLiteral("SELECT pg_advisory_lock(%1)::text").arg(kChainLock)), QString());
        // Waiting would show as this error instead of a receipt, not as a slow test.
        QVERIFY(attempt(*m_super, QStringLiteral("ALTER ROLE %1 SET lock_timeout = '3s'").arg(m_kioskRole)).ok());
        m_kiosk = m_cluster->connect(m_kioskRole, m_kioskPassword);
        QVERIFY(m_kiosk);
        QCOMPARE(identify(1), QString());
        // elect serve's own step is a person's kind of event: it waits for the lock, so it runs in between.
        QCOMPARE(scalar(*holder, QStringLiteral("SELECT pg_advisory_unlock(%1)::text").arg(kChainLock)),
                 QStringLiteral("true"));
        QCOMPARE(storeCode(), QString());
        QCOMPARE(scalar(*holder, QStringLiteral("SELECT pg_advisory_lock(%1)::text").arg(kChainLock)), QString());
        QCOMPARE(verifyAndCast(), QString());
        QVERIFY(attempt(*m_super, QStringLiteral("ALTER ROLE %1 RESET lock_timeout").arg(m_kioskRole)).ok());
        QCOMPARE(scalar(*holder, QStringLiteral("SELECT pg_advisory_unlock(%1)::text").arg(kChainLock)),
                 QStringLiteral("true"));
        // Recorded, not yet chained.
        QCOMPARE(kioskActions(QStringLiteral("audit_unsealed")),
                 QStringLiteral("kiosk_identify,kiosk_verify_code,kiosk_cast"));
        QCOMPARE(kioskActions(QStringLiteral("audit_log")), QString());
    }

    // elect serve seals the waiting events into the chain in the order they happened, hashed as audit()
    // hashes a row; the chain verifies end to end, and nothing waits afterwards.
    void serveSealsKioskEventsIntoOneChain()
    {
        QCOMPARE(vote(2), QString());
        // A person's audited change in between is chained at once, as before.
        QVERIFY(attempt(*m_super, QStringLiteral("SET LOCAL ROLE elect_owner; SELECT elect.audit('batch_test', 'test', "
                                                 "NULL, NULL, true)"))
                    .ok());
        const auto backlog = AuditRepository(*m_service).backlog();
        QVERIFY2(backlog.ok(), qPrintable(backlog.message()));
        QCOMPARE(backlog->waiting, 6);
        QVERIFY(backlog->oldest.isValid());
        const QString before = sql(QStringLiteral("SELECT count(*) FROM elect.audit_log"));
        const auto sealed = Service::AuditSealer::sealAll(*m_service);
        QVERIFY2(sealed.ok(), qPrintable(sealed.message()));
        QCOMPARE(*sealed, 6);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM elect.audit_log")).toLongLong(), before.toLongLong() + 6);
        QCOMPARE(kioskActions(QStringLiteral("audit_log")),
                 QStringLiteral("kiosk_identify,kiosk_verify_code,kiosk_cast,kiosk_identify,kiosk_verify_code,"
                                "kiosk_cast"));
        QCOMPARE(kioskActions(QStringLiteral("audit_unsealed")), QString());
        // The sealed rows keep when they happened, in order: so the person's change, chained before them,
        // is dated after all six.
        QCOMPARE(sql(QStringLiteral("SELECT bool_and(prev IS NULL OR created_at >= prev)::text || count(*) FROM "
                                    "(SELECT created_at, lag(created_at) OVER (ORDER BY id) AS prev FROM "
                                    "elect.audit_log WHERE actor = '%1') t")
                         .arg(m_kioskRole)),
                 QStringLiteral("true6"));
        QCOMPARE(sql(QStringLiteral("SELECT (SELECT created_at FROM elect.audit_log WHERE action = 'batch_test') > "
                                    "(SELECT max(created_at) FROM elect.audit_log WHERE actor = '%1') AND "
                                    "(SELECT id FROM elect.audit_log WHERE action = 'batch_test') < "
                                    "(SELECT min(id) FROM elect.audit_log WHERE actor = '%1')")
                         .arg(m_kioskRole)),
                 QStringLiteral("t"));
        QCOMPARE(sql(QStringLiteral("SELECT coalesce(elect.audit_log_first_broken()::text, 'intact')")),
                 QStringLiteral("intact"));
        // The verifier recomputes every hash itself.
        const auto verified = Service::verifyAuditChain(*m_service, {}, QByteArray());
        QVERIFY2(verified.ok(), qPrintable(verified.message()));
        QVERIFY2(verified->clean(), qPrintable(verified->findings.value(0).message));
        QCOMPARE(verified->rows, sql(QStringLiteral("SELECT count(*) FROM elect.audit_log")).toLongLong());
        QCOMPARE(AuditRepository(*m_service).backlog()->waiting, 0);
        // Nothing more to seal.
        QCOMPARE(*Service::AuditSealer::sealAll(*m_service), 0);
    }

    // Only the service seals; no login reads, writes or empties the waiting events, nor lifts the kiosks'
    // lookup limit.
    void onlyTheServiceSealsAndNobodyTouchesTheQueue()
    {
        QCOMPARE(vote(3), QString());
        auto kiosk = rawConnect(m_cluster->as(m_kioskRole, m_kioskPassword));
        QVERIFY(kiosk);
        for (const QString& statement :
             {QStringLiteral("SELECT elect.audit_seal(10)"),
              QStringLiteral("SELECT count(*) FROM elect.audit_unsealed"),
              QStringLiteral("DELETE FROM elect.audit_unsealed"),
              QStringLiteral("INSERT INTO elect.audit_unsealed (actor, action, object_type, success, created_at) "
                             "VALUES ('x', 'forged', 'x', true, now())"),
              QStringLiteral("UPDATE elect.voting_limits SET lookups_per_kiosk_minute = 1000000"),
              QStringLiteral("SELECT elect.audit('forged', 'x', NULL, NULL, true)")}) {
            QCOMPARE(attempt(*kiosk, statement).sqlstate, QStringLiteral("42501"));
        }
        QCOMPARE(attempt(*m_super, QStringLiteral("SELECT elect.audit_seal(10)")).message,
                 QStringLiteral("audit_sealer_only"));
        // Even the owner cannot rewrite a waiting event or empty the queue at once.
        QCOMPARE(attempt(*m_super, QStringLiteral("SET LOCAL ROLE elect_owner; UPDATE elect.audit_unsealed SET "
                                                  "success = false"))
                     .message,
                 QStringLiteral("audit_log_append_only"));
        QCOMPARE(attempt(*m_super, QStringLiteral("SET LOCAL ROLE elect_owner; TRUNCATE elect.audit_unsealed")).message,
                 QStringLiteral("audit_log_append_only"));
        QCOMPARE(kioskActions(QStringLiteral("audit_unsealed")),
                 QStringLiteral("kiosk_identify,kiosk_verify_code,kiosk_cast"));
    }

    // The lookup limit is the database's: twenty a minute per kiosk unless the superuser says otherwise.
    void theLookupLimitIsReadFromTheDatabase()
    {
        QCOMPARE(sql(QStringLiteral("SELECT lookups_per_kiosk_minute FROM elect.voting_limits")), QStringLiteral("20"));
        const int used =
            sql(QStringLiteral("SELECT count(*) FROM elect.kiosk_lookups WHERE created_at > now() - interval "
                               "'1 minute'"))
                .toInt();
        QVERIFY(attempt(*m_super,
                        QStringLiteral("UPDATE elect.voting_limits SET lookups_per_kiosk_minute = %1").arg(used + 1))
                    .ok());
        VotingRepository voting(*m_kiosk);
        QVERIFY(voting.identify(m_election, QStringLiteral("29912319999999")).ok());
        const auto refused = voting.identify(m_election, QStringLiteral("29912319999999"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.code(), ErrorCode::Unavailable);
        QVERIFY(attempt(*m_super, QStringLiteral("UPDATE elect.voting_limits SET lookups_per_kiosk_minute = 20")).ok());
        QVERIFY(voting.identify(m_election, QStringLiteral("29912319999999")).ok());
    }

    // Last: it closes the election. A cast in flight holds the election's voting lock shared; closing waits
    // for it. An uncommitted close holds it exclusively; a kiosk waits, then finds the election closed.
    void closingWaitsForCastsInFlight()
    {
        const QString key = sql(QStringLiteral("SELECT elect.election_voting_lock(%1)").arg(m_election));
        auto inFlight = rawConnect(m_cluster->superuser());
        QVERIFY(inFlight);
        QCOMPARE(scalar(*inFlight, QStringLiteral("SELECT pg_advisory_lock_shared(%1)::text").arg(key)), QString());
        const QString close =
            QStringLiteral("UPDATE elect.elections SET ends_at = now() - interval '1 second' WHERE id = %1")
                .arg(m_election);
        QCOMPARE(
            attempt(*m_super, QStringLiteral("SET LOCAL lock_timeout = '300ms'; SET LOCAL ROLE elect_owner; ") + close)
                .sqlstate,
            QStringLiteral("55P03"));
        QCOMPARE(scalar(*inFlight, QStringLiteral("SELECT pg_advisory_unlock_shared(%1)::text").arg(key)),
                 QStringLiteral("true"));
        auto closer = rawConnect(m_cluster->superuser());
        QVERIFY(closer);
        pqxx::work closing(*closer);
        try {
            closing.exec("SET LOCAL ROLE elect_owner");
            closing.exec(close.toStdString());
        } catch (const std::exception& e) {
            QFAIL(e.what());
        }
        auto kiosk = rawConnect(m_cluster->as(m_kioskRole, m_kioskPassword));
        QVERIFY(kiosk);
        const QString identify =
            QStringLiteral("SELECT listed FROM elect.kiosk_identify(%1, '%2')").arg(m_election).arg(demoVoter(9));
        QCOMPARE(attempt(*kiosk, QStringLiteral("SET LOCAL lock_timeout = '300ms'; ") + identify).sqlstate,
                 QStringLiteral("55P03"));
        closing.commit();
        QCOMPARE(attempt(*kiosk, identify).message, QStringLiteral("voting_election_closed"));
    }
};

QTEST_GUILESS_MAIN(TestCastLocks)
#include "TestCastLocks.moc"
