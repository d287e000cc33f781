#include "core/db/TallyRepository.h"
#include "core/domain/Clock.h"
#include "core/service/ElectionCloser.h"
#include "ElectionFixtures.h"
#include "Sql.h"
#include "TestCluster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtConcurrent>
#include <QTest>

using namespace Elect;
using namespace Elect::Test;
using Elect::Service::ElectionCloser;

// `elect serve` closes and counts ended elections from their stored ballots, as the elect_service login,
// against a real server: the stored votes, ranks and winners by name for each method, per district, once.
class TestElectionCloser : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestCluster> m_cluster;
    std::unique_ptr<pqxx::connection> m_super;
    std::unique_ptr<Database> m_service;
    QList<DemoSeeder::Account> m_accounts;
    qint64 m_org = 0;
    TestClock m_clock{QDateTime::currentDateTimeUtc()};
    QHash<QString, qint64> m_elections;

    std::unique_ptr<Database> serviceLogin() const
    {
        return m_cluster->connect(QStringLiteral("elect_service"), QStringLiteral("service-password-for-tests"));
    }

    const DemoSeeder::Account& account(const QString& labelStart) const
    {
        return Test::demoAccount(m_accounts, labelStart);
    }

    // "name:votes:rank:won" of every candidate of the election, by name.
    QString stored(qint64 election)
    {
        return scalar(*m_super, QStringLiteral(
                                    "SELECT string_agg(c.name || ':' || coalesce(trim_scale(p.votes)::text, '-') || ':'"
                                    " || coalesce(p.rank::text, '-') || ':' || coalesce(p.has_won::text, '-'), ' '"
                                    " ORDER BY c.name) FROM elect.candidate_participations p"
                                    " JOIN elect.candidates c ON c.id = p.candidate_id WHERE p.election_id = %1")
                                    .arg(election));
    }

    // Everything a second count could change, to show that it changed nothing.
    QString fingerprint()
    {
        return scalar(
            *m_super,
            QStringLiteral("SELECT md5(concat_ws('|',"
                           " (SELECT string_agg(p::text, ',' ORDER BY p.election_id, p.candidate_id)"
                           "    FROM elect.candidate_participations p),"
                           " (SELECT string_agg(r::text, ',' ORDER BY r.election_id) FROM elect.election_results r),"
                           " (SELECT string_agg(n.id::text, ',' ORDER BY n.id) FROM elect.notifications n),"
                           " (SELECT string_agg(e.id || e.status::text, ',' ORDER BY e.id) FROM elect.elections e),"
                           " (SELECT count(*) FROM elect.audit_log)))"));
    }

    qint64 make(const QString& title, const QString& type, const QString& method, int seats, int votesPerVoter,
                const QList<FixtureCandidate>& candidates, const QList<FixtureBallot>& ballots)
    {
        const FixtureElection e =
            makeElection(*m_super, m_org, title, type, method, seats, votesPerVoter, candidates, ballots);
        m_elections.insert(title, e.id);
        return e.id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = std::make_unique<TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
        const auto demo = seedDemo(*m_cluster);
        QVERIFY2(demo.ok(), qPrintable(demo.message()));
        m_accounts = demo->accounts;
        m_super = rawConnect(m_cluster->superuser());
        QVERIFY(m_super);
        m_service = serviceLogin();
        QVERIFY(m_service);
        m_org =
            scalar(*m_super, QStringLiteral("SELECT user_id FROM elect.organizations WHERE name = 'Nile Rowing Club'"))
                .toLongLong();
        QVERIFY(m_org > 0);

        // Block, 2 seats, exactly 2 marks: one ballot with a single mark is invalid.
        make(QStringLiteral("Block"), QStringLiteral("simple"), QStringLiteral("block"), 2, 2,
             {{QStringLiteral("Amal"), {}},
              {QStringLiteral("Badr"), {}},
              {QStringLiteral("Camelia"), {}},
              {QStringLiteral("Dina"), {}}},
             {{{QStringLiteral("Amal"), QStringLiteral("Badr")}, 5, {}},
              {{QStringLiteral("Amal"), QStringLiteral("Camelia")}, 3, {}},
              {{QStringLiteral("Badr"), QStringLiteral("Camelia")}, 2, {}},
              {{QStringLiteral("Camelia"), QStringLiteral("Dina")}, 1, {}},
              {{QStringLiteral("Amal")}, 1, {}}});
        // Approval, 1 seat, up to 3 approvals: Pakinam and Ramy tie for second and share the rank.
        make(QStringLiteral("Approval"), QStringLiteral("simple"), QStringLiteral("approval"), 1, 3,
             {{QStringLiteral("Pakinam"), {}}, {QStringLiteral("Qadry"), {}}, {QStringLiteral("Ramy"), {}}},
             {{{QStringLiteral("Pakinam")}, 2, {}},
              {{QStringLiteral("Qadry"), QStringLiteral("Ramy")}, 2, {}},
              {{QStringLiteral("Pakinam"), QStringLiteral("Qadry"), QStringLiteral("Ramy")}, 1, {}},
              {{QStringLiteral("Qadry")}, 1, {}}});
        // IRV: nobody has a majority of 9 at first; Zeinab is excluded and her ballots elect Yara.
        make(QStringLiteral("IRV"), QStringLiteral("simple"), QStringLiteral("irv"), 1, 1,
             {{QStringLiteral("Xavier"), {}}, {QStringLiteral("Yara"), {}}, {QStringLiteral("Zeinab"), {}}},
             {{{QStringLiteral("Xavier"), QStringLiteral("Yara")}, 4, {}},
              {{QStringLiteral("Yara"), QStringLiteral("Xavier")}, 3, {}},
              {{QStringLiteral("Zeinab"), QStringLiteral("Yara")}, 2, {}}});
        // District, 1 seat per district; a South ballot naming a North candidate is invalid in South.
        const QString north = QStringLiteral("North"), south = QStringLiteral("South");
        make(QStringLiteral("District"), QStringLiteral("district"), QStringLiteral("block"), 1, 1,
             {{QStringLiteral("Nabil"), north},
              {QStringLiteral("Nadia"), north},
              {QStringLiteral("Samir"), south},
              {QStringLiteral("Sara"), south},
              {QStringLiteral("Sherif"), south}},
             {{{QStringLiteral("Nabil")}, 3, north},
              {{QStringLiteral("Nadia")}, 1, north},
              {{QStringLiteral("Sara")}, 2, south},
              {{QStringLiteral("Sherif")}, 1, south},
              {{QStringLiteral("Samir")}, 1, south},
              {{QStringLiteral("Nabil")}, 1, south}});
    }

    // The ballots stay sealed until the end: a running election's are refused, an ended one's come
    // without any column that could join them to a voting record, in a different order each time.
    void ballotsAreSealedUntilTheEnd()
    {
        const qint64 running =
            scalar(*m_super, QStringLiteral("SELECT id FROM elect.elections WHERE title = 'Club captain 2026'"))
                .toLongLong();
        const auto refused = TallyRepository(*m_service).ballots(running);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.code(), ErrorCode::WrongState);

        const qint64 district = m_elections.value(QStringLiteral("District"));
        const auto ballots = TallyRepository(*m_service).ballots(district);
        QVERIFY2(ballots.ok(), qPrintable(ballots.message()));
        QCOMPARE(ballots->size(), 9);
        QMap<QString, int> seen;
        for (const StoredBallot& b : *ballots)
            ++seen[b.district + u'/' + QString::number(b.selections.value(0))];
        QCOMPARE(seen.value(QStringLiteral("North/%1")
                                .arg(scalar(*m_super,
                                            QStringLiteral("SELECT id FROM elect.candidates WHERE name = 'Nabil'")))),
                 3);

        auto raw =
            rawConnect(m_cluster->as(QStringLiteral("elect_service"), QStringLiteral("service-password-for-tests")));
        QVERIFY(raw);
        pqxx::work w(*raw);
        const pqxx::result r = w.exec("SELECT * FROM elect.ended_election_ballots(" + std::to_string(district) + ")");
        QCOMPARE(int(r.columns()), 3);
        QCOMPARE(QString::fromUtf8(r.column_name(0)), QStringLiteral("selections"));
        QCOMPARE(QString::fromUtf8(r.column_name(1)), QStringLiteral("district"));
        QCOMPARE(QString::fromUtf8(r.column_name(2)), QStringLiteral("governorate"));
        w.abort();

        // Random order: nine ballots of five kinds come back in the same order five times running with a
        // chance of about one in 10^13.
        const auto order = [&] {
            QStringList o;
            const auto read = TallyRepository(*m_service).ballots(district);
            if (!read)
                return read.message();
            for (const StoredBallot& b : *read)
                o << QString::number(b.selections.value(0));
            return o.join(u',');
        };
        const QString first = order();
        bool differs = false;
        for (int i = 0; i < 5 && !differs; ++i)
            differs = order() != first;
        QVERIFY(differs);
        QVERIFY(scalar(*m_super, QStringLiteral("SELECT count(*) FROM elect.audit_log WHERE action = 'read_ballots'"
                                                " AND object_id = '%1'")
                                     .arg(district))
                    .toInt() >= 3);
    }

    void onlyTheServiceCallsTheSchedulersFunctions_data()
    {
        QTest::addColumn<QString>("label");
        QTest::newRow("owner") << QStringLiteral("Owner of Nile");
        QTest::newRow("organization admin") << QStringLiteral("Administrator of Nile");
        QTest::newRow("system admin") << QStringLiteral("System admin");
        QTest::newRow("kiosk") << QStringLiteral("Kiosk");
        // The superuser may EXECUTE anything: each function's own check refuses it.
        QTest::newRow("superuser") << QString();
    }
    void onlyTheServiceCallsTheSchedulersFunctions()
    {
        QFETCH(QString, label);
        auto raw = rawConnect(label.isEmpty() ? m_cluster->superuser()
                                              : m_cluster->as(account(label).loginRole, account(label).password));
        QVERIFY(raw);
        const QString id = QString::number(m_elections.value(QStringLiteral("Block")));
        for (const QString& call : {QStringLiteral("SELECT * FROM elect.due_elections()"),
                                    QStringLiteral("SELECT * FROM elect.claim_election_for_tally(%1)").arg(id),
                                    QStringLiteral("SELECT * FROM elect.tally_candidates(%1)").arg(id),
                                    QStringLiteral("SELECT * FROM elect.ended_election_ballots(%1)").arg(id),
                                    QStringLiteral("SELECT elect.store_tally(%1, '[]', '{}', 0)").arg(id),
                                    QStringLiteral("SELECT elect.queue_voter_reminders()"),
                                    QStringLiteral("SELECT * FROM elect.voter_reminder_recipient(%1, 1)").arg(id)}) {
            const Outcome o = attempt(*raw, call);
            QVERIFY2(!o.ok(), qPrintable(call));
            QCOMPARE(o.sqlstate, QStringLiteral("42501"));
            // The superuser passes the grant and meets the function's own check; anyone else has no EXECUTE.
            if (label.isEmpty())
                QCOMPARE(o.message, QStringLiteral("scheduler_only"));
            else
                QVERIFY2(o.message.startsWith(QLatin1String("permission denied for function")), qPrintable(o.message));
        }
        if (!label.isEmpty()) {
            auto db = m_cluster->connect(account(label).loginRole, account(label).password);
            QVERIFY(db);
            QCOMPARE(TallyRepository(*db).dueElections().code(), ErrorCode::NotAllowed);
        }
        // Nothing was counted by any of them.
        QCOMPARE(scalar(*m_super, QStringLiteral("SELECT count(*) FROM elect.elections WHERE status = 'tallied'")),
                 QStringLiteral("0"));
    }

    void countsEveryDueElectionWithItsMethod()
    {
        QVERIFY(scalar(*m_super, QStringLiteral("SELECT count(*) FROM elect.election_results")) == QLatin1String("0"));
        ElectionCloser closer(*m_service);
        const Status s = closer.runDue(m_clock).result();
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(closer.storedLastRun(), 4);

        QCOMPARE(stored(m_elections.value(QStringLiteral("Block"))),
                 QStringLiteral("Amal:8:1:true Badr:7:2:true Camelia:6:3:false Dina:1:4:false"));
        QCOMPARE(stored(m_elections.value(QStringLiteral("Approval"))),
                 QStringLiteral("Pakinam:3:2:false Qadry:4:1:true Ramy:3:2:false"));
        // Yara ends with her 3 and Zeinab's 2; Zeinab keeps the 2 she held when excluded.
        QCOMPARE(stored(m_elections.value(QStringLiteral("IRV"))),
                 QStringLiteral("Xavier:4:2:false Yara:5:1:true Zeinab:2:3:false"));
        QCOMPARE(stored(m_elections.value(QStringLiteral("District"))),
                 QStringLiteral("Nabil:3:1:true Nadia:1:2:false Samir:1:2:false Sara:2:1:true Sherif:1:2:false"));

        for (const qint64 id : m_elections) {
            QCOMPARE(scalar(*m_super, QStringLiteral("SELECT status FROM elect.elections WHERE id = %1").arg(id)),
                     QStringLiteral("tallied"));
            QCOMPARE(scalar(*m_super, QStringLiteral("SELECT string_agg(type::text, ',' ORDER BY type)"
                                                     " FROM elect.notifications WHERE election_id = %1")
                                          .arg(id)),
                     QStringLiteral("election_ended,election_tallied"));
            QCOMPARE(
                scalar(*m_super, QStringLiteral("SELECT count(*) FROM elect.audit_log WHERE action ="
                                                " 'tally_election' AND object_id = '%1' AND actor = 'elect_service'")
                                     .arg(id)),
                QStringLiteral("1"));
        }
        // The running election is not touched.
        QCOMPARE(
            scalar(*m_super, QStringLiteral("SELECT status FROM elect.elections WHERE title = 'Club captain 2026'")),
            QStringLiteral("scheduled"));

        // The report keeps every round: IRV's first preferences, then Zeinab's exclusion.
        const QJsonObject irv =
            QJsonDocument::fromJson(scalar(*m_super, QStringLiteral("SELECT report FROM elect.election_results"
                                                                    " WHERE election_id = %1")
                                                         .arg(m_elections.value(QStringLiteral("IRV"))))
                                        .toUtf8())
                .object();
        const QJsonObject only = irv.value(QStringLiteral("constituencies")).toArray().first().toObject();
        QCOMPARE(only.value(QStringLiteral("rounds")).toArray().size(), 2);
        QVERIFY(!only.value(QStringLiteral("tieBreakRule")).toString().isEmpty());
        QVERIFY(!only.value(QStringLiteral("seed")).toString().isEmpty());
        QCOMPARE(scalar(*m_super, QStringLiteral("SELECT ballots FROM elect.election_results WHERE election_id = %1")
                                      .arg(m_elections.value(QStringLiteral("IRV")))),
                 QStringLiteral("9"));
        // One count per district, in name order.
        const QJsonArray districts =
            QJsonDocument::fromJson(scalar(*m_super, QStringLiteral("SELECT report FROM elect.election_results"
                                                                    " WHERE election_id = %1")
                                                         .arg(m_elections.value(QStringLiteral("District"))))
                                        .toUtf8())
                .object()
                .value(QStringLiteral("constituencies"))
                .toArray();
        QCOMPARE(districts.size(), 2);
    }

    void aSecondRunChangesNothing()
    {
        const QString before = fingerprint();
        ElectionCloser closer(*m_service);
        QVERIFY(closer.runDue(m_clock).result().ok());
        QCOMPARE(closer.storedLastRun(), 0);
        QCOMPARE(fingerprint(), before);
        // Nor does storing again by hand.
        auto raw =
            rawConnect(m_cluster->as(QStringLiteral("elect_service"), QStringLiteral("service-password-for-tests")));
        QCOMPARE(scalar(*raw, QStringLiteral("SELECT elect.store_tally(%1, '[]', '{}', 0)")
                                  .arg(m_elections.value(QStringLiteral("Block")))),
                 QStringLiteral("f"));
        QCOMPARE(fingerprint(), before);
    }

    // The staff of the organization read the results and the report; the kiosk reads neither.
    void staffReadTheResults()
    {
        const auto& owner = account(QStringLiteral("Owner of Nile"));
        auto db = m_cluster->connect(owner.loginRole, owner.password);
        QVERIFY(db);
        const auto results = TallyRepository(*db).results(m_elections.value(QStringLiteral("District")));
        QVERIFY2(results.ok(), qPrintable(results.message()));
        QStringList lines;
        for (const StoredResult& r : *results)
            lines << QStringLiteral("%1 %2 %3 %4 %5").arg(r.constituency, r.candidate, r.votes).arg(r.rank).arg(r.won);
        QCOMPARE(lines, QStringList({QStringLiteral("North Nabil 3 1 1"), QStringLiteral("North Nadia 1 2 0"),
                                     QStringLiteral("South Sara 2 1 1"), QStringLiteral("South Samir 1 2 0"),
                                     QStringLiteral("South Sherif 1 2 0")}));
        auto raw = rawConnect(m_cluster->as(owner.loginRole, owner.password));
        QCOMPARE(scalar(*raw, QStringLiteral("SELECT count(*) FROM elect.election_results")), QStringLiteral("4"));
        const auto& sysadmin = account(QStringLiteral("System admin"));
        auto admin = rawConnect(m_cluster->as(sysadmin.loginRole, sysadmin.password));
        QCOMPARE(scalar(*admin, QStringLiteral("SELECT count(*) FROM elect.election_results")), QStringLiteral("4"));
        const auto& kiosk = account(QStringLiteral("Kiosk"));
        auto kioskRaw = rawConnect(m_cluster->as(kiosk.loginRole, kiosk.password));
        QCOMPARE(attempt(*kioskRaw, QStringLiteral("SELECT count(*) FROM elect.election_results")).sqlstate,
                 QStringLiteral("42501"));
        // No results before the count.
        const qint64 running =
            scalar(*m_super, QStringLiteral("SELECT id FROM elect.elections WHERE title = 'Club captain 2026'"))
                .toLongLong();
        QCOMPARE(TallyRepository(*db).results(running).code(), ErrorCode::WrongState);
    }

    // A tie for the last seat is drawn by lot with a recorded seed: a recount with that seed agrees.
    void aTieFollowsTheDeclaredRuleAndTheSeedReproducesIt()
    {
        const qint64 id = make(QStringLiteral("Tie"), QStringLiteral("simple"), QStringLiteral("block"), 1, 1,
                               {{QStringLiteral("Hala"), {}}, {QStringLiteral("Hany"), {}}},
                               {{{QStringLiteral("Hala")}, 2, {}}, {{QStringLiteral("Hany")}, 2, {}}});
        ElectionCloser closer(*m_service);
        QVERIFY(closer.runDue(m_clock).result().ok());
        QCOMPARE(closer.storedLastRun(), 1);
        const QString result = stored(id);
        QVERIFY2(result == QLatin1String("Hala:2:1:true Hany:2:2:false") ||
                     result == QLatin1String("Hala:2:2:false Hany:2:1:true"),
                 qPrintable(result));
        const QJsonObject report =
            QJsonDocument::fromJson(
                scalar(*m_super,
                       QStringLiteral("SELECT report FROM elect.election_results WHERE election_id = %1").arg(id))
                    .toUtf8())
                .object()
                .value(QStringLiteral("constituencies"))
                .toArray()
                .first()
                .toObject();
        const quint64 seed = report.value(QStringLiteral("seed")).toString().toULongLong();
        ElectionToCount e;
        e.id = id;
        e.title = QStringLiteral("Tie");
        const qint64 hala =
            scalar(*m_super, QStringLiteral("SELECT id FROM elect.candidates WHERE name = 'Hala'")).toLongLong();
        const qint64 hany =
            scalar(*m_super, QStringLiteral("SELECT id FROM elect.candidates WHERE name = 'Hany'")).toLongLong();
        const auto recount =
            ElectionCloser::count(e, {{hala, QStringLiteral("Hala"), {}, {}}, {hany, QStringLiteral("Hany"), {}, {}}},
                                  {{{hala}, {}, {}}, {{hala}, {}, {}}, {{hany}, {}, {}}, {{hany}, {}, {}}}, seed);
        QVERIFY(recount.ok());
        const qint64 winner = recount->candidates.at(0).won ? hala : hany;
        QCOMPARE(result.startsWith(QLatin1String("Hala:2:1")), winner == hala);
    }

    // The count alone: a ranked ballot of South that names a North candidate is invalid as a whole, not
    // read as its South preferences; a ballot from a district where nobody stands is left out and reported.
    void aBallotNamingAnotherConstituencysCandidateIsInvalid()
    {
        ElectionToCount e;
        e.id = 99;
        e.title = QStringLiteral("Ranked districts");
        e.type = ElectionType::GovernorateBased;
        e.method = CountingMethod::Irv;
        const QList<TallyCandidate> candidates = {{1, QStringLiteral("Nabil"), {}, QStringLiteral("North")},
                                                  {2, QStringLiteral("Sara"), {}, QStringLiteral("South")},
                                                  {3, QStringLiteral("Sherif"), {}, QStringLiteral("South")}};
        const QList<StoredBallot> ballots = {{{1, 2}, {}, QStringLiteral("South")},
                                             {{3}, {}, QStringLiteral("South")},
                                             {{1}, {}, QStringLiteral("North")},
                                             {{2}, {}, QStringLiteral("East")}};
        const auto counted = ElectionCloser::count(e, candidates, ballots, 7);
        QVERIFY2(counted.ok(), qPrintable(counted.message()));
        QStringList results;
        for (const CandidateResult& r : counted->candidates)
            results << QStringLiteral("%1:%2:%3:%4").arg(r.candidateId).arg(r.votes).arg(r.rank).arg(r.won);
        QCOMPARE(results,
                 QStringList({QStringLiteral("1:1:1:1"), QStringLiteral("2:0:2:0"), QStringLiteral("3:1:1:1")}));
        const QJsonArray parts = counted->report.value(QStringLiteral("constituencies")).toArray();
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.at(1).toObject().value(QStringLiteral("constituency")).toString(), QStringLiteral("South"));
        QCOMPARE(parts.at(1).toObject().value(QStringLiteral("invalidBallots")).toInt(), 1);
        QCOMPARE(counted->report.value(QStringLiteral("ballots_outside_constituencies")).toInt(), 1);
        QCOMPARE(counted->ballots, 4);
    }

    // Two servers at once: each election is stored once, whoever gets it.
    void twoClosersRacingStoreOnce()
    {
        QList<qint64> ids;
        for (int i = 0; i < 6; ++i)
            ids << make(
                QStringLiteral("Race %1").arg(i), QStringLiteral("simple"), QStringLiteral("block"), 1, 1,
                {{QStringLiteral("Runner %1a").arg(i), {}}, {QStringLiteral("Runner %1b").arg(i), {}}},
                {{{QStringLiteral("Runner %1a").arg(i)}, 3, {}}, {{QStringLiteral("Runner %1b").arg(i)}, 1, {}}});
        auto a = serviceLogin();
        auto b = serviceLogin();
        ElectionCloser closerA(*a), closerB(*b);
        QFuture<Status> runA = QtConcurrent::run([&] { return closerA.runDue(m_clock).result(); });
        QFuture<Status> runB = QtConcurrent::run([&] { return closerB.runDue(m_clock).result(); });
        QVERIFY2(runA.result().ok(), qPrintable(runA.result().message()));
        QVERIFY2(runB.result().ok(), qPrintable(runB.result().message()));
        QCOMPARE(closerA.storedLastRun() + closerB.storedLastRun(), 6);
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(stored(ids.at(i)), QStringLiteral("Runner %1a:3:1:true Runner %1b:1:2:false").arg(i));
            QCOMPARE(scalar(*m_super, QStringLiteral("SELECT count(*) FROM elect.notifications WHERE election_id = %1")
                                          .arg(ids.at(i))),
                     QStringLiteral("2"));
        }
    }

    // A server holding an election's row (counting it) makes another skip it rather than wait or count it
    // again; once the first is done the election is no longer due.
    void aHeldElectionIsSkippedNotAwaited()
    {
        const qint64 id =
            make(QStringLiteral("Held"), QStringLiteral("simple"), QStringLiteral("block"), 1, 1,
                 {{QStringLiteral("Hoda"), {}}, {QStringLiteral("Hesham"), {}}}, {{{QStringLiteral("Hoda")}, 1, {}}});
        auto holderDb =
            rawConnect(m_cluster->as(QStringLiteral("elect_service"), QStringLiteral("service-password-for-tests")));
        pqxx::work holder(*holderDb);
        QCOMPARE(int(holder.exec("SELECT * FROM elect.claim_election_for_tally(" + std::to_string(id) + ")").size()),
                 1);
        ElectionCloser closer(*m_service);
        QVERIFY(closer.runDue(m_clock).result().ok());
        QCOMPARE(closer.storedLastRun(), 0);
        QCOMPARE(stored(id), QStringLiteral("Hesham:-:-:- Hoda:-:-:-"));
        holder.abort();
        QVERIFY(closer.runDue(m_clock).result().ok());
        QCOMPARE(closer.storedLastRun(), 1);
        QCOMPARE(stored(id), QStringLiteral("Hesham:0:2:false Hoda:1:1:true"));
    }

    // Drafts, cancelled elections and running ones are not due.
    void onlyEndedScheduledElectionsAreDue()
    {
        const qint64 cancelled = make(QStringLiteral("Cancelled"), QStringLiteral("simple"), QStringLiteral("block"), 1,
                                      1, {{QStringLiteral("Kamal"), {}}}, {});
        QVERIFY(attempt(*m_super, QStringLiteral("SET ROLE elect_owner; UPDATE elect.elections SET status ="
                                                 " 'cancelled' WHERE id = %1")
                                      .arg(cancelled))
                    .ok());
        const auto due = TallyRepository(*m_service).dueElections();
        QVERIFY(due.ok());
        QCOMPARE(due->size(), 0);
        ElectionCloser closer(*m_service);
        QVERIFY(closer.runDue(m_clock).result().ok());
        QCOMPARE(closer.storedLastRun(), 0);
        QCOMPARE(scalar(*m_super, QStringLiteral("SELECT status FROM elect.elections WHERE id = %1").arg(cancelled)),
                 QStringLiteral("cancelled"));
        // Nor can the service claim one of them by its id.
        auto raw =
            rawConnect(m_cluster->as(QStringLiteral("elect_service"), QStringLiteral("service-password-for-tests")));
        QVERIFY(raw);
        const QString running =
            scalar(*m_super, QStringLiteral("SELECT id FROM elect.elections WHERE title = 'Club captain 2026'"));
        const QString draft =
            scalar(*m_super, QStringLiteral("SELECT id FROM elect.elections WHERE title = 'Board of directors 2027'"));
        for (const QString& id : {running, draft, QString::number(cancelled)})
            QCOMPARE(scalar(*raw, QStringLiteral("SELECT count(*) FROM elect.claim_election_for_tally(%1)").arg(id)),
                     QStringLiteral("0"));
        QCOMPARE(scalar(*m_super, QStringLiteral("SELECT string_agg(status::text, ',' ORDER BY id) FROM elect.elections"
                                                 " WHERE id IN (%1, %2)")
                                      .arg(running, draft)),
                 QStringLiteral("draft,scheduled"));
    }
};

QTEST_GUILESS_MAIN(TestElectionCloser)
#include "TestElectionCloser.moc"
