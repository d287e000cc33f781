#include "core/db/AccountRepository.h"
#include "core/devtools/DemoSeeder.h"

#include "Printers.h"
#include "TestCluster.h"

#include <QFile>
#include <QTest>

using namespace Elect;
using namespace Elect::Test;

// The server logs every statement and connection; no plaintext password may appear in that log.
class TestPasswordsNeverReachTheServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serverLogHoldsNoPlaintextPassword()
    {
        TestCluster cluster(
            QStringLiteral("log_statement = 'all'\nlog_connections = on\nlog_min_error_statement = info\n"));
        QVERIFY2(cluster.ok(), qPrintable(cluster.error()));
        const QString ownerPassword = QStringLiteral("Canary-Owner-Pa55word-7f3a");
        const QString adminPassword = QStringLiteral("Canary-Admin-Pa55word-91bc");
        const QString sysadminPassword = QStringLiteral("Canary-Sysadmin-Pa55word-c2d4");
        const QString email = QStringLiteral("canary@owner.example");

        auto super = cluster.connectSuperuser();
        QVERIFY(super);
        QVERIFY(AccountRepository(*super)
                    .createSystemAdmin({QStringLiteral("canary@sysadmin.example"), QStringLiteral("S"),
                                        QStringLiteral("A"), sysadminPassword})
                    .ok());
        auto registrar = Database::connect(
            cluster.as(QStringLiteral("elect_service"), QStringLiteral("service-password-for-tests")));
        QVERIFY(registrar.ok());
        const auto org = AccountRepository(**registrar)
                             .registerOrganization({email, QStringLiteral("C"), QStringLiteral("O"), ownerPassword},
                                                   QStringLiteral("Canary Club"), QStringLiteral("EG"));
        QVERIFY2(org.ok(), qPrintable(org.message()));
        auto sys = Database::connect(
            cluster.as(loginRoleForEmail(QStringLiteral("canary@sysadmin.example")), sysadminPassword));
        QVERIFY2(sys.ok(), qPrintable(sys.message()));
        QVERIFY(AccountRepository(**sys).verifyEmailByAdmin(email).ok());
        QVERIFY(AccountRepository(**sys).acceptOrganization(*org).ok());
        // The owner signs in (SCRAM: the password itself never crosses the wire) and creates accounts.
        auto owner = Database::connect(cluster.as(loginRoleForEmail(email), ownerPassword));
        QVERIFY2(owner.ok(), qPrintable(owner.message()));
        QVERIFY(AccountRepository(**owner)
                    .createOrganizationAdmin({QStringLiteral("canary@admin.example"), QStringLiteral("A"),
                                              QStringLiteral("D"), adminPassword})
                    .ok());
        const auto kiosk = AccountRepository(**owner).createKiosk(QStringLiteral("Canary kiosk"), QString());
        QVERIFY(kiosk.ok());
        QVERIFY(Database::connect(cluster.as(kiosk->loginRole, kiosk->password)).ok());
        // A failed sign-in must not log what was typed either.
        QVERIFY(!Database::connect(cluster.as(loginRoleForEmail(email), QStringLiteral("Canary-Typo-Pa55word"))).ok());

        QFile log(cluster.server().logFile());
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray text = log.readAll();
        // The log did record the statements (so the search below means something)...
        QVERIFY(text.contains("register_organization"));
        QVERIFY(text.contains("create_kiosk"));
        QVERIFY(text.contains("SCRAM-SHA-256$"));
        // ...but no password.
        for (const QString& secret :
             {ownerPassword, adminPassword, sysadminPassword, kiosk->password, QStringLiteral("Canary-Typo-Pa55word")})
            QVERIFY2(!text.contains(secret.toUtf8()), qPrintable(QStringLiteral("found a password in the log")));
    }
};

QTEST_GUILESS_MAIN(TestPasswordsNeverReachTheServer)
#include "TestPasswordsNeverReachTheServer.moc"
