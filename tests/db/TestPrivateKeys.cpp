#include "core/devtools/DemoSeeder.h"

#include "Sql.h"
#include "TestCluster.h"

#include <QProcess>
#include <QTest>

using namespace Elect;
using namespace Elect::Test;

// Issue 9, items 1 and 6, tried as each kind of login would: the national-id key is out of every login's
// reach and out of a plain dump of the elect schema; the import's staging table cannot be turned against
// the functions that hash; staff insert only the columns they may set, so they can neither squat another
// organization's ids nor learn whether one exists; phones reach staff masked.
class TestPrivateKeys : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestCluster> m_cluster;
    std::unique_ptr<pqxx::connection> m_super;
    DemoSeeder::Account m_sysadmin, m_owner, m_admin, m_kiosk;
    qint64 m_orgA = 0, m_orgB = 0, m_draftA = 0, m_electionB = 0, m_candidateB = 0, m_voterB = 0;
    qint64 m_dummyCandidateB = 0, m_dummyVoterB = 0;

    std::unique_ptr<pqxx::connection> login(const DemoSeeder::Account& who)
    {
        return rawConnect(m_cluster->as(who.loginRole, who.password));
    }

    QString sql(const QString& statement) { return scalar(*m_super, statement); }

    // %1, %2, ... of \a statement replaced by \a values, whichever of them it uses.
    static QString fill(QString statement, const QList<qint64>& values)
    {
        for (qsizetype i = values.size(); i >= 1; --i)
            statement.replace(QLatin1Char('%') + QString::number(i), QString::number(values.at(i - 1)));
        return statement;
    }

    // Everything of organization B that an attack could touch, to show that nothing of it changed.
    QString fingerprintOfB()
    {
        QStringList parts;
        for (const QString& table :
             {QStringLiteral("candidates"), QStringLiteral("candidate_participations"), QStringLiteral("voters"),
              QStringLiteral("dummy_candidates"), QStringLiteral("dummy_voters")})
            parts << sql(QStringLiteral("SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, '|' ORDER BY "
                                        "t::text), '')) FROM elect.%1 t WHERE organization_id = %2")
                             .arg(table)
                             .arg(m_orgB));
        return parts.join(u',');
    }

    static void addEveryLogin(const DemoSeeder::Account& sysadmin, const DemoSeeder::Account& owner,
                              const DemoSeeder::Account& admin, const DemoSeeder::Account& kiosk)
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("password");
        QTest::newRow("system admin") << sysadmin.loginRole << sysadmin.password;
        QTest::newRow("owner") << owner.loginRole << owner.password;
        QTest::newRow("organization admin") << admin.loginRole << admin.password;
        QTest::newRow("kiosk") << kiosk.loginRole << kiosk.password;
        QTest::newRow("service") << QStringLiteral("elect_service") << QStringLiteral("service-password-for-tests");
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = std::make_unique<TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
        const auto outcome = seedDemo(*m_cluster);
        QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
        m_sysadmin = demoAccount(outcome->accounts, QStringLiteral("System admin"));
        m_owner = demoAccount(outcome->accounts, QStringLiteral("Owner of Nile"));
        m_admin = demoAccount(outcome->accounts, QStringLiteral("Administrator of Nile"));
        m_kiosk = demoAccount(outcome->accounts, QStringLiteral("Kiosk"));
        m_super = rawConnect(m_cluster->superuser());
        QVERIFY(m_super);
        m_orgA =
            sql(QStringLiteral("SELECT user_id FROM elect.organizations WHERE name = 'Nile Rowing Club'")).toLongLong();
        m_orgB = sql(QStringLiteral("SELECT user_id FROM elect.organizations WHERE name = 'Alexandria Student Union'"))
                     .toLongLong();
        m_draftA =
            sql(QStringLiteral("SELECT id FROM elect.elections WHERE title = 'Board of directors 2027'")).toLongLong();
        QVERIFY(m_orgA > 0 && m_orgB > 0 && m_draftA > 0);
        // Organization B's rows, made where its staff would make them, for A's staff to aim at.
        const QString b = QString::number(m_orgB);
        m_electionB = sql(QStringLiteral("INSERT INTO elect.elections (organization_id, title, starts_at, ends_at) "
                                         "VALUES (%1, 'B draft', now() + interval '1 day', now() + interval '2 days') "
                                         "RETURNING id")
                              .arg(b))
                          .toLongLong();
        m_candidateB = sql(QStringLiteral("INSERT INTO elect.candidates (organization_id, national_id_hmac, name) "
                                          "VALUES (%1, decode(repeat('ab', 32), 'hex'), 'B candidate') RETURNING id")
                               .arg(b))
                           .toLongLong();
        QVERIFY(attempt(*m_super, QStringLiteral("INSERT INTO elect.candidate_participations (candidate_id, "
                                                 "election_id, organization_id) VALUES (%1, %2, %3)")
                                      .arg(m_candidateB)
                                      .arg(m_electionB)
                                      .arg(b))
                    .ok());
        m_voterB =
            sql(QStringLiteral("INSERT INTO elect.voters (election_id, organization_id, national_id_hmac, phone) "
                               "VALUES (%1, %2, decode(repeat('cd', 32), 'hex'), '+201001234567') RETURNING id")
                    .arg(m_electionB)
                    .arg(b))
                .toLongLong();
        m_dummyCandidateB = sql(QStringLiteral("INSERT INTO elect.dummy_candidates (organization_id, national_id_hmac, "
                                               "name) VALUES (%1, decode(repeat('ef', 32), 'hex'), 'Dummy B') "
                                               "RETURNING id")
                                    .arg(b))
                                .toLongLong();
        m_dummyVoterB = sql(QStringLiteral("INSERT INTO elect.dummy_voters (organization_id, national_id_hmac, phone) "
                                           "VALUES (%1, decode(repeat('ef', 32), 'hex'), '+201001234568') RETURNING id")
                                .arg(b))
                            .toLongLong();
        QVERIFY(m_electionB > 0 && m_candidateB > 0 && m_voterB > 0 && m_dummyCandidateB > 0 && m_dummyVoterB > 0);
    }

    // Item 6: no login reads a key, through the table, the function or the old column.
    void noLoginReadsTheKey_data() { addEveryLogin(m_sysadmin, m_owner, m_admin, m_kiosk); }
    void noLoginReadsTheKey()
    {
        QFETCH(QString, role);
        QFETCH(QString, password);
        auto c = rawConnect(m_cluster->as(role, password));
        QVERIFY(c);
        for (const QString& statement :
             {QStringLiteral("SELECT hmac_key FROM elect_private.organization_keys"),
              QStringLiteral("SELECT count(*) FROM elect_private.organization_keys"),
              QStringLiteral("SELECT elect_private.organization_key(%1)").arg(m_orgA),
              QStringLiteral("SELECT elect.national_id_hmac(decode(repeat('00', 32), 'hex'), '29901011234567')")}) {
            const Outcome o = attempt(*c, statement);
            QVERIFY2(o.sqlstate == QLatin1String("42501"), qPrintable(statement + QStringLiteral(" -> ") + o.sqlstate));
        }
        // The column is gone from the organizations' table, which staff and system admins read.
        QCOMPARE(attempt(*c, QStringLiteral("SELECT hmac_key FROM elect.organizations")).sqlstate,
                 QStringLiteral("42703"));
        QCOMPARE(
            sql(QStringLiteral("SELECT count(*) FROM pg_attribute WHERE attrelid = 'elect.organizations'::regclass "
                               "AND attname = 'hmac_key'")),
            QStringLiteral("0"));
    }

    // Every organization has its key, owned by the schema's owner, on no login's path.
    void everyOrganizationHasAKeyOnlyTheOwnerHolds()
    {
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM elect.organizations o WHERE NOT EXISTS (SELECT FROM "
                                    "elect_private.organization_keys k WHERE k.organization_id = o.user_id AND "
                                    "length(k.hmac_key) = 32)")),
                 QStringLiteral("0"));
        QCOMPARE(sql(QStringLiteral("SELECT count(DISTINCT hmac_key) = count(*) FROM elect_private.organization_keys")),
                 QStringLiteral("t"));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM pg_class c WHERE c.relnamespace = "
                                    "'elect_private'::regnamespace AND pg_get_userbyid(c.relowner) <> 'elect_owner'")),
                 QStringLiteral("0"));
        QCOMPARE(sql(QStringLiteral(
                     "SELECT count(*) FROM pg_roles r WHERE (r.rolcanlogin OR r.rolname LIKE 'elect%') AND NOT "
                     "r.rolsuper AND r.rolname <> 'elect_owner' AND "
                     "has_schema_privilege(r.oid, 'elect_private', 'USAGE')")),
                 QStringLiteral("0"));
    }

    // A plain dump of the elect schema's data carries no key; a dump of elect_private does (so the test
    // would see one): that is the one to back up, and to keep apart.
    void aDumpOfTheElectSchemaCarriesNoKey()
    {
        const QStringList keys =
            sql(QStringLiteral("SELECT string_agg(encode(hmac_key, 'hex'), ',') FROM elect_private.organization_keys"))
                .split(u',');
        QVERIFY(keys.size() >= 2);
        const QString conninfo = m_cluster->superuser().toConnectionString();
        auto dump = [&](const QString& schema) {
            QProcess p;
            p.start(QStringLiteral("/usr/lib/postgresql/15/bin/pg_dump"),
                    {QStringLiteral("--schema=") + schema, QStringLiteral("--data-only"),
                     QStringLiteral("--dbname=") + conninfo});
            p.waitForFinished(60000);
            return p.exitCode() == 0 ? p.readAllStandardOutput() : QByteArray("FAILED: ") + p.readAllStandardError();
        };
        const QByteArray elect = dump(QStringLiteral("elect"));
        QVERIFY2(elect.contains("Nile Rowing Club"), elect.left(300).constData());
        const QByteArray priv = dump(QStringLiteral("elect_private"));
        for (const QString& key : keys) {
            QCOMPARE(key.size(), 64);
            QVERIFY(!elect.contains(key.toLatin1()));
            QVERIFY(!elect.contains(QByteArray::fromHex(key.toLatin1())));
            QVERIFY2(priv.contains(key.toLatin1()), priv.left(300).constData());
        }
    }

    // Item 1: a chosen id or organization is refused for lack of privilege on the column, before any row
    // is looked at: the answer is the same whether or not another organization has that id.
    void staffNeitherSquatIdsNorLearnWhetherTheyExist_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("password");
        QTest::newRow("owner") << m_owner.loginRole << m_owner.password;
        QTest::newRow("organization admin") << m_admin.loginRole << m_admin.password;
    }
    void staffNeitherSquatIdsNorLearnWhetherTheyExist()
    {
        QFETCH(QString, role);
        QFETCH(QString, password);
        const QString before = fingerprintOfB();
        auto a = rawConnect(m_cluster->as(role, password));
        QVERIFY(a);
        const qint64 unused = 1000000;
        const struct
        {
            QString statement;
            qint64 taken; // another organization's id, put in for %1 (then an unused one)
        } attacks[] = {
            {QStringLiteral("INSERT INTO elect.candidates (id, national_id_hmac, name) OVERRIDING SYSTEM VALUE "
                            "VALUES (%1, decode(repeat('11', 32), 'hex'), 'squatter')"),
             m_candidateB},
            {QStringLiteral("INSERT INTO elect.voters (id, election_id, national_id_hmac) OVERRIDING SYSTEM VALUE "
                            "VALUES (%1, %2, decode(repeat('12', 32), 'hex'))"),
             m_voterB},
            {QStringLiteral("INSERT INTO elect.dummy_candidates (id, national_id, name) OVERRIDING SYSTEM VALUE "
                            "VALUES (%1, '29901011111111', 'squatter')"),
             m_dummyCandidateB},
            {QStringLiteral("INSERT INTO elect.dummy_voters (id, national_id, phone) OVERRIDING SYSTEM VALUE "
                            "VALUES (%1, '29901011111112', '+201001111111')"),
             m_dummyVoterB},
            {QStringLiteral("INSERT INTO elect.candidates (organization_id, national_id_hmac, name) VALUES "
                            "(%3, decode(repeat('ab', 32), 'hex'), 'planted')"),
             m_candidateB},
            {QStringLiteral("INSERT INTO elect.voters (organization_id, election_id, national_id_hmac) VALUES "
                            "(%3, %2, decode(repeat('cd', 32), 'hex'))"),
             m_voterB},
            {QStringLiteral("UPDATE elect.voters SET election_id = %2 WHERE election_id = %1"), m_electionB},
            {QStringLiteral("UPDATE elect.voters SET organization_id = %3 WHERE organization_id = %4"), m_voterB},
            {QStringLiteral("UPDATE elect.voters SET national_id_hmac = decode(repeat('cd', 32), 'hex') WHERE "
                            "election_id = %2"),
             m_voterB},
        };
        for (const auto& attack : attacks) {
            QStringList answers;
            for (const qint64 id : {attack.taken, unused}) {
                const QString statement = fill(attack.statement, {id, m_draftA, m_orgB, m_orgA});
                const Outcome o = attempt(*a, statement);
                QVERIFY2(o.sqlstate == QLatin1String("42501"),
                         qPrintable(statement + QStringLiteral(" -> ") + o.sqlstate + QLatin1Char(' ') + o.message));
                answers << o.message;
            }
            QCOMPARE(answers.at(0), answers.at(1));
        }
        // Rows aimed at B's election, with and without one of its voters' or candidates' keys: refused alike
        // before the unique index could say "duplicate key".
        const struct
        {
            QString taken, unused;
        } aimed[] = {
            {QStringLiteral("INSERT INTO elect.voters (election_id, national_id_hmac) VALUES (%1, "
                            "decode(repeat('cd', 32), 'hex'))"),
             QStringLiteral("INSERT INTO elect.voters (election_id, national_id_hmac) VALUES (%1, "
                            "decode(repeat('dc', 32), 'hex'))")},
            {QStringLiteral("INSERT INTO elect.candidate_participations (candidate_id, election_id) VALUES (%2, %1)"),
             QStringLiteral("INSERT INTO elect.candidate_participations (candidate_id, election_id) VALUES (%3, %1)")},
        };
        for (const auto& pair : aimed) {
            const Outcome taken = attempt(*a, fill(pair.taken, {m_electionB, m_candidateB, unused}));
            const Outcome free = attempt(*a, fill(pair.unused, {m_electionB, m_candidateB, unused}));
            QVERIFY2(taken.sqlstate == QLatin1String("42501"), qPrintable(pair.taken + taken.message));
            QCOMPARE(taken.sqlstate, free.sqlstate);
            QCOMPARE(taken.message, free.message);
        }
        QCOMPARE(fingerprintOfB(), before);
    }

    // What staff may still write goes to their own organization, which the database fills in.
    void staffRowsGetTheirOrganizationFromTheDatabase()
    {
        auto a = login(m_owner);
        QVERIFY(a);
        const Outcome o = attempt(
            *a, QStringLiteral("INSERT INTO elect.dummy_voters (national_id, phone) VALUES ('2990-1012-222222', "
                               "'+201002222222') RETURNING id"));
        QVERIFY2(o.ok(), qPrintable(o.message));
        // Hashed where the key is, under A's key; the plain id is not kept.
        QCOMPARE(sql(QStringLiteral("SELECT v.organization_id || ':' || (v.national_id_hmac = elect.national_id_hmac("
                                    "k.hmac_key, '29901012222222')) || ':' || (v.national_id IS NULL) FROM "
                                    "elect.dummy_voters v JOIN elect_private.organization_keys k ON k.organization_id "
                                    "= v.organization_id WHERE v.id = %1")
                         .arg(o.firstValue)),
                 QStringLiteral("%1:true:true").arg(m_orgA));
        QCOMPARE(attempt(*a, QStringLiteral("INSERT INTO elect.dummy_voters (national_id, phone) VALUES ('12AB', "
                                            "'+201002222223')"))
                     .message,
                 QStringLiteral("national_id_invalid"));
    }

    // The staging table is the server's: the login may only add rows to it, and a table or view of the
    // login's own under the same name is refused, never read by the function that holds the key.
    void theStagingTableCannotBeTurnedAgainstTheHashing()
    {
        auto a = login(m_owner);
        QVERIFY(a);
        const QString draft = QString::number(m_draftA);
        {
            pqxx::work w(*a);
            w.exec("SELECT elect.import_open_staging(" + draft.toStdString() + ", false)");
            w.exec("INSERT INTO import_rows (line, national_id, phone) VALUES (2, '29901013333333', '+201003333333')");
            for (const char* statement :
                 {"SELECT * FROM import_rows", "SELECT national_id FROM import_rows",
                  "CREATE TRIGGER t BEFORE INSERT ON import_rows FOR EACH ROW EXECUTE FUNCTION "
                  "elect.audit_log_append_only()",
                  "ALTER TABLE import_rows ADD COLUMN x text",
                  "CREATE RULE r AS ON SELECT TO import_rows DO INSTEAD NOTHING", "DROP TABLE import_rows"}) {
                bool refused = false;
                try {
                    pqxx::subtransaction s(w, "attempt");
                    s.exec(statement);
                } catch (const pqxx::failure& e) {
                    refused = Db::sqlstateOf(e) == "42501";
                }
                QVERIFY2(refused, statement);
            }
            w.exec("SELECT elect.import_hash_staging(" + draft.toStdString() + ")");
            // What comes back is the hash, and the plain ids are gone with the first table.
            QCOMPARE(w.exec("SELECT count(*) FROM import_staged WHERE length(national_id_hmac) = 32")[0][0].as<int>(),
                     1);
            QVERIFY(w.exec("SELECT to_regclass('pg_temp.import_rows')")[0][0].is_null());
            w.abort();
        }
        // Only normalized ids are hashed (the HMAC is of the normalized id), and the refusal quotes none.
        for (const char* id : {"2990 1013333334",
                               "\xd9\xa2"
                               "2990101333333",
                               "12AB"}) {
            pqxx::work w(*a);
            w.exec("SELECT elect.import_open_staging(" + draft.toStdString() + ", false)");
            w.exec_params("INSERT INTO import_rows (line, national_id) VALUES (2, '29901013333333'), (3, $1)",
                          std::string(id));
            QString message;
            try {
                w.exec("SELECT elect.import_hash_staging(" + draft.toStdString() + ")");
            } catch (const pqxx::failure& e) {
                message = QString::fromUtf8(e.what());
            }
            QVERIFY2(message.contains(QLatin1String("national_id_invalid")), qPrintable(message));
            QVERIFY2(!message.contains(QLatin1String("1333333")), qPrintable(message));
        }
        // A view of the login's own, calling a function of its own that would read a key as the owner.
        const QStringList setup = {
            QStringLiteral("CREATE FUNCTION pg_temp.steal() RETURNS text LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION "
                           "'stolen %', (SELECT string_agg(encode(hmac_key, 'hex'), ',') FROM "
                           "elect_private.organization_keys); END $$"),
            QStringLiteral("CREATE TEMP VIEW import_rows AS SELECT 2::bigint AS line, pg_temp.steal() AS national_id, "
                           "''::text AS phone"),
            QStringLiteral("GRANT SELECT ON import_rows TO elect_owner"),
        };
        for (const char* target : {"import_hash_staging", "import_insert_staged"}) {
            pqxx::work w(*a);
            for (const QString& s : setup)
                w.exec(s.toStdString());
            if (QByteArray(target) == "import_insert_staged")
                w.exec("CREATE TEMP VIEW import_staged AS SELECT 2::bigint AS line, "
                       "decode(repeat('cd', 32), 'hex') AS national_id_hmac, pg_temp.steal() AS phone, "
                       "''::text AS district, ''::text AS governorate; "
                       "GRANT SELECT ON import_staged TO elect_owner");
            QString state, message;
            try {
                w.exec("SELECT elect." + std::string(target) + "(" + draft.toStdString() + ")");
            } catch (const pqxx::failure& e) {
                state = QString::fromStdString(Db::sqlstateOf(e));
                message = QString::fromUtf8(e.what());
            }
            QVERIFY2(state == QLatin1String("42501"), qPrintable(QString::fromLatin1(target) + message));
            QVERIFY2(!message.contains(QLatin1String("stolen")), qPrintable(message));
        }
        // Nor does anyone import into another organization's election.
        for (const QString& statement : {QStringLiteral("SELECT elect.import_open_staging(%1, false)"),
                                         QStringLiteral("SELECT elect.import_hash_staging(%1)"),
                                         QStringLiteral("SELECT elect.import_insert_staged(%1)")}) {
            const Outcome o = attempt(*a, statement.arg(m_electionB));
            QCOMPARE(o.sqlstate, QStringLiteral("42501"));
            QCOMPARE(o.message, QStringLiteral("election_not_found"));
        }
        for (const DemoSeeder::Account& outsider : {m_sysadmin, m_kiosk}) {
            auto o = login(outsider);
            QVERIFY(o);
            QCOMPARE(attempt(*o, QStringLiteral("SELECT elect.import_open_staging(%1, false)").arg(m_draftA)).sqlstate,
                     QStringLiteral("42501"));
        }
    }

    // Item 6: phones reach staff and system admins masked; whole only through serve's functions.
    void phonesAreShownMasked_data() { addEveryLogin(m_sysadmin, m_owner, m_admin, m_kiosk); }
    void phonesAreShownMasked()
    {
        QFETCH(QString, role);
        QFETCH(QString, password);
        auto c = rawConnect(m_cluster->as(role, password));
        QVERIFY(c);
        for (const QString& table : {QStringLiteral("voters"), QStringLiteral("dummy_voters")})
            for (const QString& statement :
                 {QStringLiteral("SELECT phone FROM elect.%1"), QStringLiteral("SELECT * FROM elect.%1"),
                  QStringLiteral("SELECT count(*) FROM elect.%1 WHERE phone LIKE '+2010%'"),
                  QStringLiteral("SELECT v.phone FROM elect.%1 v WHERE v.id = (SELECT min(id) FROM elect.%1)"),
                  QStringLiteral("SELECT to_jsonb(v) FROM elect.%1 v")}) {
                const Outcome o = attempt(*c, statement.arg(table));
                QVERIFY2(o.sqlstate == QLatin1String("42501"), qPrintable(statement.arg(table) + o.sqlstate));
            }
        const bool reader = role == m_owner.loginRole || role == m_admin.loginRole || role == m_sysadmin.loginRole;
        const Outcome masked = attempt(*c, QStringLiteral("SELECT string_agg(phone_masked, ',' ORDER BY id) FROM "
                                                          "elect.voters WHERE election_id = %1")
                                               .arg(m_draftA));
        if (!reader) {
            QCOMPARE(masked.sqlstate, QStringLiteral("42501"));
            return;
        }
        QVERIFY2(masked.ok(), qPrintable(masked.message));
        const QString expected = sql(
            QStringLiteral("SELECT string_agg(repeat(U&'\\2022', length(phone) - 2) || right(phone, 2), ',' ORDER BY "
                           "id) FROM elect.voters WHERE election_id = %1")
                .arg(m_draftA));
        QCOMPARE(masked.firstValue, expected);
        const QString first = masked.firstValue.section(u',', 0, 0);
        QCOMPARE(first.size(), 13); // +20 10 xxxx xxxx: eleven dots and two digits
        QCOMPARE(first.left(11), QString(11, QChar(0x2022)));
        QVERIFY(first.right(2).at(0).isDigit() && first.right(2).at(1).isDigit());
    }
};

QTEST_GUILESS_MAIN(TestPrivateKeys)
#include "TestPrivateKeys.moc"
