#include "core/integrations/smtp/MimeMessage.h"
#include "core/integrations/smtp/SmtpMailer.h"
#include "ProviderServers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>
#include <QTimeZone>

using namespace Elect::Integrations;
using Elect::Test::await;
using Outcome = Delivery::Outcome;

namespace {

EmailMessage arabicMessage()
{
    EmailMessage m;
    m.to = QStringLiteral("owner@club.example.org");
    m.subject = QStringLiteral("رمز التحقق من بريدك الإلكتروني لدى Elect");
    m.textBody = QStringLiteral("مرحبا،\nرمزك: ABCD-1234\n");
    m.htmlBody =
        QStringLiteral("<html dir=\"rtl\" lang=\"ar\"><body><p>مرحبا،</p><p>رمزك: <b>ABCD-1234</b></p></body></html>");
    m.language = QStringLiteral("ar");
    return m;
}

SmtpSettings settingsFor(const QUrl& server)
{
    SmtpSettings s;
    s.server = server;
    s.fromAddress = QStringLiteral("no-reply@elect.example.org");
    s.fromName = QStringLiteral("Elect — انتخابات");
    s.allowPlaintextOnLoopback = true;
    s.timeoutMs = 10000;
    return s;
}

} // namespace

class TestSmtpMailer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // What maildev received is what a mail client shows: the sender, the subject and both parts in UTF-8.
    void deliversBothPartsInUtf8()
    {
        Elect::Test::MaildevServer maildev(QStringLiteral("elect"), QStringLiteral("mail-pass"));
        QVERIFY2(maildev.started(), qPrintable(maildev.why()));
        SmtpSettings s = settingsFor(maildev.smtpUrl());
        s.username = QStringLiteral("elect");
        s.password = QStringLiteral("mail-pass");
        const EmailMessage message = arabicMessage();
        const Delivery d = await(SmtpMailer(s).send(message));
        QCOMPARE(d.outcome, Outcome::Accepted);
        QVERIFY(d.providerId.endsWith(QLatin1String("@elect.example.org")));

        const QJsonArray emails = QJsonDocument::fromJson(maildev.get(QStringLiteral("/api/email"))).array();
        QCOMPARE(emails.size(), 1);
        const QJsonObject email = emails.first().toObject();
        QCOMPARE(email.value(QStringLiteral("subject")).toString(), message.subject);
        QCOMPARE(email.value(QStringLiteral("text")).toString().trimmed(), message.textBody.trimmed());
        QCOMPARE(email.value(QStringLiteral("html")).toString().trimmed(), message.htmlBody);
        const QJsonObject from = email.value(QStringLiteral("from")).toArray().first().toObject();
        QCOMPARE(from.value(QStringLiteral("address")).toString(), s.fromAddress);
        QCOMPARE(from.value(QStringLiteral("name")).toString(), s.fromName);
        QCOMPARE(
            email.value(QStringLiteral("to")).toArray().first().toObject().value(QStringLiteral("address")).toString(),
            message.to);
        const QJsonObject headers = email.value(QStringLiteral("headers")).toObject();
        QCOMPARE(headers.value(QStringLiteral("content-language")).toString(), QStringLiteral("ar"));
        QCOMPARE(headers.value(QStringLiteral("message-id")).toString(),
                 QLatin1Char('<') + d.providerId + QLatin1Char('>'));
        const QByteArray source =
            maildev.get(QStringLiteral("/api/email/%1/source").arg(email.value(QStringLiteral("id")).toString()));
        QVERIFY(source.contains("Content-Type: multipart/alternative; boundary="));
        QVERIFY(source.contains("Content-Type: text/plain; charset=UTF-8"));
        QVERIFY(source.contains("Content-Type: text/html; charset=UTF-8"));
        QVERIFY(!source.contains("ABCD-1234")); // the parts travel base64, so no line is too long for a relay
    }

    void wrongCredentialsAreRejected()
    {
        Elect::Test::MaildevServer maildev(QStringLiteral("elect"), QStringLiteral("mail-pass"));
        QVERIFY2(maildev.started(), qPrintable(maildev.why()));
        SmtpSettings s = settingsFor(maildev.smtpUrl());
        s.username = QStringLiteral("elect");
        s.password = QStringLiteral("wrong");
        const Delivery d = await(SmtpMailer(s).send(arabicMessage()));
        QCOMPARE(d.outcome, Outcome::Rejected);
        QVERIFY2(d.reason.contains(QLatin1String("password")), qPrintable(d.reason));
        QVERIFY(!d.reason.contains(QLatin1String("wrong")));
        QCOMPARE(QJsonDocument::fromJson(maildev.get(QStringLiteral("/api/email"))).array().size(), 0);
    }

    // Without allowPlaintextOnLoopback, smtp:// demands STARTTLS, which maildev does not offer.
    void noTlsNoMail()
    {
        Elect::Test::MaildevServer maildev;
        QVERIFY2(maildev.started(), qPrintable(maildev.why()));
        SmtpSettings s = settingsFor(maildev.smtpUrl());
        s.allowPlaintextOnLoopback = false;
        const Delivery d = await(SmtpMailer(s).send(arabicMessage()));
        QCOMPARE(d.outcome, Outcome::Rejected);
        QVERIFY2(d.reason.contains(QLatin1String("STARTTLS")), qPrintable(d.reason));
    }

    void plaintextOnlyToThisMachine()
    {
        SmtpSettings s = settingsFor(QUrl(QStringLiteral("smtp://mail.example.org:25")));
        const Delivery d = SmtpMailer(s).sendNow(arabicMessage()); // refused before any connection
        QCOMPARE(d.outcome, Outcome::Rejected);
        QVERIFY2(d.reason.contains(QLatin1String("mail.example.org")), qPrintable(d.reason));
        s.server = QUrl(QStringLiteral("https://mail.example.org"));
        QCOMPARE(SmtpMailer(s).sendNow(arabicMessage()).outcome, Outcome::Rejected);
    }

    void unreachableAndSilentServersAreRetried()
    {
        SmtpSettings s = settingsFor(QUrl(QStringLiteral("smtp://127.0.0.1:%1").arg(Elect::Test::freePort())));
        Delivery d = await(SmtpMailer(s).send(arabicMessage()));
        QCOMPARE(d.outcome, Outcome::RetryLater);
        QVERIFY2(d.reason.contains(QLatin1String("reached")), qPrintable(d.reason));

        QTcpServer silent; // accepts, never greets
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        s.server = QUrl(QStringLiteral("smtp://127.0.0.1:%1").arg(silent.serverPort()));
        s.timeoutMs = 700;
        d = await(SmtpMailer(s).send(arabicMessage()));
        QCOMPARE(d.outcome, Outcome::RetryLater);
        QVERIFY2(d.reason.contains(QLatin1String("in time")), qPrintable(d.reason));
    }

    void headersCannotBeInjected()
    {
        MimeMessage mime;
        mime.fromAddress = QStringLiteral("a@b.org");
        mime.fromName = QStringLiteral("Elect");
        mime.date = QDateTime(QDate(2026, 11, 30), QTime(12, 0), QTimeZone::utc());
        mime.messageId = "1@b.org";
        mime.boundary = "=_b";
        EmailMessage m;
        m.to = QStringLiteral("x@y.org\r\nBcc: victim@z.org");
        m.subject = QStringLiteral("Hi\r\nBcc: victim@z.org");
        const QByteArray text = mime.render(m);
        QVERIFY(!text.contains("\r\nBcc:"));
        QVERIFY(text.contains("Date: Mon, 30 Nov 2026 12:00:00 +0000\r\n"));
        QCOMPARE(MimeMessage::encodedWord(QStringLiteral("plain")), QByteArray("plain"));
        QVERIFY(MimeMessage::encodedWord(QStringLiteral("ü")).startsWith("=?UTF-8?B?"));
    }
};

QTEST_GUILESS_MAIN(TestSmtpMailer)
#include "TestSmtpMailer.moc"
