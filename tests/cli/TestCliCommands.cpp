#include "CliFixture.h"

// The commands of `elect` run in-process: the table, each command's parser and help, which need no server
// (real commands against a throwaway cluster: TestCliOnCluster).
class TestCliCommands : public QObject, protected CliFixture
{
    Q_OBJECT

private Q_SLOTS:
    // Parsing and help need no server: they run before the cluster exists.
    void everyCommandHasANameADescriptionAndAHelp()
    {
        QVERIFY(Cli::commands().size() >= 19);
        QSet<QString> names;
        const QString overview = elect({QStringLiteral("--help")}).out;
        for (const auto& c : Cli::commands()) {
            const QString name = c->name();
            QVERIFY2(!name.isEmpty() && name == name.trimmed() && name.count(u' ') <= 1, qPrintable(name));
            QVERIFY2(!names.contains(name), qPrintable(name));
            names.insert(name);
            QVERIFY2(!c->description().trimmed().isEmpty(), qPrintable(name));
            QVERIFY2(overview.contains(QStringLiteral("  %1 ").arg(name)), qPrintable(name));
            QCOMPARE(Cli::findCommand(name), c.get());

            const Run r = elect(name.split(u' ') + QStringList{QStringLiteral("--help")});
            QVERIFY2(r.exit == 0, qPrintable(name + r.err));
            QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
            QVERIFY2(r.out.startsWith(QStringLiteral("Usage: elect [global options] %1").arg(name)), qPrintable(r.out));
            QVERIFY(r.out.contains(c->description()));
            QCOMPARE(r.out, c->helpText());
            for (const QCommandLineOption& o : c->options()) {
                QVERIFY2(!o.description().isEmpty(), qPrintable(name + o.names().first()));
                QVERIFY2(r.out.contains(QStringLiteral("--") + o.names().first()), qPrintable(r.out));
            }
            for (const auto& a : c->arguments())
                QVERIFY2(r.out.contains(a.name) && !a.description.isEmpty(), qPrintable(r.out));
            // "elect help NAME" says the same.
            QCOMPARE(elect(QStringList{QStringLiteral("help")} + name.split(u' ')).out, r.out);
        }
        for (const char* expected :
             {"db init", "db migrate", "db status", "server start", "server stop", "server status", "sysadmin create",
              "org register", "org verify", "org accept", "org reject", "org list", "election create", "election list",
              "import", "tally", "bench tally", "bench import", "demo"})
            QVERIFY2(names.contains(QLatin1String(expected)), expected);
        QVERIFY(names.contains(QStringLiteral("results")));
        QVERIFY(names.contains(QStringLiteral("outbox list")) && names.contains(QStringLiteral("outbox retry")));
        QVERIFY(names.contains(QStringLiteral("audit keygen")) && names.contains(QStringLiteral("audit verify")));
    }

    void anOptionOfAnotherCommandIsWrongUsage()
    {
        Run r = elect(words("org accept 5 --country EG"));
        QCOMPARE(r.exit, 2);
        QVERIFY2(r.err.contains(QStringLiteral("country")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("elect org accept --help")));
        QVERIFY(r.out.isEmpty());
        // Every command refuses every other command's options (with a value, so that none is missing one).
        QSet<QString> all;
        for (const auto& c : Cli::commands())
            for (const auto& o : c->options())
                all.insert(o.names().first());
        for (const auto& c : Cli::commands()) {
            QSet<QString> own;
            for (const auto& o : c->options())
                own.insert(o.names().first());
            for (const QString& foreign : all - own) {
                r = elect(c->name().split(u' ') + QStringList{QStringLiteral("--") + foreign, QStringLiteral("1")});
                QVERIFY2(r.exit == 2, qPrintable(c->name() + QStringLiteral(" --") + foreign + r.err));
            }
        }
    }

    void unknownCommandsAndMissingArgumentsAreWrongUsage()
    {
        Run r = elect({QStringLiteral("frobnicate")});
        QCOMPARE(r.exit, 2);
        QVERIFY(r.err.contains(QStringLiteral("unknown command \"frobnicate\"")));
        r = elect(words("org frobnicate"));
        QCOMPARE(r.exit, 2);
        QVERIFY2(r.err.contains(QStringLiteral("register, verify, accept, reject, list")), qPrintable(r.err));
        r = elect({QStringLiteral("bench")});
        QCOMPARE(r.exit, 2);
        QVERIFY2(r.err.contains(QStringLiteral("tally, import")), qPrintable(r.err));
        r = elect(words("org --help"));
        QCOMPARE(r.exit, 0);
        QVERIFY(r.out.contains(QStringLiteral("org reject")) && !r.out.contains(QStringLiteral("db init")));

        r = elect(words("org accept"));
        QCOMPARE(r.exit, 2);
        QVERIFY2(r.err.contains(QStringLiteral("org accept needs ID")), qPrintable(r.err));
        r = elect(words("org reject 7"));
        QCOMPARE(r.exit, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--reason")), qPrintable(r.err));
        r = elect(words("org accept seven"));
        QCOMPARE(r.exit, 2);
        r = elect(words("import voters --election 1"));
        QCOMPARE(r.exit, 2);
        QVERIFY2(r.err.contains(QStringLiteral("import needs FILE")), qPrintable(r.err));
        r = elect(words("import people --election 1 file.csv"));
        QCOMPARE(r.exit, 2);
        r = elect({QStringLiteral("tally"), QStringLiteral("--method"), QStringLiteral("irv")});
        QCOMPARE(r.exit, 2);
        r = elect(words("db status extra"));
        QCOMPARE(r.exit, 2);
        QVERIFY2(r.err.contains(QStringLiteral("unexpected argument \"extra\"")), qPrintable(r.err));
        r = elect(words("election create --title T"));
        QCOMPARE(r.exit, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--starts")), qPrintable(r.err));
        r = elect(words("db init --service-password-fd x"));
        QCOMPARE(r.exit, 2);

        // Global options come before the command, once.
        r = elect(words("--password-fd x db status"));
        QCOMPARE(r.exit, 2);
        r = elect(words("--bogus db status"));
        QCOMPARE(r.exit, 2);
        r = elect(words("--as"));
        QCOMPARE(r.exit, 2);
        r = elect({});
        QCOMPARE(r.exit, 2);
        QVERIFY(r.out.contains(QStringLiteral("Commands:")));
        r = elect({QStringLiteral("--version")});
        QCOMPARE(r.exit, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("elect ")));
    }

    // The tally command's parser knows every option of the counting runner, which reads them again.
    void tallyTakesAllItsOptionsAndPrintsTheWinners()
    {
        const QString districts = QStringLiteral(ELECT_TEST_DATA_DIR "/tally/districts.csv");
        Run r = elect({QStringLiteral("tally"), QStringLiteral("--method"), QStringLiteral("block"),
                       QStringLiteral("--seed"), QStringLiteral("1"), districts});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QRegularExpression(
                     QStringLiteral("North.*Elected: 1\\. Amal, 2\\. Badr.*South.*Elected: 1\\. Dina"),
                     QRegularExpression::DotMatchesEverythingOption)),
                 qPrintable(r.out));
        QStringList every = words("tally --method block --seats 2 --seed 1 --json --format csv --votes-per-voter 2 "
                                  "--at-most --min-approvals 0 --max-approvals 3 --majority simple --quorum 1/2 "
                                  "--electorate 100");
        r = elect(every << districts);
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("\"constituencies\"")));
        r = elect({QStringLiteral("tally"), QStringLiteral("--method"), QStringLiteral("irv"),
                   QStringLiteral(ELECT_TEST_DATA_DIR "/tally/malformed/blt_bad_preference_L3.blt")});
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Line 3: a preference must be a candidate number")), qPrintable(r.err));
        r = elect(words("bench tally --ballots 200 --seed 3"));
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("200 ballots per case, generator seed 3")));
        r = elect(words("bench tally --ballots none"));
        QCOMPARE(r.exit, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "TestCliCommands.moc"
