#include <QProcess>
#include <QRegularExpression>
#include <QTest>

// `elect bench admin` on a small election, through the real binaries: elect runs elect-bench-admin, which
// opens elect-admin's Voters tab offscreen in a throwaway server. The shape of the report and its counts
// are checked, never its times.
class TestBenchAdmin : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exit = -1;
        QString out;
        QString err;
    };

    static Run elect(const QStringList& args)
    {
        QProcess p;
        p.start(QStringLiteral(ELECT_CLI), args);
        if (!p.waitForFinished(300000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    static void expectLine(const QString& out, const QString& pattern)
    {
        const QRegularExpression line(QStringLiteral("^") + pattern + QStringLiteral("$"),
                                      QRegularExpression::MultilineOption);
        QVERIFY2(line.match(out).hasMatch(), qPrintable(pattern + QStringLiteral("\nin:\n") + out));
    }

private Q_SLOTS:
    void twoThousandVoters()
    {
        const Run r = elect(
            {QStringLiteral("bench"), QStringLiteral("admin"), QStringLiteral("--voters"), QStringLiteral("2000")});
        QVERIFY2(r.exit == 0, qPrintable(r.out + r.err));
        expectLine(r.out, QStringLiteral("Generated 2000 voters in [0-9.]+ s\\."));
        expectLine(r.out, QStringLiteral("Voters in the list: 2000 \\(rows 2000, pages in memory at most 60 of 200 "
                                         "rows\\)"));
        expectLine(r.out, QStringLiteral("Last row loaded: yes"));
        expectLine(r.out, QStringLiteral("First rows: [0-9]+ ms \\(target < 1000 ms: (met|MISSED)\\)"));
        expectLine(r.out, QStringLiteral("Counted and indexed: [0-9]+ ms"));
        expectLine(r.out, QStringLiteral("Scroll to the end: [0-9]+ ms"));
        expectLine(r.out, QStringLiteral("Scroll through in 50 steps: [0-9]+ ms \\(slowest step [0-9]+ ms\\)"));
        expectLine(r.out, QStringLiteral("Peak memory: [0-9.]+ MiB \\(before opening the election [0-9]+ MiB; target "
                                         "< 300 MiB: (met|MISSED)\\)"));
    }

    void usage()
    {
        Run r = elect({QStringLiteral("bench"), QStringLiteral("admin"), QStringLiteral("--help")});
        QCOMPARE(r.exit, 0);
        QVERIFY2(r.out.contains(QStringLiteral("--voters")), qPrintable(r.out));
        r = elect({QStringLiteral("bench"), QStringLiteral("admin"), QStringLiteral("--voters"), QStringLiteral("0")});
        QCOMPARE(r.exit, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--voters takes a number")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBenchAdmin)
#include "TestBenchAdmin.moc"
