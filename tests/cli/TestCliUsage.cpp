#include "apps/cli/Commands.h"

#include "Version.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QTest>

using namespace Elect;

// Asking any of the programs for its usage, as a new user does first: the real binaries, stdout and exit 0,
// and no display needed for the desktop apps.
class TestCliUsage : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exit = -1;
        QString out;
        QString err;
    };

    static Run run(const QString& program, const QStringList& args,
                   const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(environment);
        p.start(program, args);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    static Run elect(const QStringList& args) { return run(QStringLiteral(ELECT_CLI), args); }

    // What a person asks for: "elect NAME --help", "elect NAME -h", "elect help NAME".
    static void expectUsage(const QString& name)
    {
        const QStringList words = name.split(u' ');
        const QString usage = QStringLiteral("Usage: elect [global options] %1").arg(name);
        for (const QStringList& args :
             {words + QStringList{QStringLiteral("--help")}, words + QStringList{QStringLiteral("-h")},
              QStringList{QStringLiteral("help")} + words}) {
            const Run r = elect(args);
            const QString what = args.join(u' ');
            QVERIFY2(r.exit == 0, qPrintable(what + QStringLiteral(": exit %1 ").arg(r.exit) + r.err));
            QVERIFY2(r.err.isEmpty(), qPrintable(what + QStringLiteral(": ") + r.err));
            QVERIFY2(r.out.startsWith(usage), qPrintable(what + QStringLiteral(": ") + r.out));
        }
    }

private Q_SLOTS:
    void everyCommandPrintsItsUsage()
    {
        int asked = 0;
        for (const auto& c : Cli::commands()) {
            expectUsage(c->name());
            ++asked;
        }
        QVERIFY(asked >= 30);
        QCOMPARE(elect({QStringLiteral("import"), QStringLiteral("--help")}).out,
                 Cli::findCommand(QStringLiteral("import"))->helpText());
    }

    // "elect db --help": the first word of two-word commands lists them.
    void everyGroupPrintsItsUsage()
    {
        QSet<QString> nouns;
        for (const auto& c : Cli::commands())
            if (c->name().contains(u' '))
                nouns.insert(c->name().section(u' ', 0, 0));
        QVERIFY(nouns.contains(QStringLiteral("db")) && nouns.contains(QStringLiteral("org")));
        for (const QString& noun : std::as_const(nouns)) {
            expectUsage(noun);
            // Each of its commands is listed with its description; no other group's.
            const QString out = elect({noun, QStringLiteral("--help")}).out;
            for (const auto& c : Cli::commands()) {
                const bool member = c->name().startsWith(noun + u' ');
                if (member)
                    QVERIFY2(out.contains(c->name()) && out.contains(c->description()), qPrintable(out));
                else if (c->name().contains(u' '))
                    QVERIFY2(!out.contains(QStringLiteral("  %1 ").arg(c->name())), qPrintable(noun + out));
            }
        }
        // "elect db help" too.
        const Run r = elect({QStringLiteral("db"), QStringLiteral("help")});
        QCOMPARE(r.exit, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Usage: elect [global options] db COMMAND")), qPrintable(r.out));
    }

    // On a server with no display at all: no QT_QPA_PLATFORM, no DISPLAY, no WAYLAND_DISPLAY.
    void theDesktopAppsPrintTheirUsageWithoutADisplay_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("option");
        QTest::newRow("elect-admin") << QStringLiteral(ELECT_ADMIN) << QStringLiteral("elect-admin")
                                     << QStringLiteral("--demo");
        QTest::newRow("elect-kiosk") << QStringLiteral(ELECT_KIOSK) << QStringLiteral("elect-kiosk")
                                     << QStringLiteral("--windowed");
    }

    void theDesktopAppsPrintTheirUsageWithoutADisplay()
    {
        QFETCH(QString, program);
        QFETCH(QString, name);
        QFETCH(QString, option);
        const QProcessEnvironment bare;
        QVERIFY(bare.isEmpty());
        for (const char* help : {"--help", "-h"}) {
            const Run r = run(program, {QString::fromLatin1(help)}, bare);
            QVERIFY2(r.exit == 0,
                     qPrintable(QStringLiteral("%1 %2: exit %3 ").arg(name, QLatin1String(help)).arg(r.exit) + r.err));
            QVERIFY2(r.out.startsWith(QStringLiteral("Usage: ")) && r.out.contains(name), qPrintable(r.out));
            QVERIFY2(r.out.contains(option), qPrintable(r.out));
            QVERIFY2(!r.err.contains(QStringLiteral("display")), qPrintable(r.err));
        }
        const Run v = run(program, {QStringLiteral("--version")}, bare);
        QVERIFY2(v.exit == 0, qPrintable(v.err));
        QCOMPARE(v.out.trimmed(), QStringLiteral("%1 %2").arg(name, QString::fromLatin1(kVersion)));
    }
};

QTEST_GUILESS_MAIN(TestCliUsage)
#include "TestCliUsage.moc"
