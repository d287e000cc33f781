#include "core/db/KioskEnrollment.h"
#include "core/domain/QrCode.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Elect;

// The kiosk enrollment string (core/db/KioskEnrollment.h): what elect-admin shows and elect-kiosk accepts.
class TestKioskEnrollment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void pastedWithLineBreaksAndSpaces();
    void embeddedServerHasNoHost();
    void refusesMalformed_data();
    void refusesMalformed();
    void newerVersionSaysUpdate();
    void messagesNeverEchoThePassword();
    void qrCodeHoldsTheWholeString();

private:
    static KioskEnrollment sample();
    static QString encode(const QJsonObject& o, const QString& version = QStringLiteral("1"));
};

KioskEnrollment TestKioskEnrollment::sample()
{
    KioskEnrollment e;
    e.profile.embedded = false;
    e.profile.host = QStringLiteral("db.example.org");
    e.profile.port = 6432;
    e.profile.dbname = QStringLiteral("elect");
    e.profile.sslmode = QStringLiteral("verify-full");
    e.profile.loginRole = QStringLiteral("k_0123456789abcdef01234567");
    e.password = QStringLiteral("s3cret-Pa55/word+x=");
    e.kioskName = QStringLiteral("مدرسة النور 1");
    return e;
}

QString TestKioskEnrollment::encode(const QJsonObject& o, const QString& version)
{
    return QStringLiteral("elect-kiosk:") + version + u':' +
           QString::fromLatin1(QJsonDocument(o)
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

void TestKioskEnrollment::roundTrip()
{
    const KioskEnrollment e = sample();
    const QString text = e.toString();
    QVERIFY(text.startsWith(QStringLiteral("elect-kiosk:1:")));
    // Only URL-safe characters: it survives copy and paste, email and QR codes.
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9:_-]+$"));
    QVERIFY(safe.match(text.mid(QStringLiteral("elect-").size())).hasMatch());
    const auto back = KioskEnrollment::parse(text);
    QVERIFY2(back.ok(), qPrintable(back.message()));
    QCOMPARE(back->profile.embedded, false);
    QCOMPARE(back->profile.host, e.profile.host);
    QCOMPARE(back->profile.port, 6432);
    QCOMPARE(back->profile.dbname, e.profile.dbname);
    QCOMPARE(back->profile.sslmode, e.profile.sslmode);
    QCOMPARE(back->profile.loginRole, e.profile.loginRole);
    QCOMPARE(back->password, e.password);
    QCOMPARE(back->kioskName, e.kioskName);
}

void TestKioskEnrollment::pastedWithLineBreaksAndSpaces()
{
    const QString text = sample().toString();
    QString wrapped = QStringLiteral("  ");
    for (int i = 0; i < text.size(); i += 20)
        wrapped += text.mid(i, 20) + QStringLiteral("\r\n ");
    const auto back = KioskEnrollment::parse(wrapped);
    QVERIFY2(back.ok(), qPrintable(back.message()));
    QCOMPARE(back->password, sample().password);
}

void TestKioskEnrollment::embeddedServerHasNoHost()
{
    KioskEnrollment e = sample();
    e.profile.embedded = true;
    e.profile.host = QStringLiteral("/run/something");
    const auto back = KioskEnrollment::parse(e.toString());
    QVERIFY(back.ok());
    QVERIFY(back->profile.embedded);
    QVERIFY(back->profile.host.isEmpty());
}

void TestKioskEnrollment::refusesMalformed_data()
{
    QTest::addColumn<QString>("text");
    const QString good = sample().toString();
    const QString payload = good.mid(QStringLiteral("elect-kiosk:1:").size());
    QJsonObject o =
        QJsonDocument::fromJson(QByteArray::fromBase64(payload.toLatin1(), QByteArray::Base64UrlEncoding)).object();
    QVERIFY(!o.isEmpty());
    auto with = [&](const QString& key, const QJsonValue& value) {
        QJsonObject copy = o;
        if (value.isUndefined())
            copy.remove(key);
        else
            copy.insert(key, value);
        return encode(copy);
    };

    QTest::newRow("empty") << QString();
    QTest::newRow("spaces only") << QStringLiteral("  \n ");
    QTest::newRow("a password, not a code") << QStringLiteral("hunter2");
    QTest::newRow("other prefix") << QStringLiteral("elect-admin:1:") + payload;
    QTest::newRow("upper-case prefix") << QStringLiteral("ELECT-KIOSK:1:") + payload;
    QTest::newRow("no version") << QStringLiteral("elect-kiosk:") + payload;
    QTest::newRow("version zero") << QStringLiteral("elect-kiosk:0:") + payload;
    QTest::newRow("version not a number") << QStringLiteral("elect-kiosk:x:") + payload;
    QTest::newRow("no payload") << QStringLiteral("elect-kiosk:1:");
    QTest::newRow("extra part") << good + QStringLiteral(":x");
    QTest::newRow("cut short") << good.left(good.size() - 7);
    QTest::newRow("one character changed") << good.left(good.size() - 3) + QStringLiteral("!") + good.right(2);
    QTest::newRow("standard base64 alphabet")
        << QStringLiteral("elect-kiosk:1:") + QString::fromLatin1(QByteArray("{\"a\":\"?\x3f>\"}").toBase64());
    QTest::newRow("not json") << QStringLiteral("elect-kiosk:1:") +
                                     QString::fromLatin1(QByteArray("host=x").toBase64(QByteArray::Base64UrlEncoding |
                                                                                       QByteArray::OmitTrailingEquals));
    QTest::newRow("json array") << QStringLiteral("elect-kiosk:1:") +
                                       QString::fromLatin1(QByteArray("[1,2]").toBase64(
                                           QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QTest::newRow("no password") << with(QStringLiteral("password"), QJsonValue::Undefined);
    QTest::newRow("empty password") << with(QStringLiteral("password"), QString());
    QTest::newRow("no login") << with(QStringLiteral("login"), QJsonValue::Undefined);
    QTest::newRow("a person's login") << with(QStringLiteral("login"),
                                              QStringLiteral("u_0123456789abcdef0123456789abcdef"));
    QTest::newRow("login with sql") << with(QStringLiteral("login"), QStringLiteral("k_x\"; DROP ROLE x; --"));
    QTest::newRow("port as text") << with(QStringLiteral("port"), QStringLiteral("5432"));
    QTest::newRow("port zero") << with(QStringLiteral("port"), 0);
    QTest::newRow("port too big") << with(QStringLiteral("port"), 70000);
    QTest::newRow("port fraction") << with(QStringLiteral("port"), 5432.5);
    QTest::newRow("no database") << with(QStringLiteral("db"), QString());
    QTest::newRow("unknown sslmode") << with(QStringLiteral("sslmode"), QStringLiteral("maybe"));
    QTest::newRow("sslmode the setup does not offer") << with(QStringLiteral("sslmode"), QStringLiteral("allow"));
    QTest::newRow("host with newline") << with(QStringLiteral("host"), QStringLiteral("db\nhost=evil"));
    QTest::newRow("host not text") << with(QStringLiteral("host"), 42);
    QTest::newRow("kiosk name not text") << with(QStringLiteral("kiosk"), true);
    QTest::newRow("far too long") << good + QString(KioskEnrollment::kMaxLength, u'A');
}

void TestKioskEnrollment::refusesMalformed()
{
    QFETCH(QString, text);
    const auto parsed = KioskEnrollment::parse(text);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.code(), ErrorCode::InvalidInput);
    QVERIFY(!parsed.message().isEmpty());
}

void TestKioskEnrollment::newerVersionSaysUpdate()
{
    const QString good = sample().toString();
    const auto parsed = KioskEnrollment::parse(QStringLiteral("elect-kiosk:2:") + good.mid(14));
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.message().contains(QStringLiteral("newer")), qPrintable(parsed.message()));
}

void TestKioskEnrollment::messagesNeverEchoThePassword()
{
    KioskEnrollment e = sample();
    e.profile.port = 1; // valid
    QString text = e.toString();
    for (const QString& broken :
         {text.left(text.size() - 1), text + QStringLiteral("A"), QStringLiteral("elect-kiosk:9:") + text.mid(14)}) {
        const auto parsed = KioskEnrollment::parse(broken);
        QVERIFY(!parsed.ok());
        QVERIFY(!parsed.message().contains(e.password));
        QVERIFY(!parsed.message().contains(e.profile.loginRole));
    }
}

void TestKioskEnrollment::qrCodeHoldsTheWholeString()
{
    const QString text = sample().toString();
    const QImage image = qrCodeImage(text, 4);
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), image.height());
    QCOMPARE(image.width() % 4, 0);
    // The quiet zone is white; the finder pattern's corner is black.
    QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white));
    QCOMPARE(image.pixelColor(4 * 4 + 1, 4 * 4 + 1), QColor(Qt::black));
    QVERIFY(qrCodeImage(QString(8000, u'x'), 4).isNull());
}

QTEST_GUILESS_MAIN(TestKioskEnrollment)
#include "TestKioskEnrollment.moc"
