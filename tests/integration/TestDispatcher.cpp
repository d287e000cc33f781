#include "core/db/AccountRepository.h"
#include "core/domain/Clock.h"
#include "core/integrations/smtp/SmtpMailer.h"
#include "core/integrations/twilio/TwilioSmsSender.h"
#include "core/service/Dispatcher.h"
#include "core/service/EmailTokenHandler.h"
#include "core/service/MessageTemplates.h"
#include "core/service/OrganizationDecisionEmailHandler.h"
#include "core/service/VoterCodeSmsHandler.h"
#include "ProviderServers.h"
#include "Sql.h"
#include "TestCluster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>
#include <QUrlQuery>

using namespace Elect;
using namespace Elect::Service;
using Elect::Integrations::Delivery;
using Test::attempt;
using Test::await;
using Test::scalar;
using Test::ScriptedHttpServer;

namespace {

const QString kServicePassword = QStringLiteral("service-password-for-tests");
const QRegularExpression kToken(QStringLiteral("\\b[A-Z2-7]{4}(?:-[A-Z2-7]{4}){12}\\b"));
const QRegularExpression kCodeSms(QStringLiteral("^Your Elect code is ([0-9]{6})$"));

// The Arabic a translator would give for some of the texts: an untranslated text stays English.
class ArabicCatalogue : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char* = nullptr, int = -1) const override
    {
        if (qstrcmp(context, "Elect::MessageTemplates") != 0)
            return {};
        static const QHash<QByteArray, QString> arabic{
            {"Verify your email address for Elect", QStringLiteral("تحقق من بريدك الإلكتروني لدى Elect")},
            {"Hello %1,", QStringLiteral("مرحبًا %1،")},
            {"To verify your email address, enter this code in Elect:",
             QStringLiteral("للتحقق من بريدك الإلكتروني، أدخل هذا الرمز في Elect:")},
            {"Your Elect code is %1", QStringLiteral("رمز Elect الخاص بك هو %1")},
        };
        return arabic.value(QByteArray(source));
    }
    bool isEmpty() const override { return false; }
};

Integrations::TwilioSettings twilioAt(const QUrl& url, int timeoutMs = 5000)
{
    Integrations::TwilioSettings s;
    s.baseUrl = url;
    s.accountSid = QStringLiteral("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    s.authToken = QStringLiteral("secret-token");
    s.from = QStringLiteral("+15005550006");
    s.timeoutMs = timeoutMs;
    return s;
}

ScriptedHttpServer::Answer twilioAccepts()
{
    return {201, R"({"sid":"SM0123456789abcdef0123456789abcdef","status":"queued"})", {}, false};
}

} // namespace

// The outbox dispatcher with its real handlers, against a real PostgreSQL, maildev for SMTP and a scripted
// HTTP server for Twilio: what each provider's answer does to the message, what the organization is told
// when a message is given up, and that codes and tokens exist only in the message and as hashes.
class TestDispatcher : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TestCluster> m_cluster;
    std::unique_ptr<pqxx::connection> m_super;
    std::unique_ptr<Database> m_service;
    std::unique_ptr<Database> m_service2;
    std::unique_ptr<Database> m_registrar;
    std::unique_ptr<Test::MaildevServer> m_maildev;
    QNetworkAccessManager m_network;
    TestClock m_clock{QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC)};
    MessageTemplates m_templates;
    RetryPolicy m_policy{10, 100, 3};
    qint64 m_votingOrg = 0;
    qint64 m_election = 0;
    int m_phones = 0;

    QString sql(const QString& statement) { return scalar(*m_super, statement); }

    std::unique_ptr<Dispatcher> dispatcher(Database& db)
    {
        // A draw of 0.5: the first retry waits 7 seconds (half of 10, plus half of the other half).
        return std::make_unique<Dispatcher>(db, m_policy, m_clock, [] { return 0.5; });
    }
    Integrations::SmtpSettings smtp() const
    {
        Integrations::SmtpSettings s;
        s.server = m_maildev->smtpUrl();
        s.fromAddress = QStringLiteral("no-reply@elect.example.org");
        s.allowPlaintextOnLoopback = true;
        s.timeoutMs = 10000;
        return s;
    }
    static int run(Dispatcher& d, int batch = 20) { return await(d.runOnce(batch, 60)); }

    qint64 registerOwner(const QString& email, const QString& firstName, const QString& organization)
    {
        const auto id = AccountRepository(*m_registrar)
                            .registerOrganization(
                                {email, firstName, QStringLiteral("Owner"), QStringLiteral("a-password-long-enough")},
                                organization, QStringLiteral("EG"));
        if (!id)
            qFatal("registration failed: %s", qPrintable(id.message()));
        return *id;
    }
    // The emails maildev received for \a address, oldest first.
    QList<QJsonObject> mailTo(const QString& address)
    {
        QList<QJsonObject> out;
        for (const QJsonValue& v : QJsonDocument::fromJson(m_maildev->get(QStringLiteral("/api/email"))).array()) {
            const QJsonObject email = v.toObject();
            if (email.value(QStringLiteral("to")).toArray().first().toObject().value(QStringLiteral("address")) ==
                address)
                out << email;
        }
        return out;
    }
    static QString tokenIn(const QString& text) { return kToken.match(text).captured(0); }

    struct CodeRequest
    {
        qint64 outbox = 0;
        qint64 otp = 0;
        QString phone;
    };
    // A voter of the test election with their own phone, a code request and its outbox message.
    CodeRequest newCodeRequest(const QString& language = {}, bool withPhone = true)
    {
        CodeRequest r;
        r.phone = QStringLiteral("+2010%1").arg(10000000 + ++m_phones);
        const QString voter =
            sql(QStringLiteral("INSERT INTO elect.voters (election_id, organization_id, "
                               "national_id_hmac, phone) VALUES (%1, %2, public.gen_random_bytes(32),"
                               " %3) RETURNING id")
                    .arg(m_election)
                    .arg(m_votingOrg)
                    .arg(withPhone ? QLatin1Char('\'') + r.phone + QLatin1Char('\'') : QStringLiteral("NULL")));
        r.otp = sql(QStringLiteral("INSERT INTO elect.voter_otps (voter_id, organization_id) VALUES (%1, %2) "
                                   "RETURNING id")
                        .arg(voter)
                        .arg(m_votingOrg))
                    .toLongLong();
        QJsonObject payload{{QStringLiteral("otp_id"), r.otp}};
        if (!language.isEmpty())
            payload.insert(QStringLiteral("language"), language);
        r.outbox = sql(QStringLiteral("INSERT INTO elect.outbox (organization_id, kind, payload) VALUES (%1, "
                                      "'voter_code_sms', '%2') RETURNING id")
                           .arg(m_votingOrg)
                           .arg(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))))
                       .toLongLong();
        if (r.otp <= 0 || r.outbox <= 0)
            qFatal("could not write a code request");
        return r;
    }
    QString row(qint64 outbox)
    {
        return sql(QStringLiteral("SELECT status || '|' || attempts || '|' || coalesce(last_error, '-') FROM "
                                  "elect.outbox WHERE id = %1")
                       .arg(outbox));
    }
    // Whether the message is due exactly \a seconds after the test clock's now.
    bool dueAfter(qint64 outbox, qint64 seconds)
    {
        return sql(QStringLiteral("SELECT extract(epoch FROM next_attempt_at) = %1 FROM elect.outbox WHERE id = %2")
                       .arg(m_clock.now().toSecsSinceEpoch() + seconds)
                       .arg(outbox)) == QLatin1String("t");
    }
    void makeDue(qint64 outbox)
    {
        QVERIFY(attempt(*m_super,
                        QStringLiteral("UPDATE elect.outbox SET next_attempt_at = now() WHERE id = %1").arg(outbox))
                    .ok());
    }
    // The notification written for an outbox message: type|priority|title|message.
    QString notificationFor(qint64 outbox)
    {
        return sql(QStringLiteral("SELECT string_agg(type || '|' || priority || '|' || title || '|' || message, ';')"
                                  " FROM elect.notifications WHERE extra->>'outbox_id' = '%1'")
                       .arg(outbox));
    }
    static QString smsBody(const ScriptedHttpServer::Received& r)
    {
        return QUrlQuery(QString::fromUtf8(r.body)).queryItemValue(QStringLiteral("Body"), QUrl::FullyDecoded);
    }
    static QString smsTo(const ScriptedHttpServer::Received& r)
    {
        return Test::formFields(r.body).value(QStringLiteral("To"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = std::make_unique<Test::TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
        m_super = Test::rawConnect(m_cluster->superuser());
        QVERIFY(m_super);
        m_service = m_cluster->connect(QStringLiteral("elect_service"), kServicePassword);
        m_service2 = m_cluster->connect(QStringLiteral("elect_service"), kServicePassword);
        m_registrar = m_cluster->connect(QStringLiteral("elect_service"), kServicePassword);
        QVERIFY(m_service && m_service2 && m_registrar);
        m_maildev = std::make_unique<Test::MaildevServer>();
        QVERIFY2(m_maildev->started(), qPrintable(m_maildev->why()));
        m_templates.addLanguage(QStringLiteral("ar"), std::make_shared<ArabicCatalogue>());

        m_votingOrg = registerOwner(QStringLiteral("chair@voting.example"), QStringLiteral("Chair"),
                                    QStringLiteral("Voting Org"));
        m_election = sql(QStringLiteral("INSERT INTO elect.elections (organization_id, title, starts_at, ends_at) "
                                        "VALUES (%1, 'Board', now(), now() + interval '1 day') RETURNING id")
                             .arg(m_votingOrg))
                         .toLongLong();
        QVERIFY(m_election > 0);
    }

    // Each test sends only what it wrote.
    void init()
    {
        QVERIFY(
            attempt(*m_super, QStringLiteral("UPDATE elect.outbox SET status = 'sent' WHERE status = 'pending'")).ok());
    }

    // The token in the email verifies the address through verify_email, once; only its hash was stored.
    void theEmailedTokenVerifiesTheAddress()
    {
        const qint64 owner =
            registerOwner(QStringLiteral("sara@rowing.example"), QStringLiteral("Sara"), QStringLiteral("Rowing One"));
        Integrations::SmtpMailer mailer(smtp());
        auto d = dispatcher(*m_service);
        d->addHandler(std::make_unique<EmailTokenHandler>(EmailTokenHandler::Purpose::VerifyEmail, *m_service, mailer,
                                                          m_templates));
        QCOMPARE(run(*d), 1);
        QCOMPARE(sql(QStringLiteral("SELECT status || '|' || attempts FROM elect.outbox WHERE kind = 'verify_email' "
                                    "AND payload->>'user_id' = '%1'")
                         .arg(owner)),
                 QStringLiteral("sent|1"));

        const QList<QJsonObject> mails = mailTo(QStringLiteral("sara@rowing.example"));
        QCOMPARE(mails.size(), 1);
        const QJsonObject mail = mails.first();
        QCOMPARE(mail.value(QStringLiteral("subject")).toString(),
                 QStringLiteral("Verify your email address for Elect"));
        const QString text = mail.value(QStringLiteral("text")).toString();
        const QString html = mail.value(QStringLiteral("html")).toString();
        const QString token = tokenIn(text);
        QVERIFY2(!token.isEmpty(), qPrintable(text));
        QVERIFY(text.startsWith(QStringLiteral("Hello Sara,\n\nTo verify your email address, enter this code in Elect:"
                                               "\n\n%1\n\n")
                                    .arg(token)));
        QVERIFY2(html.contains(QStringLiteral("<b>%1</b>").arg(token)), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("<html lang=\"en\" dir=\"ltr\">")));
        QVERIFY(html.contains(QStringLiteral("<p>Hello Sara,</p>")));
        const QJsonObject headers = mail.value(QStringLiteral("headers")).toObject();
        QCOMPARE(headers.value(QStringLiteral("content-language")).toString(), QStringLiteral("en"));
        QCOMPARE(mail.value(QStringLiteral("from")).toArray().first().toObject().value(QStringLiteral("address")),
                 QJsonValue(QStringLiteral("no-reply@elect.example.org")));
        // 32 bytes: 52 base32 characters, and the database holds their hash, not them.
        QCOMPARE(QString(token).remove(u'-').size(), 52);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM elect.verification_tokens WHERE user_id = %1 AND "
                                    "token_hash = public.digest('%2', 'sha256') AND used_at IS NULL")
                         .arg(owner)
                         .arg(token)),
                 QStringLiteral("1"));

        AccountRepository registrar(*m_registrar);
        const Status verified = registrar.verifyEmail(token);
        QVERIFY2(verified.ok(), qPrintable(verified.message()));
        QCOMPARE(sql(QStringLiteral("SELECT email_verified_at IS NOT NULL FROM elect.users WHERE id = %1").arg(owner)),
                 QStringLiteral("t"));
        QCOMPARE(registrar.verifyEmail(token).code(), ErrorCode::NotFound); // single use
        // What a person types, in lower case with spaces for dashes, is read as the same token.
        QCOMPARE(EmailTokenHandler::normalizeToken(token.toLower().replace(u'-', u' ')), token);
    }

    // A second email issues a new token, which voids the first.
    void aSecondEmailVoidsTheFirstToken()
    {
        const qint64 owner =
            registerOwner(QStringLiteral("omar@rowing.example"), QStringLiteral("Omar"), QStringLiteral("Rowing Two"));
        Integrations::SmtpMailer mailer(smtp());
        auto d = dispatcher(*m_service);
        d->addHandler(std::make_unique<EmailTokenHandler>(EmailTokenHandler::Purpose::VerifyEmail, *m_service, mailer,
                                                          m_templates));
        QCOMPARE(run(*d), 1);
        QVERIFY(attempt(*m_super, QStringLiteral("INSERT INTO elect.outbox (organization_id, kind, payload) VALUES "
                                                 "(%1, 'verify_email', jsonb_build_object('user_id', %1))")
                                      .arg(owner))
                    .ok());
        QCOMPARE(run(*d), 1);
        const QList<QJsonObject> mails = mailTo(QStringLiteral("omar@rowing.example"));
        QCOMPARE(mails.size(), 2);
        QStringList tokens;
        for (const QJsonObject& m : mails)
            tokens << tokenIn(m.value(QStringLiteral("text")).toString());
        QVERIFY(!tokens.at(0).isEmpty() && !tokens.at(1).isEmpty() && tokens.at(0) != tokens.at(1));
        // maildev lists newest first or oldest first depending on its version: the voided one is either.
        AccountRepository registrar(*m_registrar);
        const Status first = registrar.verifyEmail(tokens.at(0));
        const Status second = registrar.verifyEmail(tokens.at(1));
        QCOMPARE(int(first.ok()) + int(second.ok()), 1);
        const QString valid = first.ok() ? tokens.at(0) : tokens.at(1);
        QCOMPARE(sql(QStringLiteral("SELECT max(id) FROM elect.verification_tokens WHERE user_id = %1").arg(owner)),
                 sql(QStringLiteral("SELECT id FROM elect.verification_tokens WHERE token_hash = "
                                    "public.digest('%1', 'sha256')")
                         .arg(valid)));
    }

    // In Arabic: the subject and texts from the catalogue, the HTML right to left, every value escaped.
    void theArabicEmail()
    {
        const qint64 owner = registerOwner(QStringLiteral("salma@rowing.example"), QStringLiteral("Salma <b>&"),
                                           QStringLiteral("Rowing Three"));
        QVERIFY(attempt(*m_super, QStringLiteral("UPDATE elect.outbox SET payload = payload || '{\"language\": \"ar\"}'"
                                                 " WHERE kind = 'verify_email' AND payload->>'user_id' = '%1'")
                                      .arg(owner))
                    .ok());
        Integrations::SmtpMailer mailer(smtp());
        auto d = dispatcher(*m_service);
        d->addHandler(std::make_unique<EmailTokenHandler>(EmailTokenHandler::Purpose::VerifyEmail, *m_service, mailer,
                                                          m_templates));
        QCOMPARE(run(*d), 1);
        const QList<QJsonObject> mails = mailTo(QStringLiteral("salma@rowing.example"));
        QCOMPARE(mails.size(), 1);
        const QJsonObject mail = mails.first();
        QCOMPARE(mail.value(QStringLiteral("subject")).toString(),
                 QStringLiteral("تحقق من بريدك الإلكتروني لدى Elect"));
        QCOMPARE(mail.value(QStringLiteral("headers")).toObject().value(QStringLiteral("content-language")).toString(),
                 QStringLiteral("ar"));
        const QString text = mail.value(QStringLiteral("text")).toString();
        const QString html = mail.value(QStringLiteral("html")).toString();
        const QString token = tokenIn(text);
        QVERIFY(!token.isEmpty());
        QVERIFY2(text.startsWith(QStringLiteral("مرحبًا Salma <b>&،\n\nللتحقق من بريدك الإلكتروني، أدخل هذا الرمز في "
                                                "Elect:\n\n%1\n\n")
                                     .arg(token)),
                 qPrintable(text));
        QVERIFY2(html.contains(QStringLiteral("<html lang=\"ar\" dir=\"rtl\">")), qPrintable(html));
        QVERIFY2(html.contains(QStringLiteral("<p>مرحبًا Salma &lt;b&gt;&amp;،</p>")), qPrintable(html));
        QVERIFY(!html.contains(QStringLiteral("Salma <b>")));
        QVERIFY(html.contains(QStringLiteral("<b>%1</b>").arg(token)));
        // A text the catalogue lacks is sent in English rather than left out.
        QVERIFY(text.contains(QStringLiteral("The code is valid for 48 hours")));
        QVERIFY(AccountRepository(*m_registrar).verifyEmail(token).ok());
    }

    void thePasswordResetAndTheDecisionEmails()
    {
        const qint64 owner =
            registerOwner(QStringLiteral("hana@rowing.example"), QStringLiteral("Hana"), QStringLiteral("Rowing Four"));
        init();
        auto registrar = Test::rawConnect(m_cluster->as(QStringLiteral("elect_service"), kServicePassword));
        QVERIFY(registrar);
        QVERIFY(attempt(*registrar, QStringLiteral("SELECT elect.request_password_reset('HANA@rowing.example')")).ok());
        const QString rejected = sql(QStringLiteral("INSERT INTO elect.outbox (organization_id, kind, payload) VALUES "
                                                    "(%1, 'organization_rejected', jsonb_build_object('user_id', %1, "
                                                    "'reason', 'Not a <club> we know')) RETURNING id")
                                         .arg(owner));
        Integrations::SmtpMailer mailer(smtp());
        auto d = dispatcher(*m_service);
        d->addHandler(std::make_unique<EmailTokenHandler>(EmailTokenHandler::Purpose::ResetPassword, *m_service, mailer,
                                                          m_templates));
        d->addHandler(std::make_unique<OrganizationDecisionEmailHandler>(false, *m_service, mailer, m_templates));
        QCOMPARE(run(*d), 2);
        QCOMPARE(row(rejected.toLongLong()), QStringLiteral("sent|1|-"));

        const QList<QJsonObject> mails = mailTo(QStringLiteral("hana@rowing.example"));
        QCOMPARE(mails.size(), 2);
        QJsonObject reset, decision;
        for (const QJsonObject& m : mails)
            (m.value(QStringLiteral("subject")).toString().startsWith(QLatin1String("Reset")) ? reset : decision) = m;
        QCOMPARE(reset.value(QStringLiteral("subject")).toString(), QStringLiteral("Reset your Elect password"));
        const QString token = tokenIn(reset.value(QStringLiteral("text")).toString());
        QVERIFY(!token.isEmpty());
        QCOMPARE(sql(QStringLiteral("SELECT elect.take_token('%1', 'reset_password')").arg(token)),
                 QString::number(owner));

        QCOMPARE(decision.value(QStringLiteral("subject")).toString(),
                 QStringLiteral("Your organization was not accepted on Elect"));
        const QString text = decision.value(QStringLiteral("text")).toString();
        QVERIFY2(
            text.contains(QStringLiteral("Rowing Four was not accepted on Elect.\n\nThe reason given: Not a <club> "
                                         "we know\n")),
            qPrintable(text));
        QVERIFY(decision.value(QStringLiteral("html"))
                    .toString()
                    .contains(QStringLiteral("<p>The reason given: Not a &lt;club&gt; we know</p>")));
    }

    // The code in the SMS is the one whose HMAC is stored, valid five minutes; no other code matches.
    void theCodeInTheSmsIsTheStoredOne()
    {
        ScriptedHttpServer server;
        server.push(twilioAccepts());
        server.push(twilioAccepts());
        Integrations::TwilioSmsSender sender(twilioAt(server.url()), &m_network);
        auto d = dispatcher(*m_service);
        d->addHandler(std::make_unique<VoterCodeSmsHandler>(*m_service, sender, m_templates));
        const CodeRequest english = newCodeRequest();
        const CodeRequest arabic = newCodeRequest(QStringLiteral("ar"));
        QCOMPARE(run(*d), 2);
        QCOMPARE(row(english.outbox), QStringLiteral("sent|1|-"));
        QCOMPARE(row(arabic.outbox), QStringLiteral("sent|1|-"));
        QCOMPARE(server.received().size(), 2);
        QMap<QString, QString> bodies;
        for (const auto& r : server.received())
            bodies.insert(smsTo(r), smsBody(r));
        const auto match = kCodeSms.match(bodies.value(english.phone));
        QVERIFY2(match.hasMatch(), qPrintable(bodies.value(english.phone)));
        const QString code = match.captured(1);
        QCOMPARE(sql(QStringLiteral("SELECT elect.voter_code_matches(%1, '%2')").arg(english.otp).arg(code)),
                 QStringLiteral("t"));
        const QString other = QStringLiteral("%1").arg((code.toInt() + 1) % 1000000, 6, 10, QLatin1Char('0'));
        QCOMPARE(sql(QStringLiteral("SELECT elect.voter_code_matches(%1, '%2')").arg(english.otp).arg(other)),
                 QStringLiteral("f"));
        // The same digits do not match another request's row.
        QCOMPARE(sql(QStringLiteral("SELECT elect.voter_code_matches(%1, '%2')").arg(arabic.otp).arg(code)),
                 QStringLiteral("f"));
        QCOMPARE(sql(QStringLiteral("SELECT expires_at > now() + interval '4 minutes' AND expires_at <= now() + "
                                    "interval '5 minutes' FROM elect.voter_otps WHERE id = %1")
                         .arg(english.otp)),
                 QStringLiteral("t"));
        const QString arabicBody = bodies.value(arabic.phone);
        QVERIFY2(arabicBody.startsWith(QStringLiteral("رمز Elect الخاص بك هو ")), qPrintable(arabicBody));
        QCOMPARE(
            sql(QStringLiteral("SELECT elect.voter_code_matches(%1, '%2')").arg(arabic.otp).arg(arabicBody.right(6))),
            QStringLiteral("t"));
        // The HMAC is the organization's key over "otp id:code": the same digits give another value for
        // another request, and the kiosk's verify function (a later issue) compares the same way.
        auto service = Test::rawConnect(m_cluster->as(QStringLiteral("elect_service"), kServicePassword));
        QVERIFY(service);
        for (qint64 otp : {english.otp, arabic.otp})
            QCOMPARE(scalar(*service,
                            QStringLiteral("SELECT state FROM elect.service_store_voter_code(%1, '012345')").arg(otp)),
                     QStringLiteral("ready"));
        QCOMPARE(sql(QStringLiteral("SELECT count(DISTINCT t.code_hmac) || '|' || bool_and(t.code_hmac = public.hmac("
                                    "convert_to(t.id || ':012345', 'UTF8'), o.hmac_key, 'sha256')) FROM "
                                    "elect.voter_otps t JOIN elect_private.organization_keys o ON o.organization_id = "
                                    "t.organization_id "
                                    "WHERE t.id IN (%1, %2)")
                         .arg(english.otp)
                         .arg(arabic.otp)),
                 QStringLiteral("2|true"));
        QCOMPARE(sql(QStringLiteral("SELECT elect.voter_code_matches(%1, '012345')").arg(arabic.otp)),
                 QStringLiteral("t"));
        QCOMPARE(sql(QStringLiteral("SELECT elect.voter_code_matches(%1, '12345')").arg(arabic.otp)),
                 QStringLiteral("f"));
        QVERIFY(!attempt(*service,
                         QStringLiteral("SELECT * FROM elect.service_store_voter_code(%1, '12345x')").arg(arabic.otp))
                     .ok());
        // The service may not compare codes itself: that is the kiosk's verify function's work, which counts tries.
        QVERIFY(
            !attempt(*service, QStringLiteral("SELECT elect.voter_code_matches(%1, '%2')").arg(english.otp).arg(code))
                 .ok());
    }

    // Prism with Twilio's own description: the request the dispatcher's SMS makes is one Twilio accepts.
    void twilioAcceptsTheCodeSms()
    {
        ELECT_REQUIRE_SPECS(Test::specsDir());
        Test::PrismServer prism(QStringLiteral("twilio-sms-verify.json"));
        QVERIFY2(prism.started(), qPrintable(prism.why()));
        Integrations::TwilioSmsSender sender(twilioAt(prism.url()), &m_network);
        auto d = dispatcher(*m_service);
        d->addHandler(std::make_unique<VoterCodeSmsHandler>(*m_service, sender, m_templates));
        QSignalSpy handled(d.get(), &Dispatcher::handled);
        const CodeRequest request = newCodeRequest();
        QCOMPARE(run(*d), 1);
        QCOMPARE(row(request.outbox), QStringLiteral("sent|1|-"));
        QCOMPARE(handled.size(), 1);
        QCOMPARE(handled.first().at(0).toLongLong(), request.outbox);
        QCOMPARE(handled.first().at(1).toString(), QStringLiteral("voter_code_sms"));
        QCOMPARE(handled.first().at(2).toString(), QStringLiteral("sent"));
    }

    // A code voided before it went out is not sent; a voter without a phone is told to the organization.
    void voidedCodesAndMissingPhones()
    {
        ScriptedHttpServer server;
        Integrations::TwilioSmsSender sender(twilioAt(server.url()), &m_network);
        auto d = dispatcher(*m_service);
        d->addHandler(std::make_unique<VoterCodeSmsHandler>(*m_service, sender, m_templates));
        const CodeRequest voided = newCodeRequest();
        QVERIFY(attempt(*m_super,
                        QStringLiteral("UPDATE elect.voter_otps SET voided_at = now() WHERE id = %1").arg(voided.otp))
                    .ok());
        const CodeRequest noPhone = newCodeRequest({}, false);
        QCOMPARE(run(*d), 2);
        QCOMPARE(server.received().size(), 0);
        QCOMPARE(row(voided.outbox), QStringLiteral("sent|1|-"));
        QCOMPARE(sql(QStringLiteral("SELECT code_hmac IS NULL FROM elect.voter_otps WHERE id = %1").arg(voided.otp)),
                 QStringLiteral("t"));
        QCOMPARE(row(noPhone.outbox), QStringLiteral("failed|1|The voter has no phone number on record."));
        QCOMPARE(notificationFor(noPhone.outbox),
                 QStringLiteral("system|high|Message not sent|The text message with a voter's one-time code was not "
                                "sent after 1 attempt: The voter has no phone number on record."));
    }

    // Each provider answer, handled as such: given up at once (told to the organization), or due again after
    // the backoff (or the provider's longer Retry-After), counted from the dispatcher's clock.
    void eachProviderAnswer_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<QString>("network"); ///< "", "silent" or "refused"
        QTest::addColumn<QString>("expectedStatus");
        QTest::addColumn<int>("delay");
        QTest::addColumn<QString>("reasonHas");
        QTest::newRow("400 invalid number")
            << 400
            << QByteArray(R"({"code":21211,"message":"The 'To' number is not a valid phone number.","status":400})")
            << QByteArray() << QString() << QStringLiteral("failed") << -1 << QStringLiteral("21211");
        QTest::newRow("401 credentials") << 401 << QByteArray(R"({"code":20003,"message":"Authenticate"})")
                                         << QByteArray() << QString() << QStringLiteral("failed") << -1
                                         << QStringLiteral("auth token");
        QTest::newRow("429 with Retry-After")
            << 429 << QByteArray(R"({"code":20429,"message":"Too Many Requests"})") << QByteArray("60") << QString()
            << QStringLiteral("pending") << 60 << QStringLiteral("429");
        QTest::newRow("429 shorter than the backoff")
            << 429 << QByteArray(R"({"code":20429,"message":"Too Many Requests"})") << QByteArray("2") << QString()
            << QStringLiteral("pending") << 7 << QStringLiteral("429");
        QTest::newRow("500") << 500 << QByteArray("oops") << QByteArray() << QString() << QStringLiteral("pending") << 7
                             << QStringLiteral("500");
        QTest::newRow("timeout") << 0 << QByteArray() << QByteArray() << QStringLiteral("silent")
                                 << QStringLiteral("pending") << 7 << QStringLiteral("in time");
        QTest::newRow("connection refused") << 0 << QByteArray() << QByteArray() << QStringLiteral("refused")
                                            << QStringLiteral("pending") << 7 << QStringLiteral("refused");
    }
    void eachProviderAnswer()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, retryAfter);
        QFETCH(QString, network);
        QFETCH(QString, expectedStatus);
        QFETCH(int, delay);
        QFETCH(QString, reasonHas);
        ScriptedHttpServer server;
        ScriptedHttpServer::Answer answer{status, body, {}, network == QLatin1String("silent")};
        if (!retryAfter.isEmpty())
            answer.headers.append({"Retry-After", retryAfter});
        server.push(answer);
        const QUrl url = network == QLatin1String("refused")
                             ? QUrl(QStringLiteral("http://127.0.0.1:%1").arg(Test::freePort()))
                             : server.url();
        Integrations::TwilioSmsSender sender(twilioAt(url, 300), &m_network);
        auto d = dispatcher(*m_service);
        d->addHandler(std::make_unique<VoterCodeSmsHandler>(*m_service, sender, m_templates));
        const CodeRequest request = newCodeRequest();
        QCOMPARE(run(*d), 1);
        const QString after = row(request.outbox);
        QVERIFY2(after.startsWith(expectedStatus + QStringLiteral("|1|")), qPrintable(after));
        const QString reason = after.section(u'|', 2);
        QVERIFY2(reason.contains(reasonHas), qPrintable(reason));
        QVERIFY2(!reason.contains(request.phone.right(8)) && !reason.contains(QLatin1String("secret-token")),
                 qPrintable(reason));
        if (delay >= 0) {
            QVERIFY2(dueAfter(request.outbox, delay),
                     qPrintable(sql(QStringLiteral("SELECT extract(epoch FROM next_attempt_at) - %1 FROM elect.outbox "
                                                   "WHERE id = %2")
                                        .arg(m_clock.now().toSecsSinceEpoch())
                                        .arg(request.outbox))));
            QCOMPARE(notificationFor(request.outbox), QString());
        } else {
            QCOMPARE(notificationFor(request.outbox),
                     QStringLiteral("system|high|Message not sent|The text message with a voter's one-time code was "
                                    "not sent after 1 attempt: %1")
                         .arg(reason));
        }
        // The code of a message that did not go out is of no use: the retry stores a new one.
        QCOMPARE(server.received().size(), network == QLatin1String("refused") ? 0 : 1);
    }

    // After maxAttempts passing failures the message is given up, the organization told, and the audit log
    // says so. No sleeping: the message is made due again between runs.
    void givenUpAfterTheLimit()
    {
        ScriptedHttpServer server;
        for (int i = 0; i < 3; ++i)
            server.push({500, "oops", {}, false});
        Integrations::TwilioSmsSender sender(twilioAt(server.url()), &m_network);
        auto d = dispatcher(*m_service);
        d->addHandler(std::make_unique<VoterCodeSmsHandler>(*m_service, sender, m_templates));
        const CodeRequest request = newCodeRequest();
        QCOMPARE(run(*d), 1);
        QVERIFY(row(request.outbox).startsWith(QLatin1String("pending|1|")));
        QVERIFY(dueAfter(request.outbox, 7));
        makeDue(request.outbox);
        m_clock.advanceSecs(7);
        QCOMPARE(run(*d), 1);
        QVERIFY(row(request.outbox).startsWith(QLatin1String("pending|2|")));
        QVERIFY(dueAfter(request.outbox, 15)); // 20 s after two failures, less a random part of its half
        makeDue(request.outbox);
        QCOMPARE(run(*d), 1);
        const QString after = row(request.outbox);
        QVERIFY2(after.startsWith(QLatin1String("failed|3|Gave up after 3 attempt")), qPrintable(after));
        QVERIFY2(after.contains(QLatin1String("500")), qPrintable(after));
        QCOMPARE(server.received().size(), 3);
        QCOMPARE(notificationFor(request.outbox),
                 QStringLiteral("system|high|Message not sent|The text message with a voter's one-time code was not "
                                "sent after 3 attempts: %1")
                     .arg(after.section(u'|', 2)));
        QCOMPARE(sql(QStringLiteral("SELECT organization_id || '|' || (extra->>'attempts') FROM elect.notifications "
                                    "WHERE extra->>'outbox_id' = '%1'")
                         .arg(request.outbox)),
                 QStringLiteral("%1|3").arg(m_votingOrg));
        QCOMPARE(sql(QStringLiteral("SELECT actor || '|' || success || '|' || (details->>'kind') FROM elect.audit_log "
                                    "WHERE action = 'outbox_give_up' AND object_id = '%1'")
                         .arg(request.outbox)),
                 QStringLiteral("elect_service|true|voter_code_sms"));
        // A given-up message is never claimed again.
        makeDue(request.outbox);
        QCOMPARE(run(*d), 0);
    }

    // A kind no handler sends is given up at once; a checkout is told to the organization as a payment
    // failure. A message without an organization is given up without a notification.
    void unknownKinds()
    {
        const QString checkout = sql(QStringLiteral("INSERT INTO elect.outbox (organization_id, kind, payload) VALUES "
                                                    "(%1, 'checkout_session', '{}') RETURNING id")
                                         .arg(m_votingOrg));
        const QString orphan =
            sql(QStringLiteral("INSERT INTO elect.outbox (kind, payload) VALUES ('mystery', '{}') RETURNING id"));
        auto d = dispatcher(*m_service);
        QCOMPARE(run(*d), 2);
        const QString reason = QStringLiteral("No handler of this elect serve sends messages of kind "
                                              "\"checkout_session\". Update elect serve, then retry the message.");
        QCOMPARE(row(checkout.toLongLong()), QStringLiteral("failed|1|") + reason);
        QCOMPARE(notificationFor(checkout.toLongLong()),
                 QStringLiteral("payment_failed|high|Payment could not be started|The wallet top-up payment page was "
                                "not sent after 1 attempt: %1")
                     .arg(reason));
        QVERIFY(row(orphan.toLongLong()).startsWith(QLatin1String("failed|1|No handler")));
        QCOMPARE(notificationFor(orphan.toLongLong()), QString());
    }

    // A handler that never answers is cut by the dispatcher's own guard, well within the lease.
    void aHandlerThatNeverAnswersIsCut()
    {
        ScriptedHttpServer server;
        server.push({0, {}, {}, true});
        Integrations::TwilioSmsSender sender(twilioAt(server.url(), 600000), &m_network);
        auto d = dispatcher(*m_service);
        d->setHandlerTimeoutMs(300);
        d->addHandler(std::make_unique<VoterCodeSmsHandler>(*m_service, sender, m_templates));
        const CodeRequest request = newCodeRequest();
        QCOMPARE(run(*d), 1);
        QCOMPARE(row(request.outbox), QStringLiteral("pending|1|No answer within 0.3 seconds."));
        QVERIFY(dueAfter(request.outbox, 7));
    }

    // Two dispatchers on two connections, their batches in flight together: each message is sent once.
    void twoDispatchersNeverSendAMessageTwice()
    {
        ScriptedHttpServer server;
        for (int i = 0; i < 40; ++i)
            server.push(twilioAccepts());
        Integrations::TwilioSmsSender senderA(twilioAt(server.url()), &m_network);
        Integrations::TwilioSmsSender senderB(twilioAt(server.url()), &m_network);
        auto a = dispatcher(*m_service);
        auto b = dispatcher(*m_service2);
        a->addHandler(std::make_unique<VoterCodeSmsHandler>(*m_service, senderA, m_templates));
        b->addHandler(std::make_unique<VoterCodeSmsHandler>(*m_service2, senderB, m_templates));
        QSet<QString> phones;
        QList<qint64> outbox;
        for (int i = 0; i < 12; ++i) {
            const CodeRequest r = newCodeRequest();
            phones.insert(r.phone);
            outbox << r.outbox;
        }
        QList<QFuture<int>> runs{a->runOnce(4, 60), b->runOnce(4, 60), a->runOnce(4, 60), b->runOnce(4, 60)};
        int handled = 0;
        for (auto& f : runs)
            handled += await(f);
        QCOMPARE(handled, 12);
        QCOMPARE(run(*a), 0);
        QCOMPARE(run(*b), 0);
        QMap<QString, int> perPhone;
        for (const auto& r : server.received())
            ++perPhone[smsTo(r)];
        QCOMPARE(perPhone.size(), 12);
        for (auto it = perPhone.cbegin(); it != perPhone.cend(); ++it) {
            QVERIFY2(phones.contains(it.key()), qPrintable(it.key()));
            QCOMPARE(it.value(), 1);
        }
        for (qint64 id : outbox)
            QCOMPARE(row(id), QStringLiteral("sent|1|-"));
    }

    // The texts a person types: 32 bytes in base32 groups; the six digits of a code, uniform.
    void tokenAndCodeTexts()
    {
        QCOMPARE(EmailTokenHandler::tokenText(QByteArray("foobar")), QStringLiteral("MZXW-6YTB-OI"));
        QCOMPARE(EmailTokenHandler::tokenText(QByteArray(32, '\0')).size(), 52 + 12);
        QCOMPARE(EmailTokenHandler::normalizeToken(QStringLiteral(" mzxw 6ytb-0i ")), QStringLiteral("MZXW-6YTB-OI"));
        QCOMPARE(EmailTokenHandler::normalizeToken(QStringLiteral("not/a/token")), QStringLiteral("not/a/token"));
        QSet<QChar> firstDigits;
        for (int i = 0; i < 200; ++i) {
            const QString code = VoterCodeSmsHandler::randomCode();
            QVERIFY2(QRegularExpression(QStringLiteral("^[0-9]{6}$")).match(code).hasMatch(), qPrintable(code));
            firstDigits.insert(code.at(0));
        }
        QVERIFY(firstDigits.size() >= 8); // leading zeros are kept, every first digit occurs
    }
};

QTEST_GUILESS_MAIN(TestDispatcher)
#include "TestDispatcher.moc"
