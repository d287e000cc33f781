#include "DbErrorsFixture.h"

// A key the database stores that this version does not know (an enum value added by a newer schema) is
// refused, never read as a default; and per-request statements are prepared once per connection.
class TestDbUnknownKeys : public QObject, protected DbErrorsFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUp(); }

    // Statements that run per request are prepared once per connection, not parsed again each time.
    void perRequestStatementsArePreparedOncePerConnection()
    {
        auto owner = Database::connect(settingsOf(QStringLiteral("owner")));
        QVERIFY(owner.ok());
        for (int i = 0; i < 3; ++i) {
            QVERIFY(ElectionRepository(**owner).list().ok());
            QVERIFY(AccountRepository(**owner).whoAmI().ok());
            QVERIFY(AccountRepository(**owner).organizations().ok());
        }
        pqxx::nontransaction n(*(*owner)->impl().conn);
        QStringList prepared;
        for (const auto& row : n.exec("SELECT name FROM pg_prepared_statements ORDER BY name"))
            prepared << QString::fromStdString(row["name"].as<std::string>());
        QCOMPARE(prepared, QStringList({QStringLiteral("accounts_organizations"), QStringLiteral("accounts_whoami"),
                                        QStringLiteral("elections_list")}));
    }

    // A key the database stores that this version does not know is an error the repository reports.
    void unknownKeysAreRefused_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("change");  // sets the new value; %1 is the value
        QTest::addColumn<QString>("restore"); // sets the old one back
        QTest::addColumn<QString>("call");
        QTest::addColumn<QString>("column");
        const QString board = QStringLiteral(" WHERE title = 'Board of directors 2027'");
        QTest::newRow("election status") << "election_status"
                                         << "archived"
                                         << QStringLiteral("UPDATE elect.elections SET status = '%1'") + board
                                         << QStringLiteral("UPDATE elect.elections SET status = 'draft'") + board
                                         << "elections"
                                         << "status";
        QTest::newRow("election type") << "election_type"
                                       << "regional" << QStringLiteral("UPDATE elect.elections SET type = '%1'") + board
                                       << QStringLiteral("UPDATE elect.elections SET type = 'simple'") + board
                                       << "elections"
                                       << "type";
        QTest::newRow("voter list method")
            << "voter_list_method"
            << "ftp" << QStringLiteral("UPDATE elect.elections SET method = '%1'") + board
            << QStringLiteral("UPDATE elect.elections SET method = 'csv'") + board << "elections"
            << "method";
        QTest::newRow("counting method")
            << "counting_method"
            << "borda"
            << QStringLiteral("UPDATE elect.elections SET counting_method = '%1' WHERE title = 'Club captain 2026'")
            << QStringLiteral("UPDATE elect.elections SET counting_method = 'block' WHERE title = 'Club captain 2026'")
            << "kiosk"
            << "counting_method";
        QTest::newRow("organization status")
            << "organization_status"
            << "suspended"
            << QStringLiteral("UPDATE elect.organizations SET status = '%1' WHERE name = 'Alexandria Student Union'")
            << QStringLiteral("UPDATE elect.organizations SET status = 'pending' WHERE name = 'Alexandria Student "
                              "Union'")
            << "organizations"
            << "status";
        QTest::newRow("user role") << "user_role"
                                   << "auditor"
                                   << QStringLiteral("UPDATE elect.users SET role = '%1' WHERE email = "
                                                     "'secretary@nile-rowing.example'")
                                   << QStringLiteral("UPDATE elect.users SET role = 'organization_admin' WHERE email = "
                                                     "'secretary@nile-rowing.example'")
                                   << "whoami"
                                   << "role";
        QTest::newRow("import into an election of an unknown type")
            << "election_type"
            << "regional" << QStringLiteral("UPDATE elect.elections SET type = '%1'") + board
            << QStringLiteral("UPDATE elect.elections SET type = 'simple'") + board << "import"
            << "type";
    }

    void unknownKeysAreRefused()
    {
        QFETCH(QString, type);
        QFETCH(QString, value);
        QFETCH(QString, change);
        QFETCH(QString, restore);
        QFETCH(QString, call);
        QFETCH(QString, column);
        auto super = rawConnect(m_cluster->superuser());
        QVERIFY(super);
        const auto run = [&]() -> Error {
            const QString login = call == QLatin1String("kiosk")           ? QStringLiteral("kiosk")
                                  : call == QLatin1String("organizations") ? QStringLiteral("sysadmin")
                                  : call == QLatin1String("whoami")        ? QStringLiteral("admin")
                                                                           : QStringLiteral("owner");
            auto db = Database::connect(settingsOf(login));
            if (!db)
                return db.error();
            if (call == QLatin1String("elections"))
                return ElectionRepository(**db).list().error();
            if (call == QLatin1String("kiosk"))
                return ElectionRepository(**db).runningForKiosk().error();
            if (call == QLatin1String("organizations"))
                return AccountRepository(**db).organizations().error();
            if (call == QLatin1String("whoami"))
                return AccountRepository(**db).whoAmI().error();
            const QString board = scalar(
                *super, QStringLiteral("SELECT id FROM elect.elections WHERE title = 'Board of directors 2027'"));
            QByteArray csv("National ID,Name\n29001011234567,Someone\n");
            QBuffer file(&csv);
            file.open(QIODevice::ReadOnly);
            Csv::ImportOptions options;
            options.kind = Csv::ImportKind::Candidates;
            options.electionId = board.toLongLong();
            options.checkOnly = true;
            return Csv::Importer(**db).run(file, options).error();
        };
        QCOMPARE(run().code, ErrorCode::None); // works before

        // A newer schema adds a value and a row uses it (as the types' owner, past the draft guards).
        const Outcome added =
            attempt(*super, QStringLiteral("ALTER TYPE elect.%1 ADD VALUE IF NOT EXISTS '%2'").arg(type, value));
        QVERIFY2(added.ok(), qPrintable(added.message));
        const Outcome changed = attempt(*super, QStringLiteral("SET LOCAL ROLE elect_owner; ") + change.arg(value));
        QVERIFY2(changed.ok() && changed.affected == 1, qPrintable(changed.message));

        QTest::ignoreMessage(
            QtWarningMsg,
            QRegularExpression(
                QStringLiteral("refused an unknown key: unknown key '%1' in column %2").arg(value, column)));
        const Error refused = run();
        QCOMPARE(refused.code, ErrorCode::Internal);
        QVERIFY2(refused.message.contains(value) && refused.message.contains(column), qPrintable(refused.message));
        QVERIFY2(refused.message.contains(QLatin1String("does not know")), qPrintable(refused.message));

        const Outcome restored = attempt(*super, QStringLiteral("SET LOCAL ROLE elect_owner; ") + restore);
        QVERIFY2(restored.ok() && restored.affected == 1, qPrintable(restored.message));
        QCOMPARE(run().code, ErrorCode::None); // and works again
    }
};

QTEST_GUILESS_MAIN(TestDbUnknownKeys)
#include "TestDbUnknownKeys.moc"
