#include "core/db/EmbeddedServer.h"

#include "Printers.h"
#include "Sql.h"
#include "TestCluster.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace Elect;
using namespace Elect::Test;

class TestEmbeddedServer : public QObject
{
    Q_OBJECT

    static qint64 postmasterPid(EmbeddedServer& server)
    {
        QFile f(server.dataDir() + QStringLiteral("/postmaster.pid"));
        if (!f.open(QIODevice::ReadOnly))
            return 0;
        return f.readLine().trimmed().toLongLong();
    }

private Q_SLOTS:
    void startStopAndPrivateSocket()
    {
        TestCluster cluster;
        QVERIFY2(cluster.ok(), qPrintable(cluster.error()));
        EmbeddedServer& server = cluster.server();
        QVERIFY(server.isRunning());
        QVERIFY(server.start().ok()); // idempotent
        auto raw = rawConnect(cluster.superuser());
        QVERIFY(raw);
        QCOMPARE(scalar(*raw, QStringLiteral("SHOW listen_addresses")), QString()); // no TCP port
        QCOMPARE(scalar(*raw, QStringLiteral("SHOW server_encoding")), QStringLiteral("UTF8"));
        QCOMPARE(scalar(*raw, QStringLiteral("SHOW password_encryption")), QStringLiteral("scram-sha-256"));
        raw.reset();
        QCOMPARE(QFileInfo(server.socketDir()).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                                                QFileDevice::ExeOther | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        QVERIFY(QFileInfo(server.logFile()).size() > 0); // the log is kept
        QCOMPARE(QFileInfo(server.root() + QStringLiteral("/superuser.secret")).permissions() &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        if (::geteuid() == 0)
            QVERIFY2(server.notes().contains(QStringLiteral("elect-postgres")) ||
                         QFileInfo(server.dataDir()).owner() == QStringLiteral("elect-postgres"),
                     "as root, the server runs as an unprivileged account");
        QVERIFY(server.stop().ok());
        QVERIFY(!server.isRunning());
        QVERIFY(server.stop().ok()); // idempotent
        QVERIFY(!Database::connect(cluster.superuser()).ok());
        QVERIFY(server.start().ok());
        QVERIFY(Database::connect(cluster.superuser()).ok());
    }

    void recoversFromACrash()
    {
        TestCluster cluster;
        QVERIFY2(cluster.ok(), qPrintable(cluster.error()));
        EmbeddedServer& server = cluster.server();
        const qint64 pid = postmasterPid(server);
        QVERIFY(pid > 0);
        // The postmaster dies without cleaning up: postmaster.pid stays behind.
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
        QTRY_VERIFY_WITH_TIMEOUT(::kill(pid_t(pid), 0) != 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!server.isRunning(), 10000);
        QVERIFY(QFile::exists(server.dataDir() + QStringLiteral("/postmaster.pid")));
        const Status started = server.start();
        QVERIFY2(started.ok(), qPrintable(started.message()));
        QVERIFY(Database::connect(cluster.superuser()).ok());
    }

    void stalePidOfAnotherLiveProcessIsCleared()
    {
        TestCluster cluster;
        QVERIFY2(cluster.ok(), qPrintable(cluster.error()));
        EmbeddedServer& server = cluster.server();
        QVERIFY(server.stop().ok());
        // After a reboot the old pid may belong to some other live process (here: this test).
        const QString pidPath = server.dataDir() + QStringLiteral("/postmaster.pid");
        {
            QFile f(pidPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray::number(qint64(::getpid())) + '\n' + server.dataDir().toUtf8() + "\n1\n5432\n");
        }
        const Status started = server.start();
        QVERIFY2(started.ok(), qPrintable(started.message()));
        QVERIFY(postmasterPid(server) != qint64(::getpid()));
        QVERIFY(Database::connect(cluster.superuser()).ok());
    }

    // passwordcheck and auth_delay are loaded, and the log rotates at 10 MB and is pruned to 100 MB in all,
    // the file being written kept; a cluster made before these settings gets them at its next start.
    void hardenedWithALogUnderACap()
    {
        TestCluster cluster;
        QVERIFY2(cluster.ok(), qPrintable(cluster.error()));
        EmbeddedServer& server = cluster.server();
        // An older cluster: no include of elect.conf, no elect.conf. The next start brings both.
        QVERIFY(server.stop().ok());
        QFile conf(server.dataDir() + QStringLiteral("/postgresql.conf"));
        QVERIFY(conf.open(QIODevice::ReadOnly));
        const QByteArray before = conf.readAll();
        conf.close();
        QVERIFY(before.contains("include_if_exists = 'elect.conf'"));
        QVERIFY(conf.open(QIODevice::WriteOnly | QIODevice::Truncate));
        conf.write(QByteArray(before).replace("include_if_exists = 'elect.conf'", ""));
        conf.close();
        QVERIFY(QFile::remove(server.dataDir() + QStringLiteral("/elect.conf")));
        QVERIFY(server.start().ok());

        auto raw = rawConnect(cluster.superuser());
        QVERIFY(raw);
        QCOMPARE(scalar(*raw, QStringLiteral("SHOW shared_preload_libraries")),
                 QStringLiteral("passwordcheck,auth_delay"));
        QCOMPARE(scalar(*raw, QStringLiteral("SHOW auth_delay.milliseconds")), QStringLiteral("500ms"));
        QCOMPARE(scalar(*raw, QStringLiteral("SHOW logging_collector")), QStringLiteral("on"));
        QCOMPARE(scalar(*raw, QStringLiteral("SHOW log_rotation_size")), QStringLiteral("10MB"));

        // The log the server writes now is under log/, and a rotation moves to a new file.
        const QString logDir = server.root() + QStringLiteral("/log");
        const QString first = server.logFile();
        QVERIFY2(first.startsWith(logDir + QStringLiteral("/postgresql-")), qPrintable(first));
        QTRY_VERIFY_WITH_TIMEOUT(
            attempt(*raw, QStringLiteral("SELECT pg_rotate_logfile()")).ok() && server.logFile() != first, 10000);
        const QString current = server.logFile();
        QVERIFY(server.logFiles().contains(first));

        // Twelve old files of 10 MB each (sparse): the oldest go until all fit in 100 MB.
        QStringList old;
        for (int i = 0; i < 12; ++i) {
            old << logDir + QStringLiteral("/postgresql-20200101-0000%1.log").arg(i, 2, 10, QLatin1Char('0'));
            QFile f(old.last());
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(EmbeddedServer::kLogRotationBytes));
        }
        QFile startup(logDir + QStringLiteral("/startup.log"));
        QVERIFY(startup.open(QIODevice::ReadWrite));
        QVERIFY(startup.resize(2 * 1024 * 1024));
        startup.close();
        server.pruneLogs();
        QStringList kept;
        qint64 total = 0;
        for (const QString& path : server.logFiles()) {
            if (path.endsWith(QLatin1String("/startup.log")))
                continue;
            total += QFileInfo(path).size();
            if (old.contains(path))
                kept << path;
        }
        QCOMPARE(kept, old.mid(3)); // the newest nine
        QVERIFY(total <= EmbeddedServer::kLogCapBytes);
        QVERIFY(QFileInfo::exists(current));
        QVERIFY(QFileInfo::exists(first));
        QCOMPARE(QFileInfo(logDir + QStringLiteral("/startup.log")).size(), 0);
        QCOMPARE(scalar(*raw, QStringLiteral("SELECT 1")), QStringLiteral("1")); // the server did not mind
    }

    void missingBinariesGiveAClearMessage()
    {
        qputenv("ELECT_PG_BINDIR", "/nonexistent/postgresql/bin");
        QTemporaryDir dir;
        EmbeddedServer server(dir.path() + QStringLiteral("/pg"));
        const Status s = server.start();
        qunsetenv("ELECT_PG_BINDIR");
        QVERIFY(!s.ok());
        QCOMPARE(s.code(), ErrorCode::Unavailable);
        QVERIFY2(s.message().contains(QStringLiteral("ELECT_PG_BINDIR")), qPrintable(s.message()));
        QVERIFY(!QFile::exists(server.dataDir() + QStringLiteral("/PG_VERSION")));
    }

    void aConfiguredServerIsUsedThroughLibpqSettings()
    {
        TestCluster cluster;
        QVERIFY2(cluster.ok(), qPrintable(cluster.error()));
        // As IT staff would script it: a URI, the password from libpq's environment.
        const ConnectionSettings su = cluster.superuser();
        ConnectionSettings s;
        s.conninfo = QStringLiteral("postgresql://%1@/elect?host=%2").arg(su.user, su.host);
        qputenv("PGPASSWORD", su.password.toUtf8());
        auto db = Database::connect(s);
        qunsetenv("PGPASSWORD");
        QVERIFY2(db.ok(), qPrintable(db.message()));
        QCOMPARE((*db)->sessionUser(), su.user);
        // A wrong password is a clear sign-in error, not a crash or a hang.
        ConnectionSettings wrong = su;
        wrong.password = QStringLiteral("wrong");
        QCOMPARE(Database::connect(wrong).code(), ErrorCode::AuthFailed);
        // An unreachable server says what to check.
        ConnectionSettings nowhere;
        nowhere.host = QStringLiteral("/nonexistent-socket-dir");
        nowhere.dbname = QStringLiteral("elect");
        const auto unreachable = Database::connect(nowhere);
        QCOMPARE(unreachable.code(), ErrorCode::Unavailable);
    }
};

QTEST_GUILESS_MAIN(TestEmbeddedServer)
#include "TestEmbeddedServer.moc"
