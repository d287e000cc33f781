#include "DispatcherFixture.h"

// The outbox dispatcher's emails, against a real PostgreSQL and maildev for SMTP: tokens that exist only in
// the message and as hashes, in English and Arabic (SMS codes, provider answers and retries: TestDispatcherSms).
class TestDispatcher : public QObject, protected DispatcherFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUp(); }
    void init() { setUpEach(); }

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
};

QTEST_GUILESS_MAIN(TestDispatcher)
#include "TestDispatcher.moc"
