#include "Sql.h"
#include "TestCluster.h"

#include "core/db/ElectionRepository.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Elect;
using namespace Elect::Test;

// `elect import` as an organization's owner runs it, through the real binary: what it prints when a file
// has problems or is in already, and that stopping it (Ctrl-C, or the client killed) leaves nothing behind.
class TestCliImport : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exit = -1;
        QString out;
        QString err;
    };

    std::unique_ptr<TestCluster> m_cluster;
    std::unique_ptr<pqxx::connection> m_super;
    std::unique_ptr<Database> m_owner;
    DemoSeeder::Account m_ownerAccount;
    QTemporaryDir m_dir;

    QStringList importArgs(qint64 election, const QString& file) const
    {
        return {QStringLiteral("--data-dir"),
                m_cluster->server().root(),
                QStringLiteral("--as"),
                m_ownerAccount.email,
                QStringLiteral("--password-fd"),
                QStringLiteral("0"),
                QStringLiteral("import"),
                QStringLiteral("voters"),
                QStringLiteral("--election"),
                QString::number(election),
                file};
    }

    // English (its catalogue has the plural forms), with thousands separated.
    static QProcessEnvironment environment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_US.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        return env;
    }

    void start(QProcess& p, qint64 election, const QString& file)
    {
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(ELECT_CLI), importArgs(election, file));
        p.write(m_ownerAccount.password.toUtf8() + '\n');
        p.closeWriteChannel();
    }

    Run import(qint64 election, const QString& file, QProcess::ProcessChannelMode mode = QProcess::SeparateChannels)
    {
        QProcess p;
        p.setProcessChannelMode(mode);
        start(p, election, file);
        if (!p.waitForFinished(180000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    qint64 newDraft(const QString& title)
    {
        Election e;
        e.title = title;
        e.type = ElectionType::Simple;
        e.seats = 1;
        e.votesPerVoter = 1;
        e.startsAt = QDateTime::currentDateTimeUtc().addDays(10);
        e.endsAt = e.startsAt.addDays(1);
        const auto id = ElectionRepository(*m_owner).createDraft(e);
        return id ? *id : 0;
    }

    int voterCount(qint64 election)
    {
        return scalar(*m_super,
                      QStringLiteral("SELECT count(*) FROM elect.voters WHERE election_id = %1").arg(election))
            .toInt();
    }

    // Statements of the owner's login that the server is running now.
    int activeImportStatements(const char* like)
    {
        return scalar(*m_super, QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = '%1' AND "
                                               "state = 'active' AND query LIKE '%2'")
                                    .arg(m_ownerAccount.loginRole, QString::fromLatin1(like)))
            .toInt();
    }
    int ownerSessions()
    {
        // Not this test's own connection as the owner.
        return scalar(*m_super,
                      QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = '%1' AND pid <> %2")
                          .arg(m_ownerAccount.loginRole)
                          .arg(m_owner->impl().conn->backendpid()))
            .toInt();
    }

    QString writeVoters(const QString& name, int first, int count, const QByteArray& extra = {})
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        QByteArray csv = "National ID,Phone\n";
        csv.reserve(count * 32);
        for (int i = first; i < first + count; ++i)
            csv +=
                QByteArray::number(28000000000000LL + qint64(i) * 7) + ",010" + QByteArray::number(20000000 + i) + '\n';
        f.write(csv + extra);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = std::make_unique<TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
        const auto demo = seedDemo(*m_cluster);
        QVERIFY2(demo.ok(), qPrintable(demo.message()));
        m_ownerAccount = demoAccount(demo->accounts, QStringLiteral("Owner of Nile"));
        m_owner = m_cluster->connect(m_ownerAccount.loginRole, m_ownerAccount.password);
        QVERIFY(m_owner);
        m_super = rawConnect(m_cluster->superuser());
        QVERIFY(m_super);
    }

    // The list on stdout, the summary on stderr, each on its own line, in that order when both go to one place.
    void theProblemsThenTheSummaryEachOnItsOwnLine()
    {
        const qint64 election = newDraft(QStringLiteral("Problems"));
        QVERIFY(election > 0);
        const QString path =
            writeVoters(QStringLiteral("problems.csv"), 0, 2, "12AB,01001234567\n28000000000007,01020000009\n");
        const QStringList expectedList{
            QStringLiteral("Line 4, column National ID: A national id may contain only digits, spaces and dashes; "
                           "character 3 is not allowed. (value 12AB)"),
            QStringLiteral("Line 5, column National ID: This national id already appears on line 3. List each person "
                           "once; remove one of the rows. (value ") +
                QString(11, QChar(0x2022)) + QStringLiteral("007)")};
        const QString summary = QStringLiteral("elect: 2 problems in %1; nothing was imported. Fix them and run the "
                                               "import again.")
                                    .arg(path);
        Run r = import(election, path);
        QCOMPARE(r.exit, 1);
        QCOMPARE(r.out.split(u'\n'), expectedList + QStringList{QString()});
        QCOMPARE(r.err, summary + u'\n');
        r = import(election, path, QProcess::MergedChannels);
        const QStringList merged = expectedList + QStringList{summary, QString()};
        QCOMPARE(r.out.split(u'\n'), merged);
        QCOMPARE(voterCount(election), 0);
    }

    void aFileInAlreadySaysSoInOneSentence()
    {
        const qint64 election = newDraft(QStringLiteral("Imported twice"));
        const QString path = writeVoters(QStringLiteral("thousand.csv"), 1000, 1000);
        Run r = import(election, path);
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("Voters imported into election %1: 1000.\n").arg(election));
        QCOMPARE(voterCount(election), 1000);

        r = import(election, path);
        QCOMPARE(r.exit, 1);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err, QStringLiteral(
                            "elect: All 1,000 voters in this file are already in the election; nothing to import.\n"));
        QCOMPARE(voterCount(election), 1000);

        // Some in already, some new: the first ten by line, then how many more; nothing imported.
        const QString mixed = writeVoters(QStringLiteral("mixed.csv"), 1500, 600); // 500 in already, 100 new
        r = import(election, mixed);
        QCOMPARE(r.exit, 1);
        const QStringList lines = r.out.split(u'\n');
        QCOMPARE(lines.size(), 12);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(lines.at(i), QStringLiteral("Line %1, column national id: This voter is already in the "
                                                 "election. Remove the row, or remove the voter from the election "
                                                 "first.")
                                      .arg(2 + i)); // voters 1500..1999, in already, on lines 2..501
        QCOMPARE(lines.at(10), QStringLiteral("... and 490 more voters already in the election."));
        QCOMPARE(lines.at(11), QString());
        QCOMPARE(r.err, QStringLiteral("elect: 500 problems in %1; nothing was imported. Fix them and run the import "
                                       "again.\n")
                            .arg(mixed));
        QCOMPARE(voterCount(election), 1000);
    }

    // Ctrl-C while the server inserts: the statement is cancelled, the transaction rolled back, and elect says so.
    void ctrlCStopsTheImportAndNothingLands()
    {
        const qint64 election = newDraft(QStringLiteral("Interrupted"));
        const QString path = writeVoters(QStringLiteral("big.csv"), 0, 400000);
        QProcess p;
        start(p, election, path);
        QTRY_VERIFY_WITH_TIMEOUT(
            activeImportStatements("%import_load_voters%") > 0 || p.state() == QProcess::NotRunning, 120000);
        QVERIFY2(p.state() == QProcess::Running, "the import ended before it could be interrupted");
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.endsWith(QStringLiteral("elect: The import was stopped. Nothing was imported.\n")),
                 qPrintable(err));
        QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()), QString());
        QTRY_COMPARE_WITH_TIMEOUT(ownerSessions(), 0, 30000);
        QCOMPARE(voterCount(election), 0);
        QCOMPARE(scalar(*m_super, QStringLiteral("SELECT count(*) FROM elect.audit_log WHERE action = 'import_voters' "
                                                 "AND object_id = '%1'")
                                      .arg(election)),
                 QStringLiteral("0"));
    }

    // The client killed outright: the server notices (client_connection_check_interval) and commits nothing.
    void aKilledClientLeavesNothingBehind()
    {
        const qint64 election = newDraft(QStringLiteral("Killed"));
        const QString path = writeVoters(QStringLiteral("big2.csv"), 0, 400000);
        QProcess p;
        start(p, election, path);
        QTRY_VERIFY_WITH_TIMEOUT(
            activeImportStatements("%import_load_voters%") > 0 || p.state() == QProcess::NotRunning, 120000);
        QVERIFY2(p.state() == QProcess::Running, "the import ended before it could be killed");
        p.kill();
        QVERIFY(p.waitForFinished(60000));
        QTRY_COMPARE_WITH_TIMEOUT(ownerSessions(), 0, 30000);
        QCOMPARE(voterCount(election), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "TestCliImport.moc"
