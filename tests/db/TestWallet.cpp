#include "core/db/AccountRepository.h"
#include "core/db/WalletRepository.h"
#include "Sql.h"
#include "TestCluster.h"

#include <QTest>

#include <thread>

using namespace Elect;
using Test::attempt;
using Test::scalar;

// The wallet against a real server, as each login that may or may not touch it: top-up requests, the
// service's credit (exactly once, whoever calls and however often), pricing tiers, and publishing and
// cancelling elections that charge and refund the wallet in the same transaction.
class TestWallet : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TestCluster> m_cluster;
    std::unique_ptr<pqxx::connection> m_super;
    std::unique_ptr<Database> m_owner, m_orgAdmin, m_kiosk, m_sysadmin, m_service, m_otherOwner;
    QList<DemoSeeder::Account> m_accounts;
    qint64 m_org = 0;
    qint64 m_otherOrg = 0;

    std::unique_ptr<Database> connectDemo(const QString& labelStart)
    {
        const auto& a = Test::demoAccount(m_accounts, labelStart);
        return m_cluster->connect(a.loginRole, a.password);
    }
    std::unique_ptr<Database> connectOwner() { return connectDemo(QStringLiteral("Owner of Nile")); }
    std::unique_ptr<Database> connectService()
    {
        return m_cluster->connect(QStringLiteral("elect_service"), QStringLiteral("service-password-for-tests"));
    }

    QString sql(const QString& query) { return scalar(*m_super, query); }
    qint64 balance()
    {
        return sql(QStringLiteral("SELECT wallet_balance FROM elect.users WHERE id = %1").arg(m_org)).toLongLong();
    }
    // Test setup only: the wallet as if earlier top-ups had been paid.
    void setBalance(qint64 minor)
    {
        QVERIFY(
            attempt(*m_super,
                    QStringLiteral("UPDATE elect.users SET wallet_balance = %1 WHERE id = %2").arg(minor).arg(m_org))
                .ok());
    }
    // A draft of the demo organization with one candidate and \a voters voters, starting tomorrow.
    qint64 draft(const QString& title, int voters)
    {
        const QString id = sql(
            QStringLiteral("INSERT INTO elect.elections (organization_id, title, starts_at, ends_at, potential_voters)"
                           " VALUES (%1, '%2', now() + interval '1 day', now() + interval '2 days', 0) RETURNING id")
                .arg(m_org)
                .arg(title));
        sql(QStringLiteral("INSERT INTO elect.candidate_participations (candidate_id, election_id, organization_id)"
                           " SELECT min(id), %1, %2 FROM elect.candidates WHERE organization_id = %2 RETURNING 1")
                .arg(id)
                .arg(m_org));
        sql(QStringLiteral("INSERT INTO elect.voters (election_id, organization_id, national_id_hmac)"
                           " SELECT %1, %2, public.gen_random_bytes(32) FROM generate_series(1, %3) RETURNING 1")
                .arg(id)
                .arg(m_org)
                .arg(voters));
        return id.toLongLong();
    }
    qint64 topUpOpenedWith(const QString& session, qint64 amount)
    {
        const auto id = WalletRepository(*m_owner).requestTopUp(amount);
        if (!id)
            qFatal("top-up refused: %s", qPrintable(id.message()));
        const auto recorded =
            WalletRepository(*m_service)
                .recordCheckoutSession(*id, session,
                                       QUrl(QStringLiteral("https://checkout.stripe.com/c/pay/") + session));
        if (!recorded || !*recorded)
            qFatal("session not recorded");
        return *id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = std::make_unique<Test::TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
        m_super = Test::rawConnect(m_cluster->superuser());
        QVERIFY(m_super);
        const auto demo = Test::seedDemo(*m_cluster);
        QVERIFY2(demo.ok(), qPrintable(demo.message()));
        m_accounts = demo->accounts;
        m_owner = connectOwner();
        m_orgAdmin = connectDemo(QStringLiteral("Administrator of Nile"));
        m_kiosk = connectDemo(QStringLiteral("Kiosk"));
        m_sysadmin = connectDemo(QStringLiteral("System admin"));
        m_service = connectService();
        QVERIFY(m_owner && m_orgAdmin && m_kiosk && m_sysadmin && m_service);
        m_org =
            sql(QStringLiteral("SELECT user_id FROM elect.organizations WHERE name = 'Nile Rowing Club'")).toLongLong();
        QVERIFY(m_org > 0);

        // A second accepted organization, to play the neighbour.
        auto registrar =
            m_cluster->connect(QStringLiteral("elect_service"), QStringLiteral("service-password-for-tests"));
        QVERIFY(registrar);
        const auto other =
            AccountRepository(*registrar)
                .registerOrganization({QStringLiteral("chair@cairo-chess.example"), QStringLiteral("Adel"),
                                       QStringLiteral("Nabil"), QStringLiteral("other-owner-password-1")},
                                      QStringLiteral("Cairo Chess Club"), QStringLiteral("EG"));
        QVERIFY2(other.ok(), qPrintable(other.message()));
        m_otherOrg = *other;
        QVERIFY(AccountRepository(*m_sysadmin).verifyEmailByAdmin(QStringLiteral("chair@cairo-chess.example")).ok());
        QVERIFY(AccountRepository(*m_sysadmin).acceptOrganization(m_otherOrg).ok());
        m_otherOwner = m_cluster->connect(loginRoleForEmail(QStringLiteral("chair@cairo-chess.example")),
                                          QStringLiteral("other-owner-password-1"));
        QVERIFY(m_otherOwner);
    }

    void anOwnerAsksForATopUpAndTheOutboxHasIt()
    {
        const auto id = WalletRepository(*m_owner).requestTopUp(150050);
        QVERIFY2(id.ok(), qPrintable(id.message()));
        QCOMPARE(
            sql(QStringLiteral("SELECT organization_id || '|' || amount || '|' || currency || '|' || status || '|' ||"
                               " (user_id = organization_id) FROM elect.wallet_top_ups WHERE id = %1")
                    .arg(*id)),
            QStringLiteral("%1|150050|EGP|pending|true").arg(m_org));
        QCOMPARE(
            sql(QStringLiteral("SELECT count(*) FROM elect.outbox WHERE kind = 'checkout_session' AND status ="
                               " 'pending' AND organization_id = %1 AND payload = jsonb_build_object('top_up_id', %2)")
                    .arg(m_org)
                    .arg(*id)),
            QStringLiteral("1"));
        QCOMPARE(sql(QStringLiteral(
                         "SELECT count(*) FROM elect.audit_log WHERE action = 'request_top_up' AND object_id = '%1'"
                         " AND success")
                         .arg(*id)),
                 QStringLiteral("1"));
        // The organization's staff see it; the neighbour does not.
        const auto seen = WalletRepository(*m_orgAdmin).topUps();
        QVERIFY2(seen.ok(), qPrintable(seen.message()));
        QCOMPARE(seen->first().id, *id);
        QCOMPARE(seen->first().status, TopUp::Status::Pending);
        QVERIFY(WalletRepository(*m_otherOwner).topUps()->isEmpty());
        QVERIFY(WalletRepository(*m_sysadmin).topUps(m_org)->size() == 1);
    }

    void topUpsAreTheOwnersAndWithinBounds()
    {
        WalletRepository owner(*m_owner);
        QCOMPARE(owner.requestTopUp(2499).code(), ErrorCode::InvalidInput);
        QCOMPARE(owner.requestTopUp(100000000).code(), ErrorCode::InvalidInput);
        QCOMPARE(owner.requestTopUp(-5).code(), ErrorCode::InvalidInput);
        QVERIFY(owner.requestTopUp(2500).ok());
        QVERIFY(owner.requestTopUp(99999999).ok());
        for (Database* db : {m_orgAdmin.get(), m_kiosk.get(), m_sysadmin.get(), m_service.get()}) {
            const auto refused = WalletRepository(*db).requestTopUp(5000);
            QVERIFY2(!refused.ok(), qPrintable(db->sessionUser()));
            QCOMPARE(refused.code(), ErrorCode::NotAllowed);
        }
        // Five unpaid requests a day at most (three are pending now).
        QVERIFY(owner.requestTopUp(5000).ok());
        QVERIFY(owner.requestTopUp(5000).ok());
        QCOMPARE(owner.requestTopUp(5000).code(), ErrorCode::WrongState);
        QVERIFY(attempt(*m_super, QStringLiteral("UPDATE elect.wallet_top_ups SET status = 'failed'")).ok());
    }

    void thePaymentIsCreditedExactlyOnce()
    {
        setBalance(0);
        const qint64 id = topUpOpenedWith(QStringLiteral("cs_test_once"), 150050);
        WalletRepository service(*m_service);
        QCOMPARE(*service.recordCheckoutSession(id, QStringLiteral("cs_test_once"), QUrl()), true); // the same again
        QCOMPARE(*service.recordCheckoutSession(id, QStringLiteral("cs_test_other"), QUrl()), false);
        const auto before = service.topUpForService(id);
        QVERIFY(before.ok() && before->has_value());
        QCOMPARE((*before)->status, TopUp::Status::Open);
        QCOMPARE((*before)->sessionId, QStringLiteral("cs_test_once"));
        QCOMPARE((*before)->checkoutUrl.toString(), QStringLiteral("https://checkout.stripe.com/c/pay/cs_test_once"));

        const auto credited = service.creditTopUp(QStringLiteral("cs_test_once"), QString::number(id), 150050,
                                                  QStringLiteral("egp"), QStringLiteral("evt_1"));
        QVERIFY2(credited.ok(), qPrintable(credited.message()));
        QVERIFY(*credited);
        // A replay of the event, and the poller finding the same payment: nothing more.
        QCOMPARE(*service.creditTopUp(QStringLiteral("cs_test_once"), QString::number(id), 150050,
                                      QStringLiteral("egp"), QStringLiteral("evt_1")),
                 false);
        QCOMPARE(*service.creditTopUp(QStringLiteral("cs_test_once"), QString::number(id), 150050,
                                      QStringLiteral("EGP"), QString()),
                 false);
        QCOMPARE(balance(), 150050);
        QCOMPARE(
            sql(QStringLiteral("SELECT string_agg(kind || '|' || amount || '|' || currency || '|' || stripe_ref, ',')"
                               " FROM elect.transactions WHERE organization_id = %1")
                    .arg(m_org)),
            QStringLiteral("top_up|150050|EGP|cs_test_once"));
        QCOMPARE(
            sql(QStringLiteral("SELECT status || '|' || (paid_at IS NOT NULL) FROM elect.wallet_top_ups WHERE id = %1")
                    .arg(id)),
            QStringLiteral("paid|true"));
        QCOMPARE(sql(QStringLiteral("SELECT message FROM elect.notifications WHERE type = 'wallet_topped_up' AND"
                                    " organization_id = %1")
                         .arg(m_org)),
                 QStringLiteral("1500.50 EGP added to the wallet."));
        const auto wallet = WalletRepository(*m_owner).wallet();
        QVERIFY2(wallet.ok(), qPrintable(wallet.message()));
        QCOMPARE(wallet->balance, 150050);
        QCOMPARE(wallet->currency, QStringLiteral("EGP"));
        QCOMPARE(wallet->transactions.size(), 1);
        QCOMPARE(wallet->transactions.first().kind, WalletTransaction::Kind::TopUp);
        QCOMPARE(wallet->transactions.first().amount, 150050);
    }

    void aPaymentThatDoesNotMatchItsRequestIsRefusedAndRecorded_data()
    {
        QTest::addColumn<QString>("session");
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("problem");
        QTest::newRow("amount") << "cs_test_mine" << qint64(100) << "egp"
                                << "amount differs";
        QTest::newRow("currency") << "cs_test_mine" << qint64(50000) << "usd"
                                  << "currency differs";
        QTest::newRow("session") << "cs_test_someone_elses" << qint64(50000) << "egp"
                                 << "another session";
    }
    void aPaymentThatDoesNotMatchItsRequestIsRefusedAndRecorded()
    {
        QFETCH(QString, session);
        QFETCH(qint64, amount);
        QFETCH(QString, currency);
        QFETCH(QString, problem);
        QVERIFY(attempt(*m_super,
                        QStringLiteral("UPDATE elect.wallet_top_ups SET status = 'failed', stripe_session_id = NULL"
                                       " WHERE stripe_session_id = 'cs_test_mine'"))
                    .ok());
        const qint64 id = topUpOpenedWith(QStringLiteral("cs_test_mine"), 50000);
        const qint64 before = balance();
        const auto credited = WalletRepository(*m_service)
                                  .creditTopUp(session, QString::number(id), amount, currency, QStringLiteral("evt_x"));
        QVERIFY2(credited.ok(), qPrintable(credited.message()));
        QVERIFY(!*credited);
        QCOMPARE(balance(), before);
        QCOMPARE(sql(QStringLiteral("SELECT status || '|' || failure_reason FROM elect.wallet_top_ups WHERE id = %1")
                         .arg(id)),
                 QStringLiteral("failed|payment does not match: ") + problem);
        QCOMPARE(sql(QStringLiteral(
                         "SELECT count(*) FROM elect.audit_log WHERE action = 'credit_top_up' AND object_id = '%1'"
                         " AND NOT success AND details->>'problem' = '%2'")
                         .arg(id)
                         .arg(problem)),
                 QStringLiteral("1"));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM elect.notifications WHERE type = 'payment_failed' AND"
                                    " (extra->>'top_up_id')::bigint = %1")
                         .arg(id)),
                 QStringLiteral("1"));
    }

    void anUnknownReferenceCreditsNothing()
    {
        const qint64 before = balance();
        for (const QString& reference : {QStringLiteral("999999"), QStringLiteral("member-42"), QString()}) {
            const auto credited = WalletRepository(*m_service)
                                      .creditTopUp(QStringLiteral("cs_test_stray"), reference, 5000,
                                                   QStringLiteral("egp"), QStringLiteral("evt_s"));
            QVERIFY2(credited.ok(), qPrintable(credited.message()));
            QVERIFY(!*credited);
        }
        QCOMPARE(balance(), before);
    }

    // The webhook and the poller, on two connections, report the same payments at the same moment.
    void racingCreditsCreditOnce()
    {
        setBalance(0);
        QVERIFY(attempt(*m_super, QStringLiteral("UPDATE elect.wallet_top_ups SET status = 'failed' WHERE status IN"
                                                 " ('pending', 'open')"))
                    .ok());
        auto other = connectService();
        QVERIFY(other);
        int credits = 0;
        for (int round = 0; round < 4; ++round) {
            const QString session = QStringLiteral("cs_test_race_%1").arg(round);
            const qint64 id = topUpOpenedWith(session, 10000);
            bool a = false, b = false;
            std::thread first([&] {
                a = WalletRepository(*m_service)
                        .creditTopUp(session, QString::number(id), 10000, QStringLiteral("egp"),
                                     QStringLiteral("evt_race"))
                        .value();
            });
            std::thread second([&] {
                b = WalletRepository(*other)
                        .creditTopUp(session, QString::number(id), 10000, QStringLiteral("egp"), QString())
                        .value();
            });
            first.join();
            second.join();
            QVERIFY2(a != b, qPrintable(session));
            credits += int(a) + int(b);
        }
        QCOMPARE(credits, 4);
        QCOMPARE(balance(), 40000);
    }

    void onlyTheServiceCredits()
    {
        for (Database* db : {m_owner.get(), m_orgAdmin.get(), m_kiosk.get(), m_sysadmin.get()}) {
            const auto refused = WalletRepository(*db).creditTopUp(QStringLiteral("cs_x"), QStringLiteral("1"), 1,
                                                                   QStringLiteral("egp"), QString());
            QCOMPARE(refused.code(), ErrorCode::NotAllowed);
            QCOMPARE(WalletRepository(*db).openTopUps(0).code(), ErrorCode::NotAllowed);
        }
        // Even a login that holds EXECUTE is refused by the function itself (elect_service only).
        const Test::Outcome o =
            attempt(*m_super, QStringLiteral("SELECT elect.service_credit_top_up('cs_x', '1', 1, 'egp', NULL)"));
        QCOMPARE(o.message, QStringLiteral("service_only"));
    }

    void theServiceListsOpenSessionsAndExpiresStaleOnes()
    {
        QVERIFY(attempt(*m_super, QStringLiteral("UPDATE elect.wallet_top_ups SET status = 'failed' WHERE status IN"
                                                 " ('pending', 'open')"))
                    .ok());
        const qint64 fresh = topUpOpenedWith(QStringLiteral("cs_test_fresh"), 5000);
        const qint64 old = topUpOpenedWith(QStringLiteral("cs_test_old"), 5000);
        QVERIFY(
            attempt(*m_super, QStringLiteral("UPDATE elect.wallet_top_ups SET opened_at = now() - interval '25 hours'"
                                             " WHERE id = %1")
                                  .arg(old))
                .ok());
        WalletRepository service(*m_service);
        const auto open = service.openTopUps(5);
        QVERIFY2(open.ok(), qPrintable(open.message()));
        QCOMPARE(open->size(), 1);
        QCOMPARE(open->first().id, old);
        QCOMPARE(open->first().sessionId, QStringLiteral("cs_test_old"));
        QVERIFY(open->first().openSeconds >= 25 * 3600);
        QCOMPARE(service.openTopUps(0)->size(), 2);
        QCOMPARE(*service.expireTopUp(fresh), false); // not a day old
        QCOMPARE(*service.expireTopUp(old), true);
        QCOMPARE(*service.expireTopUp(old), false);
        QCOMPARE(service.openTopUps(0)->size(), 1);
    }

    void pricingTiersAreTheSystemAdminsAndNeverOverlap()
    {
        WalletRepository admin(*m_sysadmin);
        const auto small = admin.setPricingTier({0, 0, 100, 15000, QStringLiteral("EGP")});
        QVERIFY2(small.ok(), qPrintable(small.message()));
        QVERIFY(admin.setPricingTier({0, 101, 1000, 50000, QStringLiteral("egp")}).ok());
        const auto large = admin.setPricingTier({0, 1001, std::nullopt, 200000, QStringLiteral("EGP")});
        QVERIFY(large.ok());
        QCOMPARE(admin.setPricingTier({0, 50, 200, 1, QStringLiteral("EGP")}).code(), ErrorCode::AlreadyExists);
        QCOMPARE(admin.setPricingTier({0, 5000, 6000, 1, QStringLiteral("EGP")}).code(), ErrorCode::AlreadyExists);
        QVERIFY(admin.setPricingTier({0, 5000, 6000, 1, QStringLiteral("USD")}).ok()); // another currency
        QCOMPARE(admin.setPricingTier({0, 10, 5, 1, QStringLiteral("EGP")}).code(), ErrorCode::InvalidInput);
        QCOMPARE(admin.setPricingTier({0, -1, 5, 1, QStringLiteral("USD")}).code(), ErrorCode::InvalidInput);
        QCOMPARE(admin.setPricingTier({0, 7000, 8000, -1, QStringLiteral("USD")}).code(), ErrorCode::InvalidInput);
        QCOMPARE(admin.setPricingTier({0, 7000, 8000, 1, QStringLiteral("EG")}).code(), ErrorCode::InvalidInput);
        // Setting the tier that starts at 0 again changes it.
        const auto changed = admin.setPricingTier({0, 0, 100, 15000, QStringLiteral("EGP")});
        QCOMPARE(*changed, *small);
        QCOMPARE(admin.removePricingTier(999999).code(), ErrorCode::NotFound);
        QVERIFY(admin.removePricingTier(*admin.setPricingTier({0, 9000, 9999, 1, QStringLiteral("USD")})).ok());

        for (Database* db : {m_owner.get(), m_orgAdmin.get(), m_kiosk.get(), m_service.get()}) {
            QCOMPARE(WalletRepository(*db).setPricingTier({0, 20000, 30000, 1, QStringLiteral("EGP")}).code(),
                     ErrorCode::NotAllowed);
            QCOMPARE(WalletRepository(*db).removePricingTier(*large).code(), ErrorCode::NotAllowed);
        }
        // Staff read the prices; kiosks and the service do not.
        const auto seen = WalletRepository(*m_orgAdmin).pricingTiers();
        QVERIFY2(seen.ok(), qPrintable(seen.message()));
        QStringList rows;
        for (const PricingTier& t : *seen)
            rows << QStringLiteral("%1 %2..%3 %4")
                        .arg(t.currency)
                        .arg(t.minVoters)
                        .arg(t.maxVoters ? QString::number(*t.maxVoters) : QStringLiteral("-"))
                        .arg(t.price);
        QCOMPARE(rows, QStringList({QStringLiteral("EGP 0..100 15000"), QStringLiteral("EGP 101..1000 50000"),
                                    QStringLiteral("EGP 1001..- 200000"), QStringLiteral("USD 5000..6000 1")}));
        QCOMPARE(WalletRepository(*m_kiosk).pricingTiers().code(), ErrorCode::NotAllowed);
    }

    void publishingChargesTheTierAndRefusesWhatTheWalletCannotPay()
    {
        const qint64 election = draft(QStringLiteral("Treasurer 2027"), 120); // 101..1000: 500.00 EGP
        setBalance(35000);
        // Nobody but the owner publishes; the neighbour does not even find it.
        QCOMPARE(WalletRepository(*m_orgAdmin).publishElection(election).code(), ErrorCode::NotAllowed);
        QCOMPARE(WalletRepository(*m_kiosk).publishElection(election).code(), ErrorCode::NotAllowed);
        QCOMPARE(WalletRepository(*m_sysadmin).publishElection(election).code(), ErrorCode::NotAllowed);
        QCOMPARE(WalletRepository(*m_otherOwner).publishElection(election).code(), ErrorCode::NotFound);

        const auto refused = WalletRepository(*m_owner).publishElection(election);
        QCOMPARE(refused.code(), ErrorCode::WrongState);
        QVERIFY2(refused.message().contains(QLatin1String("150.00 EGP more is needed")), qPrintable(refused.message()));
        // Nothing changed.
        QCOMPARE(sql(QStringLiteral("SELECT status FROM elect.elections WHERE id = %1").arg(election)),
                 QStringLiteral("draft"));
        QCOMPARE(balance(), 35000);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM elect.transactions WHERE election_id = %1").arg(election)),
                 QStringLiteral("0"));

        setBalance(60000);
        const auto published = WalletRepository(*m_owner).publishElection(election);
        QVERIFY2(published.ok(), qPrintable(published.message()));
        QCOMPARE(published->charged, 50000);
        QCOMPARE(published->balance, 10000);
        QCOMPARE(published->currency, QStringLiteral("EGP"));
        QCOMPARE(balance(), 10000);
        QCOMPARE(sql(QStringLiteral("SELECT status || '|' || potential_voters FROM elect.elections WHERE id = %1")
                         .arg(election)),
                 QStringLiteral("scheduled|120"));
        QCOMPARE(sql(QStringLiteral(
                         "SELECT string_agg(kind || '|' || amount || '|' || currency, ',') FROM elect.transactions"
                         " WHERE election_id = %1")
                         .arg(election)),
                 QStringLiteral("charge|50000|EGP"));
        QCOMPARE(
            sql(QStringLiteral("SELECT string_agg(type::text, ',' ORDER BY type::text) FROM elect.notifications WHERE"
                               " election_id = %1")
                    .arg(election)),
            QStringLiteral("election_published,wallet_charged"));
        QCOMPARE(WalletRepository(*m_owner).publishElection(election).code(), ErrorCode::WrongState);

        // Cancelling before it starts refunds the charge, once.
        QCOMPARE(WalletRepository(*m_orgAdmin).cancelElection(election).code(), ErrorCode::NotAllowed);
        QCOMPARE(WalletRepository(*m_otherOwner).cancelElection(election).code(), ErrorCode::NotFound);
        const auto refunded = WalletRepository(*m_owner).cancelElection(election);
        QVERIFY2(refunded.ok(), qPrintable(refunded.message()));
        QCOMPARE(*refunded, 50000);
        QCOMPARE(balance(), 60000);
        QCOMPARE(WalletRepository(*m_owner).cancelElection(election).code(), ErrorCode::WrongState);
        QCOMPARE(balance(), 60000);
        QCOMPARE(sql(QStringLiteral("SELECT string_agg(kind || '|' || amount, ',' ORDER BY id) FROM elect.transactions"
                                    " WHERE election_id = %1")
                         .arg(election)),
                 QStringLiteral("charge|50000,refund|50000"));
        QCOMPARE(sql(QStringLiteral("SELECT status FROM elect.elections WHERE id = %1").arg(election)),
                 QStringLiteral("cancelled"));

        // A running election is not cancelled; a draft is, for nothing.
        const QString running = sql(QStringLiteral("SELECT id FROM elect.elections WHERE title = 'Club captain 2026'"));
        QCOMPARE(WalletRepository(*m_owner).cancelElection(running.toLongLong()).code(), ErrorCode::WrongState);
        const qint64 spare = draft(QStringLiteral("Spare"), 3);
        QCOMPARE(*WalletRepository(*m_owner).cancelElection(spare), 0);
        QCOMPARE(balance(), 60000);
    }

    // The potential voters of an election with a voter list are at least the voters loaded: a low figure
    // does not buy a cheaper tier.
    void theVoterListSetsTheTier()
    {
        const qint64 election = draft(QStringLiteral("Vice captain 2027"), 150);
        QVERIFY(attempt(*m_super,
                        QStringLiteral("UPDATE elect.elections SET potential_voters = 10 WHERE id = %1").arg(election))
                    .ok());
        setBalance(50000);
        const auto published = WalletRepository(*m_owner).publishElection(election);
        QVERIFY2(published.ok(), qPrintable(published.message()));
        QCOMPARE(published->charged, 50000);
        QCOMPARE(balance(), 0);
    }

    // Two elections published at once on one wallet that can pay for one: one is published, the other
    // refused, and the balance never goes below zero.
    void racingPublishesNeverOverdraw()
    {
        for (int round = 0; round < 3; ++round) {
            const qint64 a = draft(QStringLiteral("Race A %1").arg(round), 5);
            const qint64 b = draft(QStringLiteral("Race B %1").arg(round), 5);
            setBalance(20000); // one 150.00 tier, not two
            auto first = connectOwner();
            auto second = connectOwner();
            QVERIFY(first && second);
            ErrorCode codeA = ErrorCode::Internal, codeB = ErrorCode::Internal;
            std::thread ta([&] { codeA = WalletRepository(*first).publishElection(a).code(); });
            std::thread tb([&] { codeB = WalletRepository(*second).publishElection(b).code(); });
            ta.join();
            tb.join();
            QVERIFY2((codeA == ErrorCode::None) != (codeB == ErrorCode::None), qPrintable(QString::number(round)));
            QCOMPARE(codeA == ErrorCode::None ? codeB : codeA, ErrorCode::WrongState);
            QCOMPARE(balance(), 5000);
            QCOMPARE(
                sql(QStringLiteral("SELECT count(*) FROM elect.elections WHERE id IN (%1, %2) AND status = 'scheduled'")
                        .arg(a)
                        .arg(b)),
                QStringLiteral("1"));
        }
    }

    void whoSeesWhichWallet()
    {
        const auto mine = WalletRepository(*m_orgAdmin).wallet();
        QVERIFY2(mine.ok(), qPrintable(mine.message()));
        QCOMPARE(mine->organizationId, m_org);
        QVERIFY(!mine->transactions.isEmpty());
        const auto overseen = WalletRepository(*m_sysadmin).wallet(m_org);
        QVERIFY2(overseen.ok(), qPrintable(overseen.message()));
        QCOMPARE(overseen->balance, mine->balance);
        QCOMPARE(overseen->transactions.size(), mine->transactions.size());
        QCOMPARE(WalletRepository(*m_sysadmin).wallet().code(), ErrorCode::InvalidInput); // must name one
        const auto neighbours = WalletRepository(*m_otherOwner).wallet();
        QVERIFY(neighbours.ok());
        QCOMPARE(neighbours->balance, 0);
        QVERIFY(neighbours->transactions.isEmpty());
        QCOMPARE(WalletRepository(*m_otherOwner).wallet(m_org).code(), ErrorCode::NotFound);
        QCOMPARE(WalletRepository(*m_kiosk).wallet().code(), ErrorCode::NotAllowed);
    }
};

QTEST_GUILESS_MAIN(TestWallet)
#include "TestWallet.moc"
