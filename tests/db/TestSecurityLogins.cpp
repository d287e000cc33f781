#include "SecurityFixture.h"

// Grants, tried as an attacker would with raw SQL: a kiosk's login, the system admin and accounts that
// may not log in; account functions for the service only; ballots, password reset tokens and the audit chain.
class TestSecurityLogins : public QObject, protected SecurityFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUp(); }

    void kioskReadsNoTableAndOnlyItsOwnRunningElections()
    {
        auto k = raw(m_kioskA.loginRole, m_kioskA.password);
        QVERIFY(k);
        for (const auto& [table, column] : tables())
            QCOMPARE(attempt(*k, QStringLiteral("SELECT 1 FROM elect.%1 LIMIT 1").arg(table)).sqlstate,
                     QStringLiteral("42501"));
        for (const QString& call : {QStringLiteral("SELECT elect.create_kiosk('x', 'y', 'z')"),
                                    QStringLiteral("SELECT elect.accept_organization(1)"),
                                    QStringLiteral("SELECT elect.register_organization('a', 'b', 'c', 'd', 'e', 'f')")})
            QCOMPARE(attempt(*k, call).sqlstate, QStringLiteral("42501"));
        auto kiosk = Database::connect(m_cluster->as(m_kioskA.loginRole, m_kioskA.password));
        QVERIFY(kiosk.ok());
        const auto running = ElectionRepository(**kiosk).runningForKiosk();
        QVERIFY2(running.ok(), qPrintable(running.message()));
        // The demo's two running elections of its own organization (choose one; ranked), soonest end first.
        QStringList titles;
        for (const Election& e : *running)
            titles << e.title;
        QCOMPARE(titles, QStringList({QStringLiteral("Club captain 2026"), QStringLiteral("Head coach 2026")}));
        const auto who = AccountRepository(**kiosk).whoAmI();
        QVERIFY(who.ok());
        QVERIFY(who->kind == Identity::Kind::Kiosk);
        QCOMPARE(who->organizationId.value_or(0), m_orgA);
    }

    // Registration, verification and reset answer the service login only (elect serve's API in front); the
    // registrar, whose password was public, logs in no more (TestRegistrationApi tries it).
    void accountFunctionsAnswerOnlyTheService()
    {
        auto owner = raw(m_ownerA.loginRole, m_ownerA.password);
        QVERIFY(owner);
        for (const QString& call :
             {QStringLiteral("SELECT elect.request_password_reset('nobody@nowhere.example')"),
              QStringLiteral("SELECT elect.request_email_verification('nobody@nowhere.example')"),
              QStringLiteral("SELECT elect.verify_email('not-a-token')"),
              QStringLiteral("SELECT elect.complete_password_reset('not-a-token', 'x')"),
              QStringLiteral("SELECT elect.service_rate_take('x', 1, interval '1 hour')"),
              QStringLiteral("SELECT elect.register_organization('p@q.example', 'P', 'Q', 'x', 'Plain Org', 'EG')")})
            QCOMPARE(attempt(*owner, call).sqlstate, QStringLiteral("42501"));
        auto r = raw(QStringLiteral("elect_service"), QStringLiteral("service-password-for-tests"));
        QVERIFY(r);
        QVERIFY(attempt(*r, QStringLiteral("SELECT elect.request_password_reset('nobody@nowhere.example')")).ok());
        QCOMPARE(attempt(*r, QStringLiteral("SELECT elect.verify_email('not-a-token')")).sqlstate,
                 QStringLiteral("EL002"));
        // A plaintext password is refused before it could be stored.
        QCOMPARE(attempt(*r, QStringLiteral("SELECT elect.register_organization('p@q.example', 'P', 'Q', "
                                            "'plaintext-password', 'Plain Org', 'EG')"))
                     .sqlstate,
                 QStringLiteral("EL003"));
    }

    void accountsWithoutLoginCannotConnect()
    {
        auto registrar = Database::connect(
            m_cluster->as(QStringLiteral("elect_service"), QStringLiteral("service-password-for-tests")));
        QVERIFY(registrar.ok());
        const QString email = QStringLiteral("new-owner@pending.example");
        const auto id =
            AccountRepository(**registrar)
                .registerOrganization({email, QStringLiteral("New"), QStringLiteral("Owner"), m_pendingPassword},
                                      QStringLiteral("Pending Club"), QStringLiteral("GB"));
        QVERIFY2(id.ok(), qPrintable(id.message()));
        // Right password, but not verified and not accepted: no LOGIN.
        auto attemptLogin = Database::connect(m_cluster->as(loginRoleForEmail(email), m_pendingPassword));
        QCOMPARE(attemptLogin.code(), ErrorCode::AccountNotActive);
        auto wrong = Database::connect(m_cluster->as(loginRoleForEmail(email), QStringLiteral("wrong-password")));
        QCOMPARE(wrong.code(), ErrorCode::AuthFailed);

        // Verified by token (issued as elect serve will), still waiting for acceptance: still no LOGIN.
        QVERIFY(attempt(*m_super, QStringLiteral("SELECT elect.issue_verification_token(%1, 'verify_email', "
                                                 "public.digest('the-token', 'sha256'))")
                                      .arg(*id))
                    .ok());
        QVERIFY(AccountRepository(**registrar).verifyEmail(QStringLiteral("the-token")).ok());
        QCOMPARE(AccountRepository(**registrar).verifyEmail(QStringLiteral("the-token")).code(), ErrorCode::NotFound);
        QCOMPARE(Database::connect(m_cluster->as(loginRoleForEmail(email), m_pendingPassword)).code(),
                 ErrorCode::AccountNotActive);

        // Rejected: never LOGIN. A decided organization cannot be decided again.
        auto sys = Database::connect(m_cluster->as(m_sysadmin.loginRole, m_sysadmin.password));
        QVERIFY(sys.ok());
        QVERIFY(AccountRepository(**sys).rejectOrganization(*id, QStringLiteral("Not a real club")).ok());
        QCOMPARE(Database::connect(m_cluster->as(loginRoleForEmail(email), m_pendingPassword)).code(),
                 ErrorCode::AccountNotActive);
        QCOMPARE(AccountRepository(**sys).acceptOrganization(*id).code(), ErrorCode::WrongState);
    }

    // The system admin's policy (sysadmin_all) allows every row, so its grants are the only barrier: it
    // oversees, and changes things only through functions. Kiosks have no table at all.
    void outsidersWriteNoTable_data() { addOutsiderRows(m_sysadmin, m_kioskA); }
    void outsidersWriteNoTable()
    {
        QFETCH(QString, role);
        QFETCH(QString, password);
        auto c = raw(role, password);
        QVERIFY(c);
        int checked = 0;
        for (const auto& [table, column] : tables()) {
            const QString plain = plainColumn(table);
            QVERIFY2(!plain.isEmpty() && !plain.startsWith(QLatin1String("ERROR")), qPrintable(table));
            for (const QString& sql :
                 {QStringLiteral("INSERT INTO elect.%1 DEFAULT VALUES").arg(table),
                  QStringLiteral("UPDATE elect.%1 SET %2 = %2").arg(table, plain),
                  QStringLiteral("DELETE FROM elect.%1").arg(table), QStringLiteral("TRUNCATE elect.%1").arg(table)}) {
                const Outcome o = attempt(*c, sql);
                QVERIFY2(o.sqlstate == QLatin1String("42501"),
                         qPrintable(QStringLiteral("%1 -> %2 (%3 rows)").arg(sql, o.sqlstate).arg(o.affected)));
            }
            // The catalog agrees: no write privilege on the table or on any of its columns, granted to the
            // login or to a group it belongs to.
            QCOMPARE(scalar(*m_super, QStringLiteral("SELECT has_table_privilege('%1', 'elect.%2', 'INSERT, UPDATE, "
                                                     "DELETE, TRUNCATE') OR has_any_column_privilege('%1', 'elect.%2', "
                                                     "'INSERT, UPDATE')")
                                          .arg(role, table)),
                     QStringLiteral("f"));
            ++checked;
        }
        QVERIFY(checked >= 19);
    }

    // Ballot secrecy: a ballot and its voting record are written in one transaction, so whoever reads the
    // table could join them by system columns. Ballots are read only through a function.
    void noLoginHasAPrivilegeOnBallots()
    {
        const QString holders = scalar(
            *m_super, QStringLiteral("SELECT coalesce(string_agg(rolname, ', ' ORDER BY rolname), 'none') FROM pg_roles"
                                     " WHERE NOT rolsuper AND rolname <> 'elect_owner' AND rolname NOT LIKE 'pg\\_%'"
                                     " AND has_table_privilege(oid, 'elect.ballots', 'SELECT, INSERT, UPDATE, DELETE,"
                                     " TRUNCATE, REFERENCES, TRIGGER')"));
        QCOMPARE(holders, QStringLiteral("none"));
        for (const auto& who : {m_sysadmin, m_ownerA, m_adminA, m_kioskA}) {
            auto c = raw(who.loginRole, who.password);
            QVERIFY(c);
            QCOMPARE(attempt(*c, QStringLiteral("SELECT count(*) FROM elect.ballots")).sqlstate,
                     QStringLiteral("42501"));
        }
    }

    // Password reset: elect serve issues a token (stored hashed) and mails it; its registration API completes
    // the reset with it. Single use, expiring, only for its purpose, only with a SCRAM verifier.
    void passwordResetTakesAFreshTokenOfItsPurposeOnce()
    {
        const DemoSeeder::Account ownerB = account(QStringLiteral("Owner of Alexandria"));
        const QString userId =
            scalar(*m_super, QStringLiteral("SELECT id FROM elect.users WHERE email = '%1'").arg(ownerB.email));
        QVERIFY(userId.toLongLong() > 0);
        auto registrar = raw(QStringLiteral("elect_service"), QStringLiteral("service-password-for-tests"));
        QVERIFY(registrar);
        const auto issue = [&](const QString& token, const QString& purpose) {
            return attempt(*m_super, QStringLiteral("SELECT elect.issue_verification_token(%1, '%2', "
                                                    "public.digest('%3', 'sha256'))")
                                         .arg(userId, purpose, token))
                .ok();
        };
        const QString newPassword = QStringLiteral("a-new-password-for-b");
        const QString verifier = scramVerifier(newPassword);
        const auto reset = [&](const QString& token, const QString& secret) {
            return attempt(*registrar,
                           QStringLiteral("SELECT elect.complete_password_reset('%1', '%2')").arg(token, secret));
        };
        const auto signsInWith = [&](const QString& password) {
            return Database::connect(m_cluster->as(ownerB.loginRole, password)).code();
        };
        QCOMPARE(signsInWith(ownerB.password), ErrorCode::None);

        // A token of the other purpose does not reset a password, and a reset token does not verify an email.
        QVERIFY(issue(QStringLiteral("verify-token-b"), QStringLiteral("verify_email")));
        QCOMPARE(reset(QStringLiteral("verify-token-b"), verifier).message, QStringLiteral("token_invalid"));
        QVERIFY(issue(QStringLiteral("reset-token-b1"), QStringLiteral("reset_password")));
        QCOMPARE(attempt(*registrar, QStringLiteral("SELECT elect.verify_email('reset-token-b1')")).message,
                 QStringLiteral("token_invalid"));

        // An expired token is refused.
        QVERIFY(attempt(*m_super, QStringLiteral("UPDATE elect.verification_tokens SET expires_at = now() - interval "
                                                 "'1 second' WHERE token_hash = public.digest('reset-token-b1', "
                                                 "'sha256')"))
                    .ok());
        QCOMPARE(reset(QStringLiteral("reset-token-b1"), verifier).message, QStringLiteral("token_invalid"));
        QCOMPARE(signsInWith(ownerB.password), ErrorCode::None);

        // A new token voids the earlier unused one.
        QVERIFY(issue(QStringLiteral("reset-token-b2"), QStringLiteral("reset_password")));
        QVERIFY(issue(QStringLiteral("reset-token-b3"), QStringLiteral("reset_password")));
        QCOMPARE(reset(QStringLiteral("reset-token-b2"), verifier).message, QStringLiteral("token_invalid"));

        // A plaintext password is refused, and the refusal does not use the token up.
        const Outcome plain = reset(QStringLiteral("reset-token-b3"), newPassword);
        QCOMPARE(plain.sqlstate, QStringLiteral("EL003"));
        QCOMPARE(plain.message, QStringLiteral("password_not_a_verifier"));

        // The fresh token works once: the new password signs in, the old one no longer does.
        const Outcome done = reset(QStringLiteral("reset-token-b3"), verifier);
        QVERIFY2(done.ok(), qPrintable(done.sqlstate + u' ' + done.message));
        QCOMPARE(signsInWith(newPassword), ErrorCode::None);
        QCOMPARE(signsInWith(ownerB.password), ErrorCode::AuthFailed);
        QCOMPARE(reset(QStringLiteral("reset-token-b3"), scramVerifier(QStringLiteral("yet-another-password"))).message,
                 QStringLiteral("token_invalid"));
        QCOMPARE(signsInWith(newPassword), ErrorCode::None);
        // Only the service completes resets (its registration API in front of it).
        auto owner = raw(m_ownerA.loginRole, m_ownerA.password);
        QVERIFY(owner);
        QCOMPARE(attempt(*owner, QStringLiteral("SELECT elect.complete_password_reset('x', 'y')")).sqlstate,
                 QStringLiteral("42501"));
    }

    void auditLogIsAChainThatShowsTampering()
    {
        auto s = raw(m_sysadmin.loginRole, m_sysadmin.password);
        QVERIFY(s);
        QVERIFY(scalar(*s, QStringLiteral("SELECT count(*) FROM elect.audit_log WHERE action = 'accept_organization'"))
                    .toInt() >= 2);
        QCOMPARE(scalar(*s, QStringLiteral("SELECT coalesce(elect.audit_log_first_broken()::text, 'intact')")),
                 QStringLiteral("intact"));
        QCOMPARE(attempt(*s, QStringLiteral("DELETE FROM elect.audit_log")).sqlstate, QStringLiteral("42501"));
        QCOMPARE(attempt(*s, QStringLiteral("UPDATE elect.audit_log SET success = false")).sqlstate,
                 QStringLiteral("42501"));
        // Even the owner of the table is stopped by the append-only trigger.
        QCOMPARE(attempt(*m_super, QStringLiteral("DELETE FROM elect.audit_log")).sqlstate, QStringLiteral("EL004"));
        // Someone with the keys to the server edits a row behind the trigger's back: the chain shows it.
        const QString victim = scalar(*m_super, QStringLiteral("SELECT min(id) + 1 FROM elect.audit_log"));
        QVERIFY(attempt(*m_super, QStringLiteral("ALTER TABLE elect.audit_log DISABLE TRIGGER append_only")).ok());
        QVERIFY(attempt(*m_super,
                        QStringLiteral("UPDATE elect.audit_log SET success = NOT success WHERE id = %1").arg(victim))
                    .ok());
        QVERIFY(attempt(*m_super, QStringLiteral("ALTER TABLE elect.audit_log ENABLE TRIGGER append_only")).ok());
        QCOMPARE(scalar(*s, QStringLiteral("SELECT elect.audit_log_first_broken()")), victim);
    }
};

QTEST_GUILESS_MAIN(TestSecurityLogins)
#include "TestSecurityLogins.moc"
