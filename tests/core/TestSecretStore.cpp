#include "core/secrets/SecretStore.h"

#include "Printers.h"

#include <QTest>

using namespace Elect;

// Runs against a real Secret Service: ctest starts it in a private D-Bus session with an unlocked
// throwaway keyring (tests/core/CMakeLists.txt), never the user's own keychain.
class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writeReadRemove()
    {
        SecretStore store(QStringLiteral("Elect test"));
        const QString key = QStringLiteral("admin/u_test@socket");
        QVERIFY(store.remove(key).ok());
        const auto missing = store.read(key);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.code(), ErrorCode::NotFound);

        const QString secret = QStringLiteral("s3cret \u0643\u0644\u0645\u0629");
        const Status written = store.write(key, secret);
        QVERIFY2(written.ok(), qPrintable(written.message()));
        const auto read = store.read(key);
        QVERIFY2(read.ok(), qPrintable(read.message()));
        QCOMPARE(*read, secret);

        QVERIFY(store.write(key, QStringLiteral("replaced")).ok());
        QCOMPARE(*store.read(key), QStringLiteral("replaced"));

        QVERIFY(store.remove(key).ok());
        QCOMPARE(store.read(key).code(), ErrorCode::NotFound);
    }

    void servicesAreSeparate()
    {
        SecretStore a(QStringLiteral("Elect test A")), b(QStringLiteral("Elect test B"));
        QVERIFY(a.write(QStringLiteral("k"), QStringLiteral("from a")).ok());
        QCOMPARE(b.read(QStringLiteral("k")).code(), ErrorCode::NotFound);
        QVERIFY(a.remove(QStringLiteral("k")).ok());
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "TestSecretStore.moc"
