#pragma once

// What TestDispatcher (emails and tokens) and TestDispatcherSms (codes by SMS, provider answers, retries) share:
// the outbox dispatcher with its real handlers against a real PostgreSQL, maildev for SMTP and a scripted HTTP
// server for Twilio.

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

inline Integrations::TwilioSettings twilioAt(const QUrl& url, int timeoutMs = 5000)
{
    Integrations::TwilioSettings s;
    s.baseUrl = url;
    s.accountSid = QStringLiteral("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    s.authToken = QStringLiteral("secret-token");
    s.from = QStringLiteral("+15005550006");
    s.timeoutMs = timeoutMs;
    return s;
}

inline ScriptedHttpServer::Answer twilioAccepts()
{
    return {201, R"({"sid":"SM0123456789abcdef0123456789abcdef","status":"queued"})", {}, false};
}

} // namespace

class DispatcherFixture
{
protected:
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

    /// What each test file's initTestCase does (a failure here fails it).
    void setUp()
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

    /// What each test file's init does before every test.
    void setUpEach()
    {
        QVERIFY(
            attempt(*m_super, QStringLiteral("UPDATE elect.outbox SET status = 'sent' WHERE status = 'pending'")).ok());
    }
};
