#include "Sql.h"
#include "TestCluster.h"
#include "TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace Elect;
using namespace Elect::Test;

// The elect command as IT staff run it: exit statuses, one-line errors, passwords from a descriptor.
class TestCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exit = -1;
        QString out;
        QString err;
    };

    std::unique_ptr<TestCluster> m_cluster;

    // Runs elect on the test cluster's embedded server; \a input goes to stdin (read with --password-fd 0).
    Run elect(const QStringList& args, const QByteArray& input = {})
    {
        QProcess p;
        QStringList all;
        if (m_cluster)
            all << QStringLiteral("--data-dir") << m_cluster->server().root();
        all << args;
        p.start(QStringLiteral(ELECT_CLI), all);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = std::make_unique<TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    }

    void helpVersionAndUsage()
    {
        Run r = elect({QStringLiteral("--help")});
        QCOMPARE(r.exit, 0);
        QVERIFY(r.out.contains(QStringLiteral("db init")));
        r = elect({QStringLiteral("--version")});
        QCOMPARE(r.exit, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("elect ")));
        r = elect({QStringLiteral("frobnicate")});
        QCOMPARE(r.exit, 2);
        QVERIFY(r.err.contains(QStringLiteral("unknown command")));
        r = elect({QStringLiteral("org"), QStringLiteral("register"), QStringLiteral("--bogus"), QStringLiteral("x")});
        QCOMPARE(r.exit, 2);
        // Each command has its own options and help: another command's option is wrong usage.
        r = elect({QStringLiteral("org"), QStringLiteral("accept"), QStringLiteral("5"), QStringLiteral("--country"),
                   QStringLiteral("EG")});
        QCOMPARE(r.exit, 2);
        QVERIFY2(r.err.contains(QStringLiteral("country")), qPrintable(r.err));
        r = elect({QStringLiteral("org"), QStringLiteral("accept"), QStringLiteral("--help")});
        QCOMPARE(r.exit, 0);
        QVERIFY(r.out.contains(QStringLiteral("elect [global options] org accept")));
        r = elect({QStringLiteral("org"), QStringLiteral("accept")});
        QCOMPARE(r.exit, 2);
    }

    void statusAndIdempotentInit()
    {
        Run r = elect({QStringLiteral("db"), QStringLiteral("status")});
        QCOMPARE(r.exit, 0);
        QVERIFY2(r.out.contains(QStringLiteral("applied  0001_schema.sql")), qPrintable(r.out + r.err));
        QVERIFY(!r.out.contains(QStringLiteral("pending")));
        r = elect({QStringLiteral("db"), QStringLiteral("migrate")});
        QCOMPARE(r.exit, 0);
        QVERIFY(r.out.contains(QStringLiteral("up to date")));
        r = elect({QStringLiteral("db"), QStringLiteral("init")});
        QCOMPARE(r.exit, 0);
        r = elect({QStringLiteral("server"), QStringLiteral("status")});
        QCOMPARE(r.exit, 0);
    }

    // A weak password for a new account is refused before anything is created, saying why.
    void weakNewPasswordRefused()
    {
        const QStringList create{QStringLiteral("--password-fd"), QStringLiteral("0"),
                                 QStringLiteral("sysadmin"),      QStringLiteral("create"),
                                 QStringLiteral("--email"),       QStringLiteral("weak@club.example"),
                                 QStringLiteral("--first-name"),  QStringLiteral("Wendy"),
                                 QStringLiteral("--last-name"),   QStringLiteral("Eakins")};
        Run r = elect(create, "Wendy1990\nWendy1990\n");
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains(QStringLiteral("too easy to guess")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("name, email address or organization")), qPrintable(r.err));
        // The account does not exist: the same email can still be created, with a good password.
        r = elect(create, "violin-teapot-harbour\nviolin-teapot-harbour\n");
        QVERIFY2(r.exit == 0, qPrintable(r.err));
    }

    void fromRegistrationToADraftElection()
    {
        const QByteArray sysPw = "sysadmin-password-1\nsysadmin-password-1\n";
        Run r = elect({QStringLiteral("--password-fd"), QStringLiteral("0"), QStringLiteral("sysadmin"),
                       QStringLiteral("create"), QStringLiteral("--email"), QStringLiteral("it@club.example"),
                       QStringLiteral("--first-name"), QStringLiteral("Ina"), QStringLiteral("--last-name"),
                       QStringLiteral("Tech")},
                      sysPw);
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        // Registration goes through the registration API of a real `elect serve` on this machine.
        QTemporaryDir messages;
        QProcess serve;
        serve.setProcessChannelMode(QProcess::MergedChannels);
        serve.start(QStringLiteral(ELECT_CLI),
                    {QStringLiteral("--data-dir"), m_cluster->server().root(), QStringLiteral("serve"),
                     QStringLiteral("--file-transport"), messages.filePath(QStringLiteral("messages.txt")),
                     QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        const auto stopServe = qScopeGuard([&serve] {
            serve.terminate();
            if (!serve.waitForFinished(30000))
                serve.kill();
        });
        QString serveLog;
        static const QRegularExpression listening(QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
        while (!listening.match(serveLog).hasMatch() && serve.waitForReadyRead(60000))
            serveLog += QString::fromUtf8(serve.readAll());
        const QString api = listening.match(serveLog).captured(1);
        QVERIFY2(!api.isEmpty(), qPrintable(serveLog));
        r = elect({QStringLiteral("--password-fd"), QStringLiteral("0"), QStringLiteral("org"),
                   QStringLiteral("register"), QStringLiteral("--api"), api, QStringLiteral("--email"),
                   QStringLiteral("boss@club.example"), QStringLiteral("--first-name"), QStringLiteral("Bo"),
                   QStringLiteral("--last-name"), QStringLiteral("Ss"), QStringLiteral("--name"),
                   QStringLiteral("Chess Club"), QStringLiteral("--country"), QStringLiteral("gb")},
                  "Velvet-Quarry-Harbor-47\n");
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        // A second registration with the same name: a user error, one line, exit 1.
        r = elect({QStringLiteral("--password-fd"), QStringLiteral("0"), QStringLiteral("org"),
                   QStringLiteral("register"), QStringLiteral("--api"), api, QStringLiteral("--email"),
                   QStringLiteral("other@club.example"), QStringLiteral("--first-name"), QStringLiteral("O"),
                   QStringLiteral("--last-name"), QStringLiteral("T"), QStringLiteral("--name"),
                   QStringLiteral("chess club"), QStringLiteral("--country"), QStringLiteral("GB")},
                  "Velvet-Quarry-Harbor-47\n");
        QCOMPARE(r.exit, 1);
        QCOMPARE(r.err.trimmed().count(u'\n'), 0);
        QVERIFY2(r.err.contains(QStringLiteral("already registered")), qPrintable(r.err));

        const QStringList asAdmin = {QStringLiteral("--as"), QStringLiteral("it@club.example"),
                                     QStringLiteral("--password-fd"), QStringLiteral("0")};
        r = elect(asAdmin + QStringList{QStringLiteral("org"), QStringLiteral("list"), QStringLiteral("--pending")},
                  "sysadmin-password-1\n");
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Chess Club")));
        const QString id = r.out.section(u'\t', 0, 0).trimmed();
        // The owner cannot sign in before verification and acceptance.
        const QStringList asOwner = {QStringLiteral("--as"), QStringLiteral("boss@club.example"),
                                     QStringLiteral("--password-fd"), QStringLiteral("0")};
        r = elect(asOwner + QStringList{QStringLiteral("election"), QStringLiteral("list")},
                  "Velvet-Quarry-Harbor-47\n");
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains(QStringLiteral("cannot sign in yet")), qPrintable(r.err));
        r = elect(asAdmin + QStringList{QStringLiteral("org"), QStringLiteral("verify"), QStringLiteral("--email"),
                                        QStringLiteral("boss@club.example")},
                  "sysadmin-password-1\n");
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        r = elect(asAdmin + QStringList{QStringLiteral("org"), QStringLiteral("accept"), id}, "sysadmin-password-1\n");
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        r = elect(asAdmin + QStringList{QStringLiteral("org"), QStringLiteral("accept"), id}, "sysadmin-password-1\n");
        QCOMPARE(r.exit, 1); // already decided

        r = elect(asOwner + QStringList{QStringLiteral("election"), QStringLiteral("create"), QStringLiteral("--title"),
                                        QStringLiteral("Club champion"), QStringLiteral("--method"),
                                        QStringLiteral("irv"), QStringLiteral("--starts"),
                                        QStringLiteral("2027-03-01T08:00:00Z"), QStringLiteral("--ends"),
                                        QStringLiteral("2027-03-01T18:00:00Z")},
                  "Velvet-Quarry-Harbor-47\n");
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        r = elect(asOwner + QStringList{QStringLiteral("election"), QStringLiteral("list")},
                  "Velvet-Quarry-Harbor-47\n");
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Club champion")));
        QVERIFY(r.out.contains(QStringLiteral("irv")));
        // Voters from a CSV: a check first, then the import; a file with problems changes nothing.
        const QString electionId = r.out.section(u'\t', 0, 0).trimmed();
        const QString goodFile = QStringLiteral(ELECT_TEST_DATA_DIR "/csv/voters_simple_bom_crlf_arabic.csv");
        r = elect(asOwner + QStringList{QStringLiteral("import"), QStringLiteral("voters"),
                                        QStringLiteral("--election"), electionId, QStringLiteral("--check"), goodFile},
                  "Velvet-Quarry-Harbor-47\n");
        QVERIFY2(r.exit == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("Nothing was written")));
        r = elect(asOwner + QStringList{QStringLiteral("import"), QStringLiteral("voters"),
                                        QStringLiteral("--election"), electionId,
                                        QStringLiteral(ELECT_TEST_DATA_DIR "/csv/errors/duplicate_id.csv")},
                  "Velvet-Quarry-Harbor-47\n");
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.out.contains(QStringLiteral("Line ")), qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("nothing was imported")), qPrintable(r.err));
        r = elect(asOwner + QStringList{QStringLiteral("import"), QStringLiteral("voters"),
                                        QStringLiteral("--election"), electionId, goodFile},
                  "Velvet-Quarry-Harbor-47\n");
        QVERIFY2(r.exit == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Voters imported into election")), qPrintable(r.out));
        r = elect(asOwner + QStringList{QStringLiteral("import"), QStringLiteral("voters"),
                                        QStringLiteral("--election"), electionId, goodFile},
                  "Velvet-Quarry-Harbor-47\n");
        QCOMPARE(r.exit, 1); // every voter is already there: one sentence on stderr (TestCliImport has it exactly)
        QVERIFY2(r.err.contains(QStringLiteral("already in the election; nothing to import")), qPrintable(r.err));
        r = elect(asOwner + QStringList{QStringLiteral("import"), QStringLiteral("voters"), goodFile},
                  "Velvet-Quarry-Harbor-47\n");
        QCOMPARE(r.exit, 2); // no --election

        // Wrong password: exit 1, and the password is not echoed.
        r = elect(asOwner + QStringList{QStringLiteral("election"), QStringLiteral("list")}, "not-my-password\n");
        QCOMPARE(r.exit, 1);
        QVERIFY(!r.err.contains(QStringLiteral("not-my-password")));
        // No terminal and no --password-fd: refused, not read from somewhere unexpected.
        r = elect({QStringLiteral("--as"), QStringLiteral("boss@club.example"), QStringLiteral("election"),
                   QStringLiteral("list")});
        QCOMPARE(r.exit, 1);
        QVERIFY(r.err.contains(QStringLiteral("--password-fd")));
    }

    void demoIsIdempotentAndShowsNoSecret()
    {
        Run r = elect({QStringLiteral("demo"), QStringLiteral("--headless")});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("signed in as a kiosk")));
        QVERIFY(r.out.contains(QStringLiteral("cannot sign in yet")));
        // The passwords stay in a file only its owner may read; the output never shows them.
        QFile accounts(m_cluster->server().root() + QStringLiteral("/demo-accounts.json"));
        QVERIFY(accounts.open(QIODevice::ReadOnly));
        QCOMPARE(accounts.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        const QJsonArray list = QJsonDocument::fromJson(accounts.readAll()).array();
        QCOMPARE(list.size(), 5);
        for (const auto& a : list) {
            const QString password = a.toObject()[QStringLiteral("password")].toString();
            QVERIFY(password.size() >= 10);
            QVERIFY(!r.out.contains(password) && !r.err.contains(password));
        }
        r = elect({QStringLiteral("demo"), QStringLiteral("--headless")});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("already exists")));
    }

    // The cast benchmark, small: every voter casts once and is stored once, the chain holds, pgbench ran.
    // Figures are printed, never asserted.
    void benchCastRunsEveryVoterOnce()
    {
        const Run r = elect({QStringLiteral("bench"), QStringLiteral("cast"), QStringLiteral("--kiosks"),
                             QStringLiteral("3"), QStringLiteral("--voters"), QStringLiteral("31"),
                             QStringLiteral("--pgbench-seconds"), QStringLiteral("1")});
        QVERIFY2(r.exit == 0, qPrintable(r.err + r.out));
        // 31 voters: 15 the whole way, 16 casting alone.
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("\\nvoters +15\\n"))), qPrintable(r.out));
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("\\ncasts +16\\n"))), qPrintable(r.out));
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("pgbench: tps = [0-9.]+"))), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("intact after sealing")), qPrintable(r.out));
        QVERIFY(
            elect({QStringLiteral("bench"), QStringLiteral("cast"), QStringLiteral("--kiosks"), QStringLiteral("65")})
                .exit == 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
