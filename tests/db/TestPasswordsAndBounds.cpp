#include "core/db/AccountRepository.h"
#include "core/db/ConnectionSettings.h"
#include "core/devtools/DemoSeeder.h"

#include "Scram.h"
#include "Sql.h"
#include "TestCluster.h"

#include <QFile>
#include <QTest>

using namespace Elect;
using namespace Elect::Test;

// Passwords that resist guessing and kiosks only their owner turns off (issue 9), tried as the attacker's
// login against a real server: a modified client's weak verifiers, a person's weak plaintext password, an
// organization admin or another organization's owner turning a kiosk off, and what the log keeps of a
// failed statement that carried a password.
class TestPasswordsAndBounds : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestCluster> m_cluster;
    std::unique_ptr<pqxx::connection> m_super;
    QList<DemoSeeder::Account> m_accounts;
    DemoSeeder::Account m_owner, m_admin, m_kiosk;

    std::unique_ptr<pqxx::connection> as(const DemoSeeder::Account& a)
    {
        return rawConnect(m_cluster->as(a.loginRole, a.password));
    }
    qint64 kioskId()
    {
        return scalar(*m_super,
                      QStringLiteral("SELECT id FROM elect.kiosks WHERE login_role = '%1'").arg(m_kiosk.loginRole))
            .toLongLong();
    }
    /// Runs \a sql as the first of \a logins that is let past the function's caller check: registration and
    /// password reset move from elect_registrar to elect_service (issue 9, item 2).
    Outcome asRegistrationCaller(const QString& sql)
    {
        Outcome last;
        for (const auto& [role, password] :
             {std::pair{QStringLiteral("elect_service"), QStringLiteral("service-password-for-tests")}}) {
            auto c = rawConnect(m_cluster->as(role, password));
            if (!c)
                continue;
            last = attempt(*c, sql);
            if (last.sqlstate != QLatin1String("42501"))
                return last;
        }
        return last;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = std::make_unique<TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
        const auto outcome = seedDemo(*m_cluster);
        QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
        m_accounts = outcome->accounts;
        m_owner = demoAccount(m_accounts, QStringLiteral("Owner of Nile"));
        m_admin = demoAccount(m_accounts, QStringLiteral("Administrator of Nile"));
        m_kiosk = demoAccount(m_accounts, QStringLiteral("Kiosk"));
        m_super = rawConnect(m_cluster->superuser());
        QVERIFY(m_super);
    }

    // A modified client sends a verifier that makes an offline guess thousands of times cheaper for whoever
    // reads pg_authid (a backup): every function that stores one refuses it.
    void weakVerifiersAreRefused_data()
    {
        QTest::addColumn<QString>("verifier");
        QTest::newRow("1 iteration") << scramVerifierWith("a-password-long-enough", 1);
        QTest::newRow("4095 iterations") << scramVerifierWith("a-password-long-enough", 4095);
        QTest::newRow("4-byte salt") << scramVerifierWith("a-password-long-enough", 4096, 4);
    }
    void weakVerifiersAreRefused()
    {
        QFETCH(QString, verifier);
        auto owner = as(m_owner);
        QVERIFY(owner);
        const Outcome kiosk =
            attempt(*owner, QStringLiteral("SELECT * FROM elect.create_kiosk('Weak kiosk', 'p', '%1')").arg(verifier));
        QCOMPARE(kiosk.message, QStringLiteral("password_verifier_weak"));
        const Outcome admin = attempt(
            *owner, QStringLiteral("SELECT elect.create_organization_admin('weak@nile-rowing.example', 'W', 'K', '%1')")
                        .arg(verifier));
        QCOMPARE(admin.message, QStringLiteral("password_verifier_weak"));
        const Outcome registration =
            asRegistrationCaller(QStringLiteral("SELECT elect.register_organization('weak@new-club.example', 'W', "
                                                "'K', '%1', 'Weak Club', 'EG')")
                                     .arg(verifier));
        QCOMPARE(registration.message, QStringLiteral("password_verifier_weak"));
        // The verifier is checked before the token: no valid token is needed to see the refusal.
        const Outcome reset = asRegistrationCaller(
            QStringLiteral("SELECT elect.complete_password_reset('no-such-token', '%1')").arg(verifier));
        QCOMPARE(reset.message, QStringLiteral("password_verifier_weak"));
        QCOMPARE(scalar(*m_super, QStringLiteral("SELECT count(*) FROM elect.kiosks WHERE name = 'Weak kiosk'")),
                 QStringLiteral("0"));
        QCOMPARE(scalar(*m_super, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = '%1'")
                                      .arg(loginRoleForEmail(QStringLiteral("weak@nile-rowing.example")))),
                 QStringLiteral("0"));
    }

    // The hand-made verifier is a real one: with PostgreSQL's own cost it is accepted and signs in, so the
    // refusals above are about the cost, not about a malformed string.
    void aVerifierAsStrongAsLibpqsIsAccepted()
    {
        auto owner = as(m_owner);
        QVERIFY(owner);
        const QString verifier = scramVerifierWith("a-password-long-enough", 4096);
        const Outcome created = attempt(
            *owner,
            QStringLiteral("SELECT kiosk_login FROM elect.create_kiosk('Strong kiosk', 'p', '%1')").arg(verifier));
        QVERIFY2(created.ok(), qPrintable(created.message));
        auto kiosk = rawConnect(m_cluster->as(created.firstValue, QStringLiteral("a-password-long-enough")));
        QVERIFY(kiosk);
        QCOMPARE(scalar(*kiosk, QStringLiteral("SELECT kind FROM elect.whoami()")), QStringLiteral("kiosk"));
    }

    // passwordcheck: a person typing ALTER ROLE by hand is refused a weak plaintext password. The log keeps
    // neither that statement nor any other failed one (log_min_error_statement), so a password in it is not
    // written out.
    void aWeakPlaintextPasswordIsRefusedAndNotLogged()
    {
        auto admin = as(m_admin);
        QVERIFY(admin);
        const Outcome weak = attempt(*admin, QStringLiteral("ALTER ROLE current_user PASSWORD 'zq'"));
        QCOMPARE(weak.sqlstate, QStringLiteral("22023"));
        QVERIFY2(weak.message.contains(QLatin1String("password is too short")), qPrintable(weak.message));
        const Outcome lettersOnly = attempt(*admin, QStringLiteral("ALTER ROLE current_user PASSWORD 'onlyletters'"));
        QCOMPARE(lettersOnly.sqlstate, QStringLiteral("22023"));
        const Outcome other = attempt(*admin, QStringLiteral("ALTER ROLE elect_nobody PASSWORD 'Leaked-Secret-7731'"));
        QVERIFY(!other.ok());
        // The admin's password is still the one it was.
        QVERIFY(as(m_admin));

        // The failures above reached the log (as errors) without their statements.
        QString log;
        for (const QString& path : m_cluster->server().logFiles()) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            log += QString::fromUtf8(f.readAll());
        }
        QVERIFY2(log.contains(QLatin1String("password is too short")), "the refusal itself is logged");
        for (const char* secret : {"'zq'", "onlyletters", "Leaked-Secret-7731", "STATEMENT:"})
            QVERIFY2(!log.contains(QLatin1String(secret)), secret);
    }

    // Only the owner turns a kiosk off: an organization admin cannot, by the function or by UPDATE, and
    // another organization's owner is told the kiosk does not exist.
    void onlyTheOwnerDisablesAKiosk()
    {
        const qint64 id = kioskId();
        QVERIFY(id > 0);
        auto admin = as(m_admin);
        QVERIFY(admin);
        QCOMPARE(attempt(*admin, QStringLiteral("SELECT elect.set_kiosk_enabled(%1, false)").arg(id)).message,
                 QStringLiteral("owner_only"));
        QCOMPARE(
            attempt(*admin, QStringLiteral("UPDATE elect.kiosks SET enabled = false WHERE id = %1").arg(id)).sqlstate,
            QStringLiteral("42501"));
        // Name and polling station stay the admin's to edit.
        QVERIFY(attempt(*admin, QStringLiteral("UPDATE elect.kiosks SET polling_station = 'Boathouse, Zamalek' "
                                               "WHERE id = %1")
                                    .arg(id))
                    .ok());

        // The owner of another organization, once the system admin accepted it.
        auto sysadmin = as(demoAccount(m_accounts, QStringLiteral("System admin")));
        QVERIFY(sysadmin);
        QVERIFY(attempt(*sysadmin, QStringLiteral("SELECT elect.accept_organization(user_id) FROM elect.organizations "
                                                  "WHERE name = 'Alexandria Student Union'"))
                    .ok());
        auto other = as(demoAccount(m_accounts, QStringLiteral("Owner of Alexandria")));
        QVERIFY(other);
        QCOMPARE(attempt(*other, QStringLiteral("SELECT elect.set_kiosk_enabled(%1, false)").arg(id)).message,
                 QStringLiteral("kiosk_not_found"));
        QCOMPARE(scalar(*m_super, QStringLiteral("SELECT enabled FROM elect.kiosks WHERE id = %1").arg(id)),
                 QStringLiteral("t"));
        QVERIFY(as(m_kiosk));
    }

    // Off means off at once: the kiosk's open session ends, it cannot sign in again, and the change is in
    // the audit log. On again, it signs in.
    void aDisabledKioskLosesItsSessionsAndLogin()
    {
        const qint64 id = kioskId();
        auto kiosk = as(m_kiosk);
        QVERIFY(kiosk);
        QCOMPARE(scalar(*kiosk, QStringLiteral("SELECT kind FROM elect.whoami()")), QStringLiteral("kiosk"));

        auto ownerDb = Database::connect(m_cluster->as(m_owner.loginRole, m_owner.password));
        QVERIFY(ownerDb.ok());
        const auto ended = AccountRepository(**ownerDb).setKioskEnabled(id, false);
        QVERIFY2(ended.ok(), qPrintable(ended.message()));
        QCOMPARE(*ended, 1);
        QVERIFY(!attempt(*kiosk, QStringLiteral("SELECT 1")).ok());
        QVERIFY(!kiosk->is_open());
        QString why;
        QVERIFY(!rawConnect(m_cluster->as(m_kiosk.loginRole, m_kiosk.password), &why));
        QVERIFY2(why.contains(QLatin1String("not permitted to log in")), qPrintable(why));
        QCOMPARE(scalar(*m_super, QStringLiteral("SELECT action || ' ' || object_id FROM elect.audit_log "
                                                 "ORDER BY id DESC LIMIT 1")),
                 QStringLiteral("disable_kiosk %1").arg(id));

        const auto enabled = AccountRepository(**ownerDb).setKioskEnabled(id, true);
        QVERIFY2(enabled.ok(), qPrintable(enabled.message()));
        kiosk = as(m_kiosk);
        QVERIFY(kiosk);
        QCOMPARE(scalar(*kiosk, QStringLiteral("SELECT kind FROM elect.whoami()")), QStringLiteral("kiosk"));
    }
};

QTEST_GUILESS_MAIN(TestPasswordsAndBounds)
#include "TestPasswordsAndBounds.moc"
