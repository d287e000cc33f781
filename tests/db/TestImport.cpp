#include "core/csv/Importer.h"
#include "core/db/AccountRepository.h"
#include "core/db/ElectionRepository.h"
#include "core/db/ImportRepository.h"
#include "core/devtools/DemoSeeder.h"
#include "core/domain/NationalId.h"

#include "Printers.h"
#include "Sql.h"
#include "TestCluster.h"

#include <QBuffer>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <future>

using namespace Elect;
using namespace Elect::Csv;
using namespace Elect::Test;

// Importing voters and candidates into PostgreSQL: all or nothing, and only where the login may.
class TestImport : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestCluster> m_cluster;
    std::unique_ptr<pqxx::connection> m_super;
    std::unique_ptr<Database> m_owner;  // Nile Rowing Club
    std::unique_ptr<Database> m_ownerB; // Alexandria Student Union
    qint64 m_draft = 0, m_running = 0;
    QTemporaryDir m_dir;
    QList<DemoSeeder::Account> m_accounts;

    std::unique_ptr<pqxx::connection> rawLogin(const QString& labelStart)
    {
        const DemoSeeder::Account& a = demoAccount(m_accounts, labelStart);
        return rawConnect(m_cluster->as(a.loginRole, a.password));
    }

    // Runs \a statement in a subtransaction of \a w; the SQLSTATE it failed with (empty when it ran) and its
    // message in *message.
    static QString refusal(pqxx::work& w, const std::string& statement, QString* message = nullptr)
    {
        try {
            pqxx::subtransaction s(w, "attempt");
            s.exec(statement);
            s.commit();
            return {};
        } catch (const pqxx::failure& e) {
            if (message)
                *message = QString::fromUtf8(e.what());
            return QString::fromStdString(Db::sqlstateOf(e));
        }
    }

    static QByteArray voterFile(int first, int count, const QByteArray& extra = {})
    {
        QByteArray csv = "National ID,Phone\r\n";
        for (int i = first; i < first + count; ++i)
            csv += QByteArray::number(28000000000000LL + i) + ",010" + QByteArray::number(20000000 + i) + "\r\n";
        return csv + extra;
    }

    QString voterCount(qint64 election)
    {
        return scalar(*m_super,
                      QStringLiteral("SELECT count(*) FROM elect.voters WHERE election_id = %1").arg(election));
    }

    Result<ImportOutcome> importBytes(Database& db, const QByteArray& bytes, qint64 election,
                                      ImportKind kind = ImportKind::Voters, bool checkOnly = false,
                                      const Importer::ProgressFn& progress = {})
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        ImportOptions options;
        options.kind = kind;
        options.electionId = election;
        options.checkOnly = checkOnly;
        options.photoFolder = QDir(m_dir.path());
        return Importer(db).run(buffer, options, progress);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = std::make_unique<TestCluster>(QStringLiteral("log_statement = 'all'\n"));
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
        auto super = m_cluster->connectSuperuser();
        DemoSeeder seeder(
            *super, [this](const QString& r, const QString& p) { return Database::connect(m_cluster->as(r, p)); });
        const auto demo = seeder.run();
        QVERIFY2(demo.ok(), qPrintable(demo.message()));
        m_accounts = demo->accounts;
        m_super = rawConnect(m_cluster->superuser());
        m_owner = m_cluster->connect(demo->accounts.at(1).loginRole, demo->accounts.at(1).password);
        QVERIFY(m_owner);
        m_draft =
            scalar(*m_super, QStringLiteral("SELECT id FROM elect.elections WHERE title = 'Board of directors 2027'"))
                .toLongLong();
        m_running = scalar(*m_super, QStringLiteral("SELECT id FROM elect.elections WHERE title = 'Club captain 2026'"))
                        .toLongLong();
        QVERIFY(m_draft > 0 && m_running > 0);
        // A second organization, accepted, to attack from.
        auto sys = m_cluster->connect(demo->accounts.at(0).loginRole, demo->accounts.at(0).password);
        const qint64 orgB = scalar(*m_super, QStringLiteral("SELECT user_id FROM elect.organizations WHERE name = "
                                                            "'Alexandria Student Union'"))
                                .toLongLong();
        QVERIFY(AccountRepository(*sys).acceptOrganization(orgB).ok());
        m_ownerB = m_cluster->connect(demo->accounts.at(4).loginRole, demo->accounts.at(4).password);
        QVERIFY(m_ownerB);
    }

    void votersAreImportedNormalizedAndHashed()
    {
        const QString before = voterCount(m_draft);
        const auto outcome = importBytes(*m_owner, voterFile(0, 2500), m_draft);
        QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
        QVERIFY2(outcome->report.ok(), qPrintable(outcome->report.toText()));
        QCOMPARE(outcome->rows, 2500);
        QCOMPARE(outcome->inserted, 2500);
        QCOMPARE(voterCount(m_draft).toInt(), before.toInt() + 2500);
        // Stored as the HMAC under the organization's key (which only the superuser reads), the phone in E.164.
        const QByteArray key = QByteArray::fromHex(
            scalar(*m_super, QStringLiteral("SELECT encode(k.hmac_key, 'hex') FROM elect_private.organization_keys k "
                                            "JOIN elect.organizations o ON o.user_id = k.organization_id "
                                            "WHERE o.name = 'Nile Rowing Club'"))
                .toLatin1());
        QCOMPARE(key.size(), 32);
        const QString hmac = QString::fromLatin1(NationalId::hmac(key, QStringLiteral("28000000000007")).toHex());
        QCOMPARE(scalar(*m_super, QStringLiteral("SELECT phone FROM elect.voters WHERE election_id = %1 AND "
                                                 "national_id_hmac = decode('%2', 'hex')")
                                      .arg(m_draft)
                                      .arg(hmac)),
                 QStringLiteral("+201020000007"));
    }

    // 0028: a session draws voters' ids 1000 at a time instead of locking the sequence for each voter.
    void votersDrawTheirIdsInBlocks()
    {
        QCOMPARE(scalar(*m_super, QStringLiteral("SELECT cache_size FROM pg_sequences WHERE schemaname = 'elect' "
                                                 "AND sequencename = 'voters_id_seq'")),
                 QStringLiteral("1000"));
    }

    // The repository under the importer: nothing is written until commit(); dropped before, it rolls back,
    // and the connection is ready for the next import (the staging table goes with the transaction).
    void theRepositoryWritesOnlyOnCommit()
    {
        const QString before = voterCount(m_draft);
        for (const bool commit : {false, true}) {
            ImportRepository repository(*m_owner);
            const auto target = repository.begin(m_draft, ImportRepository::Rows::Voters);
            QVERIFY2(target.ok(), qPrintable(target.message()));
            QVERIFY(target->type == ElectionType::Simple);
            QCOMPARE(target->country, QStringLiteral("EG"));
            QVERIFY(repository.startStaging().ok());
            for (int i = 0; i < 3; ++i)
                QVERIFY(repository
                            .stage(ImportRepository::VoterRow{i + 2, QStringLiteral("2700000000000%1").arg(i),
                                                              QStringLiteral("+20100000000%1").arg(i), QString(),
                                                              QString()})
                            .ok());
            QVERIFY(repository.endStaging().ok());
            const auto already = repository.linesAlreadyInElection();
            QVERIFY(already.ok());
            QVERIFY(already->isEmpty());
            const auto inserted = repository.insertStaged();
            QVERIFY2(inserted.ok(), qPrintable(inserted.message()));
            QCOMPARE(*inserted, 3);
            if (commit)
                QVERIFY(repository.commit().ok());
            QCOMPARE(voterCount(m_draft).toInt(), before.toInt() + (commit ? 3 : 0));
        }
        // Staged again, the same people are now reported as already in the election.
        ImportRepository again(*m_owner);
        const auto target = again.begin(m_draft, ImportRepository::Rows::Voters);
        QVERIFY(target.ok());
        QVERIFY(again.startStaging().ok());
        QVERIFY(
            again
                .stage(ImportRepository::VoterRow{7, QStringLiteral("27000000000001"), QString(), QString(), QString()})
                .ok());
        QVERIFY(again.endStaging().ok());
        const auto already = again.linesAlreadyInElection();
        QVERIFY(already.ok());
        QCOMPARE(*already, QList<qint64>{7});
        // Remove them again so that the other tests count from where they did.
        QVERIFY(attempt(*m_super, QStringLiteral("DELETE FROM elect.voters WHERE election_id = %1 AND phone LIKE "
                                                 "'+20100000000_'")
                                      .arg(m_draft))
                    .ok());
        QCOMPARE(voterCount(m_draft), before);
    }

    void plaintextIdsNeverReachTheServer()
    {
        QFile log(m_cluster->server().logFile());
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray text = log.readAll();
        QVERIFY(text.contains("import_rows"));     // the statements were logged...
        QVERIFY(!text.contains("28000000000007")); // ...but no national id
    }

    // The import's session stops its work when the client is gone, even inside a long statement.
    void theImportWatchesForAClientThatIsGone()
    {
        QVERIFY(importBytes(*m_owner, voterFile(70000, 3), m_draft, ImportKind::Voters, true).ok());
        QFile log(m_cluster->server().logFile());
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains("SET LOCAL client_connection_check_interval = '1s'"));
    }

    // 0019's functions: the login adds rows to the server's staging table and does nothing else with it or
    // with the tables that count and check them; a table or view of its own under the same name is refused;
    // no one imports into another organization's election.
    void theChunkedLoadCannotBeTurnedAgainstTheKey()
    {
        const std::string draft = std::to_string(m_draft);
        auto a = rawLogin(QStringLiteral("Owner of Nile"));
        QVERIFY(a);
        {
            pqxx::work w(*a);
            w.exec("SELECT elect.import_open_voters(" + draft + ")");
            w.exec("INSERT INTO import_rows (line, national_id, phone) VALUES (2, '29901013333333', '+201003333333')");
            for (const char* statement :
                 {"SELECT * FROM import_rows", "SELECT national_id FROM import_rows", "TRUNCATE import_rows",
                  "ALTER TABLE import_rows ADD COLUMN x text", "DROP TABLE import_rows",
                  "CREATE TRIGGER t BEFORE INSERT ON import_rows FOR EACH ROW EXECUTE FUNCTION "
                  "elect.audit_log_append_only()",
                  "UPDATE import_totals SET inserted = 1000000", "SELECT * FROM import_totals",
                  "INSERT INTO import_areas VALUES ('x', 'y', 1, 1)", "DELETE FROM import_areas"})
                QVERIFY2(refusal(w, statement) == QLatin1String("42501"), statement);
            QCOMPARE(w.exec("SELECT elect.import_load_voters(" + draft + ")").size(), 0);
            QCOMPARE(w.exec("SELECT elect.import_finish_voters(" + draft + ")")[0][0].as<int>(), 1);
            w.abort();
        }
        // Only normalized ids are hashed, and the refusal quotes none.
        {
            pqxx::work w(*a);
            w.exec("SELECT elect.import_open_voters(" + draft + ")");
            w.exec("INSERT INTO import_rows (line, national_id) VALUES (2, '29901013333333'), (3, '2990 1013333334')");
            QString message;
            QCOMPARE(refusal(w, "SELECT elect.import_load_voters(" + draft + ")", &message), QStringLiteral("EL003"));
            QVERIFY2(message.contains(QLatin1String("national_id_invalid")), qPrintable(message));
            QVERIFY2(!message.contains(QLatin1String("1333333")), qPrintable(message));
        }
        // A view of the login's own, calling a function of its own that would read the keys as the owner.
        {
            pqxx::work w(*a);
            w.exec("CREATE FUNCTION pg_temp.steal() RETURNS text LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION "
                   "'stolen %', (SELECT string_agg(encode(hmac_key, 'hex'), ',') FROM "
                   "elect_private.organization_keys); END $$");
            w.exec("CREATE TEMP VIEW import_rows AS SELECT 2::bigint AS line, pg_temp.steal() AS national_id, "
                   "''::text AS phone, ''::text AS district, ''::text AS governorate");
            w.exec("GRANT SELECT ON import_rows TO elect_owner");
            QString message;
            QCOMPARE(refusal(w, "SELECT elect.import_open_voters(" + draft + ")", &message), QStringLiteral("42P07"));
            QCOMPARE(refusal(w, "SELECT elect.import_load_voters(" + draft + ")", &message), QStringLiteral("42501"));
            QVERIFY2(!message.contains(QLatin1String("stolen")), qPrintable(message));
            QVERIFY2(message.contains(QLatin1String("import_rows")),
                     qPrintable(message)); // refused for the view itself
        }
        // Another organization's owner, a system admin, a kiosk: not into this election.
        for (const char* who : {"Owner of Alexandria", "System admin", "Kiosk"}) {
            auto o = rawLogin(QString::fromLatin1(who));
            QVERIFY2(o, who);
            for (const QString& statement : {QStringLiteral("SELECT elect.import_open_voters(%1)"),
                                             QStringLiteral("SELECT elect.import_load_voters(%1)"),
                                             QStringLiteral("SELECT elect.import_finish_voters(%1)")}) {
                const Outcome out = attempt(*o, statement.arg(m_draft));
                QVERIFY2(out.sqlstate == QLatin1String("42501"), qPrintable(QString::fromLatin1(who) + statement));
            }
        }
        QCOMPARE(scalar(*m_super, QStringLiteral("SELECT count(*) FROM elect.voters WHERE election_id = %1 AND phone = "
                                                 "'+201003333333'")
                                      .arg(m_draft)),
                 QStringLiteral("0"));
    }

    // The rows go to the server as COPY text built here, in pieces that end at a row's end: across the
    // first chunk (5,000 rows) and the next ones (50,000), every value arrives as written (a backslash before
    // a "t" stays two characters; the reader turns a tab inside a value into a space),
    // and a voter already in the election is reported on its own line wherever its chunk starts.
    void rowsCrossChunksWithEveryCharacterKept()
    {
        const QString before = voterCount(m_draft);
        const QList<QByteArray> districts{"Giza \\ North", "Back\\slash\\t", "\"Comma, inside\"",
                                          "\xd8\xa7\xd9\x84\xd8\xac\xd9\x8a\xd8\xb2\xd8\xa9", "Tab\there"};
        QByteArray csv = "National ID,Phone,District\r\n";
        const int rows = 5000 + 50000 + 700;
        for (int i = 0; i < rows; ++i)
            csv += QByteArray::number(27000000000000LL + i) + ",010" + QByteArray::number(30000000 + i) + "," +
                   districts.at(i % districts.size()) + "\r\n";
        const auto outcome = importBytes(*m_owner, csv, m_draft);
        QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
        QVERIFY2(outcome->report.ok(), qPrintable(outcome->report.toText()));
        QCOMPARE(outcome->inserted, rows);
        QCOMPARE(voterCount(m_draft).toInt(), before.toInt() + rows);
        const QString stored = scalar(
            *m_super, QStringLiteral("SELECT string_agg(district || '=' || n, '|' ORDER BY district) FROM (SELECT "
                                     "district, count(*) AS n FROM elect.voters WHERE election_id = %1 AND phone "
                                     "LIKE '+20103%' GROUP BY district) d")
                          .arg(m_draft));
        QCOMPARE(stored, QStringLiteral("Back\\slash\\t=11140|Comma, inside=11140|Giza \\ North=11140|Tab here=11140|"
                                        "\u0627\u0644\u062c\u064a\u0632\u0629=11140"));

        // Lines 2 (the first chunk), 5,002 (the second's first row) and 55,002 (the third's first row) repeat
        // voters imported above; only those three lines are reported.
        QByteArray again = "National ID,Phone\r\n";
        for (int i = 0; i < rows; ++i) {
            const bool repeat = i == 0 || i == 5000 || i == 55000;
            again += QByteArray::number(repeat ? 27000000000000LL + i : 26000000000000LL + i) + ",010" +
                     QByteArray::number(40000000 + i) + "\r\n";
        }
        const auto second = importBytes(*m_owner, again, m_draft);
        QVERIFY2(second.ok(), qPrintable(second.message()));
        QList<qint64> lines;
        for (const Problem& p : second->report.problems())
            lines << p.line;
        QCOMPARE(lines, (QList<qint64>{2, 5002, 55002}));
        QCOMPARE(second->inserted, 0);
        QCOMPARE(voterCount(m_draft).toInt(), before.toInt() + rows);
    }

    void oneBadRowAndNothingIsWritten()
    {
        const QString before = voterCount(m_draft);
        const auto outcome = importBytes(*m_owner, voterFile(10000, 3000, "12AB,01001234567\r\n"), m_draft);
        QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
        QVERIFY(!outcome->report.ok());
        QCOMPARE(outcome->report.problemCount(), 1);
        QCOMPARE(outcome->report.problems().first().line, 3002);
        QCOMPARE(outcome->inserted, 0);
        QCOMPARE(voterCount(m_draft), before);
    }

    void duplicatesAndVotersAlreadyThereAreReported()
    {
        const QString before = voterCount(m_draft);
        // Line 2 repeats a voter imported before; lines 3 and 5 are the same new voter.
        QByteArray csv = "National ID,Phone\n28000000000001,01020000001\n29999999999999,01011111111\n"
                         "29999999999998,01011111112\n2999-9999-999999,01011111113\n";
        const auto outcome = importBytes(*m_owner, csv, m_draft);
        QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
        QVERIFY(outcome->report.problemCount() >= 2);
        const QString text = outcome->report.toText();
        QVERIFY2(text.contains(QStringLiteral("already in the election")), qPrintable(text));
        bool duplicateNamesFirstLine = false;
        for (const Problem& p : outcome->report.problems())
            duplicateNamesFirstLine |= p.line == 5 && p.message.contains(QStringLiteral("3"));
        QVERIFY2(duplicateNamesFirstLine, qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("29999999999999"))); // ids are never shown whole
        QCOMPARE(voterCount(m_draft), before);
    }

    void checkOnlyWritesNothing()
    {
        const QString before = voterCount(m_draft);
        const auto outcome = importBytes(*m_owner, voterFile(20000, 100), m_draft, ImportKind::Voters, true);
        QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
        QVERIFY(outcome->report.ok());
        QCOMPARE(outcome->inserted, 0);
        QCOMPARE(voterCount(m_draft), before);
    }

    void cancelLeavesNothingBehind()
    {
        const QString before = voterCount(m_draft);
        int calls = 0;
        const auto outcome = importBytes(*m_owner, voterFile(30000, 5000), m_draft, ImportKind::Voters, false,
                                         [&calls](const ImportProgress& p) {
                                             ++calls;
                                             return p.rows < 2000;
                                         });
        QCOMPARE(outcome.code(), ErrorCode::Cancelled);
        QVERIFY(calls >= 2);
        QCOMPARE(voterCount(m_draft), before);
        // The connection is still usable afterwards.
        QVERIFY(importBytes(*m_owner, voterFile(40000, 10), m_draft).ok());
    }

    void aRunningElectionRefusesImports()
    {
        const QString before = voterCount(m_running);
        const auto outcome = importBytes(*m_owner, voterFile(50000, 10), m_running);
        QCOMPARE(outcome.code(), ErrorCode::WrongState);
        QCOMPARE(voterCount(m_running), before);
    }

    void anotherOrganizationCannotImport()
    {
        const QString before = voterCount(m_draft);
        const auto outcome = importBytes(*m_ownerB, voterFile(60000, 10), m_draft);
        QCOMPARE(outcome.code(), ErrorCode::NotFound);
        QCOMPARE(voterCount(m_draft), before);
    }

    void districtElectionsNeedCandidatesFirstAndPhotosAreReencoded()
    {
        Election e;
        e.title = QStringLiteral("Regional delegates");
        e.type = ElectionType::District;
        e.seats = 2;
        e.votesPerVoter = 1;
        e.startsAt = QDateTime::currentDateTimeUtc().addDays(10);
        e.endsAt = e.startsAt.addDays(1);
        const auto id = ElectionRepository(*m_owner).createDraft(e);
        QVERIFY(id.ok());

        const QByteArray voters = "National ID,Phone,District\n27000000000001,01030000001,North\n"
                                  "27000000000002,01030000002,South\n";
        auto first = importBytes(*m_owner, voters, *id);
        QVERIFY(first.ok());
        QCOMPARE(first->report.problemCount(), 2); // no candidates in North or South yet
        QVERIFY(first->report.toText().contains(QStringLiteral("North")));

        // A photo with metadata, as a phone camera would leave it.
        QImage image(300, 200, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        image.setText(QStringLiteral("Comment"), QStringLiteral("GPS 30.0444,31.2357 secret-metadata"));
        QVERIFY(image.save(m_dir.filePath(QStringLiteral("amal.png"))));
        const QByteArray candidates =
            "National ID,Name,District,Party,Photo\n26000000000001,Amal Nabil,North,Blue,amal.png\n"
            "26000000000002,\xd8\xa8\xd8\xaf\xd8\xb1 \xd8\xb3\xd8\xa7\xd9\x84\xd9\x85,South,Green,\n";
        const auto c = importBytes(*m_owner, candidates, *id, ImportKind::Candidates);
        QVERIFY2(c.ok(), qPrintable(c.message()));
        QVERIFY2(c->report.ok(), qPrintable(c->report.toText()));
        QCOMPARE(c->inserted, 2);
        const QString photoHex =
            scalar(*m_super, QStringLiteral("SELECT encode(photo, 'hex') FROM elect.candidates WHERE "
                                            "name = 'Amal Nabil'"));
        const QByteArray photo = QByteArray::fromHex(photoHex.toLatin1());
        QVERIFY(photo.size() > 100);
        QVERIFY(!photo.contains("secret-metadata"));
        QVERIFY(!QImage::fromData(photo).isNull());

        const auto second = importBytes(*m_owner, voters, *id);
        QVERIFY(second.ok());
        QVERIFY2(second->report.ok(), qPrintable(second->report.toText()));
        QCOMPARE(second->inserted, 2);
    }
    // 0027 checks the staged ids with a cheaper test than 0019's '^[0-9]{4,32}$': exactly the same ids pass.
    void onlyNormalizedIdsOfFourToThirtyTwoDigitsAreHashed()
    {
        const std::string draft = std::to_string(m_draft);
        auto a = rawLogin(QStringLiteral("Owner of Nile"));
        QVERIFY(a);
        const auto load = [&](const std::string& id, QString* message) {
            pqxx::work w(*a);
            w.exec("SELECT elect.import_open_voters(" + draft + ")");
            w.exec_params("INSERT INTO import_rows (line, national_id) VALUES (2, $1)", id);
            const QString state = refusal(w, "SELECT elect.import_load_voters(" + draft + ")", message);
            if (state.isEmpty())
                *message = QString::number(w.exec("SELECT elect.import_finish_voters(" + draft + ")")[0][0].as<int>());
            return state; // the transaction is rolled back: nothing stays
        };
        for (const std::string& bad :
             {std::string("123"), std::string(33, '7'), std::string("12a4"), std::string("1234 "), std::string("-1234"),
              std::string("\u0661\u0662\u0663\u0664"), std::string("1234\n5678"), std::string()}) {
            QString message;
            QCOMPARE(load(bad, &message), QStringLiteral("EL003"));
            QVERIFY2(message.contains(QLatin1String("national_id_invalid")), qPrintable(message));
        }
        for (const std::string& good : {std::string("1234"), std::string(32, '9')}) {
            QString inserted;
            QCOMPARE(load(good, &inserted), QString());
            QCOMPARE(inserted, QStringLiteral("1"));
        }
    }

    // A login's own insert that races a publish (which holds the election FOR UPDATE) waits for it at the
    // foreign key's lock, then finds the election published and is refused: the draft-only check runs after
    // that lock (0027's AFTER row trigger, as 0002's statement trigger did).
    void aVoterInsertRacingAPublishIsRefused()
    {
        const QString before = voterCount(m_draft);
        auto staff = rawLogin(QStringLiteral("Owner of Nile"));
        QVERIFY(staff);
        const long long staffPid = pqxx::nontransaction(*staff).exec("SELECT pg_backend_pid()")[0][0].as<long long>();
        auto publisher = rawConnect(m_cluster->superuser());
        QVERIFY(publisher);
        {
            pqxx::work p(*publisher);
            p.exec("SET LOCAL ROLE elect_owner");
            p.exec_params("SELECT 1 FROM elect.elections WHERE id = $1 FOR UPDATE", m_draft);
            auto inserting = std::async(std::launch::async, [&]() -> QString {
                pqxx::work w(*staff);
                const QString state = refusal(w, "INSERT INTO elect.voters (election_id, national_id_hmac) VALUES (" +
                                                     std::to_string(m_draft) + ", decode(repeat('78', 32), 'hex'))");
                if (state.isEmpty())
                    w.commit();
                return state;
            });
            // The insert waits for the publish's lock...
            QTRY_COMPARE(
                scalar(*m_super,
                       QStringLiteral("SELECT wait_event_type FROM pg_stat_activity WHERE pid = %1").arg(staffPid)),
                QStringLiteral("Lock"));
            // ... which publishes and lets go.
            p.exec_params("UPDATE elect.elections SET status = 'scheduled' WHERE id = $1", m_draft);
            p.commit();
            QCOMPARE(inserting.get(), QStringLiteral("EL001"));
        }
        QCOMPARE(voterCount(m_draft), before);
        pqxx::work restore(*m_super);
        restore.exec("SET LOCAL ROLE elect_owner");
        restore.exec_params("UPDATE elect.elections SET status = 'draft' WHERE id = $1", m_draft);
        restore.commit();
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "TestImport.moc"
