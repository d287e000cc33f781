#include "CliFixture.h"

// The commands of `elect` run in-process against a throwaway cluster, checking what they print: status,
// registration to an import, results, the outbox, the demo, and money.
class TestCliOnCluster : public QObject, protected CliFixture
{
    Q_OBJECT

private Q_SLOTS:
    void startTheCluster()
    {
        m_cluster = std::make_unique<TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    }

    void databaseAndServerStatus()
    {
        Run r = elect(words("db status"));
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("applied  0001_schema.sql  ")), qPrintable(r.out));
        QVERIFY(!r.out.contains(QStringLiteral("pending")));
        r = elect(words("db migrate"));
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("The database is up to date.\n"));
        r = elect(words("server status"));
        QCOMPARE(r.exit, 0);
        QCOMPARE(r.out, QStringLiteral("running: %1\n").arg(m_cluster->server().root()));
        r = elect({QStringLiteral("--db"), QStringLiteral("postgresql://nowhere.invalid/elect"),
                   QStringLiteral("server"), QStringLiteral("stop")});
        QCOMPARE(r.exit, 2); // only the embedded server is stopped by Elect
        QVERIFY(m_cluster->server().isRunning());
    }

    void fromRegistrationToAnImport()
    {
        Run r = elect(words("sysadmin create --email it@club.example --first-name Ina --last-name Tech"),
                      {QStringLiteral("sysadmin-password-1")});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("System admin it@club.example created; they can sign in now.\n"));
        QCOMPARE(r.confirmations, QList<bool>{true}); // a new password is typed twice on a terminal

        // Registration goes through elect serve's registration API (the database has no registration login):
        // here an in-process one on the service login, which the command reaches with --api.
        auto serviceDb =
            m_cluster->connect(QStringLiteral("elect_service"), QStringLiteral("service-password-for-tests"));
        QVERIFY(serviceDb);
        Service::RegistrationApi api(*serviceDb, {});
        Service::HttpEndpoints http;
        http.setRegistration([&api](const Service::HttpEndpoints::ApiRequest& q) {
            return api.begin(q.route, q.peer, q.forwardedFor, q.contentType, q.body);
        });
        const auto port = http.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port.ok());
        const QStringList viaApi = {QStringLiteral("--api"), QStringLiteral("http://127.0.0.1:%1").arg(*port)};
        r = elect(QStringList{QStringLiteral("org"), QStringLiteral("register"), QStringLiteral("--email"),
                              QStringLiteral("boss@club.example"), QStringLiteral("--first-name"), QStringLiteral("Bo"),
                              QStringLiteral("--last-name"), QStringLiteral("Ss"), QStringLiteral("--name"),
                              QStringLiteral("Chess Club"), QStringLiteral("--country"), QStringLiteral("GB")} +
                      viaApi,
                  {QStringLiteral("Velvet-Quarry-Harbor-47")});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("Registration of Chess Club sent.")), qPrintable(r.out));
        r = elect(QStringList{QStringLiteral("org"), QStringLiteral("register"), QStringLiteral("--email"),
                              QStringLiteral("chair@go.example"), QStringLiteral("--first-name"), QStringLiteral("C"),
                              QStringLiteral("--last-name"), QStringLiteral("H"), QStringLiteral("--name"),
                              QStringLiteral("Go Club"), QStringLiteral("--country"), QStringLiteral("EG")} +
                      viaApi,
                  {QStringLiteral("Mosaic-Tundra-Lantern-58")});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        // A weak password is refused by serve, with the estimator's advice, and nothing is registered.
        r = elect(QStringList{QStringLiteral("org"), QStringLiteral("register"), QStringLiteral("--email"),
                              QStringLiteral("weak@go.example"), QStringLiteral("--first-name"), QStringLiteral("W"),
                              QStringLiteral("--last-name"), QStringLiteral("K"), QStringLiteral("--name"),
                              QStringLiteral("Weak Club"), QStringLiteral("--country"), QStringLiteral("EG")} +
                      viaApi,
                  {QStringLiteral("password1")});
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("elect: This password is too easy to guess.")), qPrintable(r.err));
        auto super = rawConnect(m_cluster->superuser());
        QVERIFY(super);
        const QString id =
            scalar(*super, QStringLiteral("SELECT user_id FROM elect.organizations WHERE name = 'Chess Club'"));
        const QString goId =
            scalar(*super, QStringLiteral("SELECT user_id FROM elect.organizations WHERE name = 'Go Club'"));
        QVERIFY(id.toLongLong() > 0 && goId.toLongLong() > 0 && goId != id);
        QCOMPARE(scalar(*super, QStringLiteral("SELECT count(*) FROM elect.organizations WHERE name = 'Weak Club'")),
                 QStringLiteral("0"));

        const QStringList asAdmin = {QStringLiteral("--as"), QStringLiteral("it@club.example")};
        const QStringList adminPw = {QStringLiteral("sysadmin-password-1")};
        r = elect(asAdmin + words("org list --pending"), adminPw);
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("%1\tChess Club\tGB\tWaiting for review\tboss@club.example\n").arg(id)),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("%1\tGo Club\tEG\tWaiting for review\tchair@go.example\n").arg(goId)),
                 qPrintable(r.out));
        QCOMPARE(r.confirmations, QList<bool>{false}); // signing in asks once

        r = elect(asAdmin + words("org verify --email boss@club.example"), adminPw);
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("The email address is verified.\n"));
        r = elect(asAdmin + QStringList{QStringLiteral("org"), QStringLiteral("accept"), id}, adminPw);
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("Organization %1 accepted.\n").arg(id));
        r = elect(asAdmin + QStringList{QStringLiteral("org"), QStringLiteral("accept"), id}, adminPw);
        QCOMPARE(r.exit, 1); // already decided: one line on stderr
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY(r.err.startsWith(QStringLiteral("elect: ")));
        r = elect(asAdmin + QStringList{QStringLiteral("org"), QStringLiteral("reject"), goId,
                                        QStringLiteral("--reason"), QStringLiteral("not a club")},
                  adminPw);
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("Organization %1 rejected.\n").arg(goId));
        r = elect(asAdmin + words("org list"), adminPw);
        QVERIFY2(r.out.contains(QStringLiteral("%1\tChess Club\tGB\tAccepted\t").arg(id)), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("%1\tGo Club\tEG\tRejected\t").arg(goId)), qPrintable(r.out));
        r = elect(asAdmin + words("org list --pending"), adminPw);
        QVERIFY2(r.exit == 0 && r.out.isEmpty(), qPrintable(r.out + r.err));

        const QStringList asOwner = {QStringLiteral("--as"), QStringLiteral("boss@club.example")};
        const QStringList ownerPw = {QStringLiteral("Velvet-Quarry-Harbor-47")};
        {
            // The owner turns a kiosk off and on again (the attacks on it: TestPasswordsAndBounds).
            auto boss = Database::connect(
                m_cluster->as(loginRoleForEmail(QStringLiteral("boss@club.example")), ownerPw.first()));
            QVERIFY2(boss.ok(), qPrintable(boss.message()));
            const auto kiosk = AccountRepository(**boss).createKiosk(QStringLiteral("Hall kiosk"), QString());
            QVERIFY2(kiosk.ok(), qPrintable(kiosk.message()));
            const QString kioskId = QString::number(kiosk->id);
            r = elect(asOwner + QStringList{QStringLiteral("kiosk"), QStringLiteral("disable"), kioskId}, ownerPw);
            QVERIFY2(r.exit == 0, qPrintable(r.err));
            QCOMPARE(r.out,
                     QStringLiteral("Kiosk %1 is off; it cannot sign in. Open sessions ended: 0.\n").arg(kioskId));
            QCOMPARE(Database::connect(m_cluster->as(kiosk->loginRole, kiosk->password)).code(),
                     ErrorCode::AccountNotActive);
            r = elect(asAdmin + QStringList{QStringLiteral("kiosk"), QStringLiteral("enable"), kioskId}, adminPw);
            QCOMPARE(r.exit, 1); // the system admin is not the owner
            r = elect(asOwner + QStringList{QStringLiteral("kiosk"), QStringLiteral("enable"), kioskId}, ownerPw);
            QVERIFY2(r.exit == 0, qPrintable(r.err));
            QCOMPARE(r.out, QStringLiteral("Kiosk %1 is on; it can sign in again.\n").arg(kioskId));
            QVERIFY(Database::connect(m_cluster->as(kiosk->loginRole, kiosk->password)).ok());
        }
        r = elect(asOwner +
                      words("election create --title Champion --method irv --seats 1 --starts 2027-03-01T08:00:00Z "
                            "--ends 2027-03-01T18:00:00Z"),
                  ownerPw);
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        const auto created =
            QRegularExpression(QStringLiteral("^Draft election (\\d+) created: \"Champion\"\\.\n$")).match(r.out);
        QVERIFY2(created.hasMatch(), qPrintable(r.out));
        const QString electionId = created.captured(1);
        r = elect(asOwner + words("election list"), ownerPw);
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QCOMPARE(
            r.out,
            QStringLiteral("%1\tChampion\tDraft\tirv\t2027-03-01T08:00:00Z .. 2027-03-01T18:00:00Z\n").arg(electionId));
        r = elect(asOwner + words("election create --title T --method plurality --starts 2027-03-01T08:00:00Z "
                                  "--ends 2027-03-01T18:00:00Z"),
                  ownerPw);
        QCOMPARE(r.exit, 2);

        const QString goodFile = QStringLiteral(ELECT_TEST_DATA_DIR "/csv/voters_simple_bom_crlf_arabic.csv");
        r = elect(asOwner + QStringList{QStringLiteral("import"), QStringLiteral("voters"),
                                        QStringLiteral("--election"), electionId, QStringLiteral("--check"), goodFile},
                  ownerPw);
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        const auto checked =
            QRegularExpression(QStringLiteral("^(\\d+) rows checked, no problems found \\(read as utf-8\\)\\. Nothing "
                                              "was written\\.\n$"))
                .match(r.out);
        QVERIFY2(checked.hasMatch(), qPrintable(r.out));
        r = elect(asOwner + QStringList{QStringLiteral("import"), QStringLiteral("voters"),
                                        QStringLiteral("--election"), electionId, goodFile},
                  ownerPw);
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("Voters imported into election %1: %2.\n").arg(electionId, checked.captured(1)));
        r = elect(asOwner + QStringList{QStringLiteral("import"), QStringLiteral("voters"),
                                        QStringLiteral("--election"), electionId,
                                        QStringLiteral(ELECT_TEST_DATA_DIR "/csv/errors/duplicate_id.csv")},
                  ownerPw);
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.out.contains(QStringLiteral("Line ")), qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("nothing was imported")), qPrintable(r.err));

        // No password to give: a clear message, exit 1.
        r = elect(asOwner + words("election list"));
        QCOMPARE(r.exit, 1);
        QCOMPARE(r.err, QStringLiteral("elect: no password queued\n"));
        r = elect(words("election list"));
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains(QStringLiteral("elect --as EMAIL")), qPrintable(r.err));
    }

    // The results `elect serve` stored, as the organization's owner reads them; refused before the count.
    void resultsOfACountedElection()
    {
        auto raw = rawConnect(m_cluster->superuser());
        QVERIFY(raw);
        const qint64 org =
            scalar(*raw, QStringLiteral("SELECT user_id FROM elect.organizations WHERE name = 'Chess Club'"))
                .toLongLong();
        const FixtureElection e =
            makeElection(*raw, org, QStringLiteral("Board"), QStringLiteral("simple"), QStringLiteral("block"), 2, 2,
                         {{QStringLiteral("Amal"), {}}, {QStringLiteral("Badr"), {}}, {QStringLiteral("Camelia"), {}}},
                         {{{QStringLiteral("Amal"), QStringLiteral("Badr")}, 3, {}},
                          {{QStringLiteral("Amal"), QStringLiteral("Camelia")}, 1, {}}});
        const QString id = QString::number(e.id);
        const QStringList asOwner = {QStringLiteral("--as"), QStringLiteral("boss@club.example")};
        const QStringList ownerPw = {QStringLiteral("Velvet-Quarry-Harbor-47")};
        Run r = elect(asOwner + QStringList{QStringLiteral("results"), id}, ownerPw);
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains(QStringLiteral("has not been counted yet")), qPrintable(r.err));

        auto service =
            m_cluster->connect(QStringLiteral("elect_service"), QStringLiteral("service-password-for-tests"));
        QVERIFY(service);
        const TestClock clock(QDateTime::currentDateTimeUtc());
        Service::ElectionCloser closer(*service);
        QVERIFY(closer.runDue(clock).result().ok());
        QCOMPARE(closer.storedLastRun(), 1);

        r = elect(asOwner + QStringList{QStringLiteral("results"), id}, ownerPw);
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("Amal\t4\t1\twon\nBadr\t3\t2\twon\nCamelia\t1\t3\t-\n"));
        // Another organization's election is not there for this login; an id that is not a number is wrong usage.
        r = elect(asOwner + words("results 999999"), ownerPw);
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains(QStringLiteral("There is no election 999999")), qPrintable(r.err));
        r = elect(asOwner + words("results board"), ownerPw);
        QCOMPARE(r.exit, 2);
    }

    // IT staff see what was not sent and why, never a payload, and send a message again.
    void outboxListAndRetry()
    {
        auto raw = rawConnect(m_cluster->superuser());
        QVERIFY(raw);
        const QString chess =
            scalar(*raw, QStringLiteral("SELECT user_id FROM elect.organizations WHERE name = 'Chess Club'"));
        const QString failed =
            scalar(*raw, QStringLiteral(
                             "INSERT INTO elect.outbox (organization_id, kind, payload, status, attempts, last_error)"
                             " VALUES (%1, 'voter_code_sms', '{\"otp_id\": 1, \"note\": \"PAYLOAD-SECRET\"}', 'failed',"
                             " 8, E'Gave up after 8 attempts.\\tTwilio said 500.') RETURNING id")
                             .arg(chess));
        const QString sent = scalar(*raw, QStringLiteral("INSERT INTO elect.outbox (kind, status, attempts) VALUES "
                                                         "('reset_password', 'sent', 1) RETURNING id"));
        QVERIFY(failed.toLongLong() > 0 && sent.toLongLong() > 0);

        const QStringList asAdmin = {QStringLiteral("--as"), QStringLiteral("it@club.example")};
        const QStringList adminPw = {QStringLiteral("sysadmin-password-1")};
        Run r = elect(asAdmin + words("outbox list --failed"), adminPw);
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("%1\tvoter_code_sms\t%2 Chess Club\tfailed\t8\t-\tGave up after 8 attempts. "
                                       "Twilio said 500.\n")
                            .arg(failed, chess));
        r = elect(asAdmin + words("outbox list"), adminPw);
        QVERIFY2(r.out.contains(QStringLiteral("%1\treset_password\t-\tsent\t1\t-\t-\n").arg(sent)), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("\tverify_email\t")), qPrintable(r.out));
        QVERIFY(!r.out.contains(QStringLiteral("PAYLOAD-SECRET")));
        r = elect(asAdmin + words("outbox list --kind organization_rejected"), adminPw);
        QVERIFY2(r.exit == 0 && r.out.count(u'\n') == 1, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("\torganization_rejected\t")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral(" Go Club\tpending\t0\t")), qPrintable(r.out));

        // The service login may do the same.
        const QStringList asService = {QStringLiteral("--as"), QStringLiteral("elect_service")};
        r = elect(asService + QStringList{QStringLiteral("outbox"), QStringLiteral("retry"), failed},
                  {QStringLiteral("service-password-for-tests")});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("Message %1 will be sent again at the next run of elect serve.\n").arg(failed));
        QCOMPARE(scalar(*raw, QStringLiteral("SELECT status || '|' || attempts || '|' || (next_attempt_at <= now())"
                                             " FROM elect.outbox WHERE id = %1")
                                  .arg(failed)),
                 QStringLiteral("pending|0|true"));
        QCOMPARE(scalar(*raw, QStringLiteral("SELECT actor || '|' || (details->>'attempts') FROM elect.audit_log"
                                             " WHERE action = 'outbox_retry' AND object_id = '%1'")
                                  .arg(failed)),
                 QStringLiteral("elect_service|8"));
        r = elect(asService + words("outbox list --failed"), {QStringLiteral("service-password-for-tests")});
        QVERIFY2(r.exit == 0 && r.out.isEmpty(), qPrintable(r.out + r.err));

        // A sent message is not sent twice; a missing one is named; an owner may not look.
        r = elect(asAdmin + QStringList{QStringLiteral("outbox"), QStringLiteral("retry"), sent}, adminPw);
        QCOMPARE(r.exit, 1);
        QCOMPARE(r.err, QStringLiteral("elect: This message was already sent; it is not sent twice.\n"));
        r = elect(asAdmin + words("outbox retry 99999999"), adminPw);
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no outgoing message with this id")), qPrintable(r.err));
        r = elect(QStringList{QStringLiteral("--as"), QStringLiteral("boss@club.example")} + words("outbox list"),
                  {QStringLiteral("Velvet-Quarry-Harbor-47")});
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("elect: Your account may not do this.")), qPrintable(r.err));
        r = elect(asAdmin + words("outbox retry twelve"), adminPw);
        QCOMPARE(r.exit, 2);
    }

    void demoSaysHowEachAccountConnected()
    {
        Run r = elect(words("demo --headless"));
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("signed in as a system admin; sees ")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("signed in as a kiosk of .*; sees \\d+ running"))),
                 qPrintable(r.out));
        QVERIFY(!r.out.contains(QStringLiteral("elect-admin --demo")));
        QVERIFY(r.out.endsWith(QStringLiteral("Stop the server with: elect server stop\n")));
    }

    // A call that fails while the demo reports is a message and exit 1, never a value read from a failure.
    void demoReportsAFailingCall()
    {
        auto raw = rawConnect(m_cluster->superuser());
        QVERIFY(raw);
        QVERIFY(attempt(*raw, QStringLiteral("REVOKE EXECUTE ON FUNCTION elect.kiosk_running_elections() FROM "
                                             "elect_kiosk"))
                    .ok());
        const Run r = elect(words("demo --headless"));
        QVERIFY(attempt(*raw, QStringLiteral("GRANT EXECUTE ON FUNCTION elect.kiosk_running_elections() TO "
                                             "elect_kiosk"))
                    .ok());
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("elect: ")) && r.err.count(u'\n') == 1, qPrintable(r.err));
        QVERIFY(!r.out.contains(QStringLiteral("signed in as a kiosk")));
    }

    // Money, as the system admin, the owner and (standing in for elect serve) the service login: a price,
    // a top-up paid, an election published and cancelled, and what each step prints.
    void walletPricingPublishAndCancel()
    {
        for (const char* name : {"wallet", "wallet top-up", "pricing list", "pricing set", "pricing remove",
                                 "election publish", "election cancel"})
            QVERIFY2(Cli::findCommand(QLatin1String(name)), name);
        const QStringList asAdmin = {QStringLiteral("--as"), QStringLiteral("it@club.example")};
        const QStringList adminPw = {QStringLiteral("sysadmin-password-1")};
        const QStringList asOwner = {QStringLiteral("--as"), QStringLiteral("boss@club.example")};
        const QStringList ownerPw = {QStringLiteral("Velvet-Quarry-Harbor-47")};
        auto raw = rawConnect(m_cluster->superuser());
        QVERIFY(raw);
        const QString org =
            scalar(*raw, QStringLiteral("SELECT user_id FROM elect.organizations WHERE name = 'Chess Club'"));
        const QString election =
            scalar(*raw, QStringLiteral("SELECT id FROM elect.elections WHERE title = 'Champion'"));
        QVERIFY(!org.isEmpty() && !election.isEmpty());

        Run r = elect(asAdmin + words("pricing set --min 0 --max 1000 --price 150"), adminPw);
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        const auto set =
            QRegularExpression(QStringLiteral("^Pricing tier (\\d+) set: elections of 0\\.\\.1000 voters cost "
                                              "150\\.00 EGP\\.\n$"))
                .match(r.out);
        QVERIFY2(set.hasMatch(), qPrintable(r.out));
        const QString tier = set.captured(1);
        r = elect(asAdmin + words("pricing set --min 500 --price 1"), adminPw);
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains(QStringLiteral("overlaps another tier")), qPrintable(r.err));
        r = elect(asAdmin + words("pricing set --min 5000 --price lots"), adminPw);
        QCOMPARE(r.exit, 2);
        r = elect(asOwner + words("pricing set --min 5000 --price 0"), ownerPw);
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains(QStringLiteral("may not do this")), qPrintable(r.err));
        r = elect(asOwner + words("pricing list"), ownerPw);
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("%1\t0..1000\t150.00 EGP\n").arg(tier));

        // A top-up: asked for, opened by the service, paid.
        r = elect(asOwner + words("wallet top-up 1,500.50"), ownerPw);
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        const auto requested =
            QRegularExpression(QStringLiteral("^Top-up (\\d+) of 1500\\.50 EGP requested\\.\nelect serve now opens a "
                                              "Stripe checkout page"))
                .match(r.out);
        QVERIFY2(requested.hasMatch(), qPrintable(r.out));
        const qint64 topUp = requested.captured(1).toLongLong();
        r = elect(asOwner + words("wallet top-up 10"), ownerPw);
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains(QStringLiteral("between 25.00")), qPrintable(r.err));
        r = elect(asOwner + words("wallet top-up 12.345"), ownerPw);
        QCOMPARE(r.exit, 2);
        r = elect(asAdmin + words("wallet top-up 100"), adminPw);
        QCOMPARE(r.exit, 1);

        r = elect(asOwner + words("wallet"), ownerPw);
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QCOMPARE(r.out,
                 QStringLiteral("Balance of organization %1: 0.00 EGP\nTop-up %2 of 1500.50 EGP is requested; its "
                                "checkout page opens once elect serve has created it.\n")
                     .arg(org)
                     .arg(topUp));
        auto service =
            m_cluster->connect(QStringLiteral("elect_service"), QStringLiteral("service-password-for-tests"));
        QVERIFY(service);
        WalletRepository serve(*service);
        QVERIFY(serve
                    .recordCheckoutSession(topUp, QStringLiteral("cs_test_cli"),
                                           QUrl(QStringLiteral("https://checkout.stripe.com/c/pay/cs_test_cli")))
                    .value());
        r = elect(asOwner + words("wallet"), ownerPw);
        QVERIFY2(r.out.endsWith(QStringLiteral("Top-up %1 of 1500.50 EGP waits for payment at "
                                               "https://checkout.stripe.com/c/pay/cs_test_cli\n")
                                    .arg(topUp)),
                 qPrintable(r.out));
        QVERIFY(serve
                    .creditTopUp(QStringLiteral("cs_test_cli"), QString::number(topUp), 150050, QStringLiteral("egp"),
                                 QStringLiteral("evt_cli"))
                    .value());

        // Publishing: refused while the election has no candidates, then charged.
        r = elect(asOwner + QStringList{QStringLiteral("election"), QStringLiteral("publish"), election}, ownerPw);
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no candidates")), qPrintable(r.err));
        QVERIFY(attempt(*raw, QStringLiteral("INSERT INTO elect.candidates (organization_id, national_id_hmac, name)"
                                             " VALUES (%1, public.gen_random_bytes(32), 'Magnus');"
                                             " INSERT INTO elect.candidate_participations (candidate_id, election_id,"
                                             " organization_id) SELECT id, %2, %1 FROM elect.candidates WHERE name ="
                                             " 'Magnus'")
                                  .arg(org, election))
                    .ok());
        r = elect(asOwner + QStringList{QStringLiteral("election"), QStringLiteral("publish"), election}, ownerPw);
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("Election %1 published: 150.00 EGP charged, 1350.50 EGP left in the wallet.\n")
                            .arg(election));
        r = elect(asOwner + words("wallet"), ownerPw);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), QStringLiteral("Balance of organization %1: 1350.50 EGP").arg(org));
        QVERIFY2(lines.at(1).endsWith(QStringLiteral("\tcharge\t-150.00 EGP\telection %1").arg(election)),
                 qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).endsWith(QStringLiteral("\ttop_up\t+1500.50 EGP")), qPrintable(lines.at(2)));
        // A system admin looks at any organization's wallet, and must say which.
        r = elect(asAdmin + QStringList{QStringLiteral("wallet"), QStringLiteral("--organization"), org}, adminPw);
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(lines.at(0) + u'\n'));
        r = elect(asAdmin + words("wallet"), adminPw);
        QCOMPARE(r.exit, 1);
        r = elect(asAdmin + words("wallet --organization none"), adminPw);
        QCOMPARE(r.exit, 2);

        // Cancelled before it starts: refunded, once.
        r = elect(asOwner + QStringList{QStringLiteral("election"), QStringLiteral("cancel"), election}, ownerPw);
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("Election %1 cancelled: 150.00 EGP refunded to the wallet.\n").arg(election));
        r = elect(asOwner + QStringList{QStringLiteral("election"), QStringLiteral("cancel"), election}, ownerPw);
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains(QStringLiteral("can be cancelled")), qPrintable(r.err));
        r = elect(asOwner + words("wallet"), ownerPw);
        QVERIFY2(r.out.startsWith(QStringLiteral("Balance of organization %1: 1500.50 EGP\n").arg(org)),
                 qPrintable(r.out));
        r = elect(asOwner + words("election publish x"), ownerPw);
        QCOMPARE(r.exit, 2);

        r = elect(asAdmin + QStringList{QStringLiteral("pricing"), QStringLiteral("remove"), tier}, adminPw);
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("Pricing tier %1 removed.\n").arg(tier));
        r = elect(asAdmin + QStringList{QStringLiteral("pricing"), QStringLiteral("remove"), tier}, adminPw);
        QCOMPARE(r.exit, 1);
    }

    void cleanupTestCase() { m_cluster.reset(); }
};

QTEST_GUILESS_MAIN(TestCliOnCluster)
#include "TestCliOnCluster.moc"
