#include "core/domain/NationalId.h"

#include "Printers.h"
#include "TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Elect;

// The C++ half of the shared national-id vectors; TestNationalIdSql checks the SQL half.
class TestNationalId : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vectors_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QVariant>("normalized");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("hmac");
        QFile file(QStringLiteral(ELECT_TEST_DATA_DIR "/national_id_vectors.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray vectors =
            QJsonDocument::fromJson(file.readAll()).object()[QStringLiteral("vectors")].toArray();
        QVERIFY(vectors.size() >= 20);
        int i = 0;
        for (const auto& value : vectors) {
            const QJsonObject v = value.toObject();
            const QString name = QStringLiteral("%1 %2").arg(++i).arg(v[QStringLiteral("name")].toString());
            QTest::newRow(qPrintable(name))
                << v[QStringLiteral("input")].toString() << v[QStringLiteral("normalized")].toVariant()
                << QByteArray::fromHex(v[QStringLiteral("key_hex")].toString().toLatin1())
                << QByteArray::fromHex(v[QStringLiteral("hmac_hex")].toString().toLatin1());
        }
    }

    void vectors()
    {
        QFETCH(QString, input);
        QFETCH(QVariant, normalized);
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, hmac);
        const auto result = NationalId::normalize(input);
        if (normalized.isNull()) {
            QVERIFY(!result.ok());
            QCOMPARE(result.code(), ErrorCode::InvalidInput);
            // The reason never repeats the id itself.
            if (input.size() >= 4)
                QVERIFY2(!result.message().contains(input), qPrintable(result.message()));
            return;
        }
        QVERIFY2(result.ok(), qPrintable(result.message()));
        QCOMPARE(*result, normalized.toString());
        QCOMPARE(NationalId::hmac(key, *result).toHex(), hmac.toHex());
    }

    void differentKeysGiveDifferentHmacs()
    {
        const QByteArray a(32, 'a'), b(32, 'b');
        QVERIFY(NationalId::hmac(a, QStringLiteral("29001011234567")) !=
                NationalId::hmac(b, QStringLiteral("29001011234567")));
    }

    void masked()
    {
        QCOMPARE(NationalId::masked(QStringLiteral("29001011234567")),
                 QString(11, QChar(u'\u2022')) + QStringLiteral("567"));
        QCOMPARE(NationalId::masked(QStringLiteral("12")), QString(2, QChar(u'\u2022')));
    }
};

QTEST_GUILESS_MAIN(TestNationalId)
#include "TestNationalId.moc"
