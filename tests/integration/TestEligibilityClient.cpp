#include "core/integrations/eligibility/EligibilityHttpClient.h"
#include "ProviderServers.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace Elect::Integrations;
using Elect::ErrorCode;
using Elect::Test::await;
using Elect::Test::ScriptedHttpServer;

namespace {

const QString kId = QStringLiteral("29001011234567");

} // namespace

class TestEligibilityClient : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;

private Q_SLOTS:
    void asksForOneVoterAndReadsTheAnswer()
    {
        ScriptedHttpServer api;
        api.push({200,
                  R"({"eligible":true,"phone":"+201001234567","candidates":["٢٩٠٠١٠١٧٦٥٤٣٢١","29001017654322"]})",
                  {},
                  false});
        EligibilityHttpClient client(&m_network);
        QUrl endpoint = api.url();
        endpoint.setPath(QStringLiteral("/club/api/"));
        const auto answer = await(client.lookUp(endpoint, kId));
        QVERIFY2(answer.ok(), qPrintable(answer.message()));
        QVERIFY(answer->eligible);
        QCOMPARE(answer->phoneE164, QStringLiteral("+201001234567"));
        QCOMPARE(answer->eligibleCandidateNationalIds,
                 QStringList({QStringLiteral("29001017654321"), QStringLiteral("29001017654322")}));
        QCOMPARE(api.received().first().method, QByteArray("GET"));
        QCOMPARE(api.received().first().path, QByteArray("/club/api/voters/29001011234567"));
    }

    void answers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("eligible");
        QTest::newRow("not eligible") << 200 << QByteArray(R"({"eligible":false})") << int(ErrorCode::None) << false;
        QTest::newRow("unknown person") << 404 << QByteArray("{}") << int(ErrorCode::None) << false;
        QTest::newRow("all candidates") << 200 << QByteArray(R"({"eligible":true,"phone":"+201001234567"})")
                                        << int(ErrorCode::None) << true;
        QTest::newRow("no phone") << 200 << QByteArray(R"({"eligible":true})") << int(ErrorCode::Unavailable) << false;
        QTest::newRow("local phone") << 200 << QByteArray(R"({"eligible":true,"phone":"01001234567"})")
                                     << int(ErrorCode::Unavailable) << false;
        QTest::newRow("eligible as text")
            << 200 << QByteArray(R"({"eligible":"yes"})") << int(ErrorCode::Unavailable) << false;
        QTest::newRow("a bad candidate id")
            << 200 << QByteArray(R"({"eligible":true,"phone":"+201001234567","candidates":["abc"]})")
            << int(ErrorCode::Unavailable) << false;
        QTest::newRow("candidates not a list")
            << 200 << QByteArray(R"({"eligible":true,"phone":"+201001234567","candidates":"x"})")
            << int(ErrorCode::Unavailable) << false;
        QTest::newRow("not JSON") << 200 << QByteArray("<html>") << int(ErrorCode::Unavailable) << false;
        QTest::newRow("401") << 401 << QByteArray() << int(ErrorCode::Unavailable) << false;
        QTest::newRow("500") << 500 << QByteArray() << int(ErrorCode::Unavailable) << false;
        QTest::newRow("a redirect is not followed") << 302 << QByteArray() << int(ErrorCode::Unavailable) << false;
    }
    void answers()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, code);
        QFETCH(bool, eligible);
        ScriptedHttpServer api;
        ScriptedHttpServer::Answer a{status, body, {}, false};
        if (status == 302)
            a.headers.append(qMakePair(QByteArray("Location"), QByteArray("http://127.0.0.1:1/elsewhere")));
        api.push(a);
        EligibilityHttpClient client(&m_network);
        const auto answer = await(client.lookUp(api.url(), kId));
        QCOMPARE(int(answer.code()), code);
        if (answer.ok())
            QCOMPARE(answer->eligible, eligible);
        else
            QVERIFY2(!answer.message().contains(kId), qPrintable(answer.message()));
        QCOMPARE(api.received().size(), 1);
    }

    // A national id never crosses a network in the clear: plain http only to this machine.
    void onlyHttpsLeavesThisMachine()
    {
        EligibilityHttpClient client(&m_network);
        const auto answer = await(client.lookUp(QUrl(QStringLiteral("http://api.club.example.org")), kId));
        QCOMPARE(answer.code(), ErrorCode::NotAllowed);
        QVERIFY(answer.message().contains(QLatin1String("https://")));
    }

    void unreachableApiIsUnavailable()
    {
        EligibilityHttpClient client(&m_network, 2000);
        const auto answer =
            await(client.lookUp(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(Elect::Test::freePort())), kId));
        QCOMPARE(answer.code(), ErrorCode::Unavailable);
    }
};

QTEST_GUILESS_MAIN(TestEligibilityClient)
#include "TestEligibilityClient.moc"
