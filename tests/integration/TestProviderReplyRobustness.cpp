// What outside parties send Elect (an organization's eligibility answer, a Stripe-Signature header),
// mutated with a fixed seed: the readers never crash, and nothing malformed gets through as valid.
#include "core/domain/NationalId.h"
#include "core/integrations/eligibility/EligibilityHttpClient.h"
#include "core/integrations/stripe/WebhookSignature.h"
#include "Mutations.h"

#include <QRegularExpression>
#include <QTest>

using namespace Elect;
using namespace Elect::Integrations;

class TestProviderReplyRobustness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eligibilityAnswers()
    {
        const QByteArray valid =
            R"({"eligible":true,"phone":"+201001234567","candidates":["29001017654321","29001017654322"]})";
        const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{7,14}$"));
        Tally::SeededRandom random(20261130);
        int accepted = 0;
        for (int i = 0; i < 20000; ++i) {
            const QByteArray body = Test::mutate(valid, random, QByteArrayLiteral("{}[]\",:+0123456789aetrufls \\"));
            const auto answer = EligibilityHttpClient::read(200, body, QStringLiteral("api.example.org"));
            if (!answer.ok()) {
                QCOMPARE(answer.code(), ErrorCode::Unavailable);
                continue;
            }
            if (!answer->eligible)
                continue;
            ++accepted;
            QVERIFY2(e164.match(answer->phoneE164).hasMatch(), body.constData());
            for (const QString& id : answer->eligibleCandidateNationalIds) {
                const auto again = NationalId::normalize(id);
                QVERIFY2(again.ok() && again.value() == id, body.constData());
            }
        }
        QVERIFY(accepted > 0); // some mutations keep the answer valid: the check above ran
    }

    void webhookHeaders()
    {
        const QByteArray secret = "whsec_test_secret";
        const QByteArray body = R"({"id":"evt_1","type":"checkout.session.completed"})";
        const QByteArray t = "1700000000";
        const QByteArray v1 = WebhookSignature::sign(secret, t, body);
        const QByteArray header = "t=" + t + ",v1=" + v1 + ",v0=abc";
        const WebhookSignature check({secret});
        QCOMPARE(check.verify(header, body, 1700000000), WebhookSignature::Verdict::Valid);
        Tally::SeededRandom random(7);
        for (int i = 0; i < 20000; ++i) {
            const QByteArray mutated = Test::mutate(header, random, QByteArrayLiteral("tv01=,abcdef9 "));
            if (check.verify(mutated, body, 1700000000) != WebhookSignature::Verdict::Valid)
                continue;
            // Only a header that still carries the true signature, for a time inside the window, may pass.
            QVERIFY2(mutated.contains("v1=" + v1), mutated.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestProviderReplyRobustness)
#include "TestProviderReplyRobustness.moc"
