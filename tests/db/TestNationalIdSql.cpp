#include "core/domain/NationalId.h"

#include "Sql.h"
#include "TestCluster.h"
#include "TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Elect;
using namespace Elect::Test;

// The SQL half of the shared national-id vectors (TestNationalId checks the C++ half).
class TestNationalIdSql : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sqlAgreesWithTheVectorsAndWithCpp()
    {
        TestCluster cluster;
        QVERIFY2(cluster.ok(), qPrintable(cluster.error()));
        auto c = rawConnect(cluster.superuser());
        QVERIFY(c);
        QFile file(QStringLiteral(ELECT_TEST_DATA_DIR "/national_id_vectors.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray vectors =
            QJsonDocument::fromJson(file.readAll()).object()[QStringLiteral("vectors")].toArray();
        QVERIFY(vectors.size() >= 20);
        for (const auto& value : vectors) {
            const QJsonObject v = value.toObject();
            const QString name = v[QStringLiteral("name")].toString();
            const std::string input = v[QStringLiteral("input")].toString().toStdString();
            const std::string key = v[QStringLiteral("key_hex")].toString().toStdString();
            pqxx::work w(*c);
            if (v[QStringLiteral("normalized")].isNull()) {
                bool refused = false;
                try {
                    w.exec_params("SELECT elect.normalize_national_id($1)", input);
                } catch (const pqxx::sql_error& e) {
                    refused = QString::fromUtf8(e.what()).contains(QStringLiteral("national_id_invalid"));
                }
                QVERIFY2(refused, qPrintable(name));
                QVERIFY(!NationalId::normalize(v[QStringLiteral("input")].toString()).ok());
                continue;
            }
            const auto row = w.exec_params1("SELECT elect.normalize_national_id($1),"
                                            " encode(elect.national_id_hmac(decode($2, 'hex'),"
                                            " elect.normalize_national_id($1)), 'hex')",
                                            input, key);
            QCOMPARE(QString::fromStdString(row[0].as<std::string>()), v[QStringLiteral("normalized")].toString());
            QCOMPARE(QString::fromStdString(row[1].as<std::string>()), v[QStringLiteral("hmac_hex")].toString());
            // And C++ gives the very same bytes for the same input.
            const auto cpp = NationalId::normalize(v[QStringLiteral("input")].toString());
            QVERIFY2(cpp.ok(), qPrintable(name));
            QCOMPARE(QString::fromLatin1(
                         NationalId::hmac(QByteArray::fromHex(QByteArray::fromStdString(key)), *cpp).toHex()),
                     QString::fromStdString(row[1].as<std::string>()));
        }
    }

    void loginRoleDerivationAgrees()
    {
        TestCluster cluster;
        QVERIFY2(cluster.ok(), qPrintable(cluster.error()));
        auto c = rawConnect(cluster.superuser());
        QVERIFY(c);
        for (const QString& email : {QStringLiteral("Owner@Example.org"), QStringLiteral(" x.y+z@sub.example.org "),
                                     QStringLiteral("\u0645\u062d\u0645\u062f@example.eg"),
                                     QStringLiteral("\u00c9lodie.\u00d6zt\u00fcrk@Exemple.FR")}) {
            pqxx::work w(*c);
            const auto sql = QString::fromStdString(
                w.exec_params1("SELECT elect.login_role_for_email($1)", email.toStdString())[0].as<std::string>());
            QCOMPARE(sql, loginRoleForEmail(email));
        }
    }
};

QTEST_GUILESS_MAIN(TestNationalIdSql)
#include "TestNationalIdSql.moc"
