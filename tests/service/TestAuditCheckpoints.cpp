#include "Sql.h"
#include "TestCluster.h"

#include "apps/cli/Cli.h"
#include "core/crypto/Ed25519.h"
#include "core/db/AuditRepository.h"
#include "core/domain/Clock.h"
#include "core/service/AuditCheckpoint.h"
#include "core/service/AuditCheckpointer.h"
#include "core/service/AuditVerifier.h"
#include "core/service/Service.h"
#include "core/service/ServiceConfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Elect;
using namespace Elect::Test;
using Kind = Service::AuditFinding::Kind;

namespace {

// Passwords for the CLI's questions, in order.
class QueuedPasswords : public Cli::PasswordSource
{
public:
    explicit QueuedPasswords(QStringList passwords) : m_passwords(std::move(passwords)) {}
    Result<QString> read(const QString&, bool) override
    {
        if (m_passwords.isEmpty())
            return Result<QString>::failure(ErrorCode::InvalidInput, QStringLiteral("no password queued"));
        return m_passwords.takeFirst();
    }

private:
    QStringList m_passwords;
};

const char* kindName(Kind k)
{
    switch (k) {
    case Kind::UnreadableLine:
        return "unreadable";
    case Kind::BadSignature:
        return "bad-signature";
    case Kind::BrokenRow:
        return "broken-row";
    case Kind::RowsDeletedAtEnd:
        return "deleted-at-end";
    case Kind::RowsMissing:
        return "missing";
    case Kind::RowsAdded:
        return "added";
    case Kind::Rewritten:
        return "rewritten";
    }
    return "?";
}

// Each finding as "kind line row", so that a test compares what was found where, not only how many.
QStringList summary(const Service::AuditVerification& v)
{
    QStringList out;
    for (const auto& f : v.findings)
        out << QStringLiteral("%1 %2 %3").arg(QLatin1String(kindName(f.kind))).arg(f.line).arg(f.row);
    return out;
}

int mode(const QString& path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

// The service log's lines of the audit category, while a test listens.
QStringList g_auditLog;
void captureAuditLog(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    if (context.category && QByteArray(context.category) == "elect.service.audit")
        g_auditLog << message;
}

constexpr const char* kServicePassword = "service-password-for-tests";

// The audit log's owner recomputing every hash in id order, as audit() computes them, so that the stored
// chain is consistent again (audit_log_first_broken() then sees nothing).
const char* kRecomputeEveryHash = R"(
DO $$
DECLARE
    r elect.audit_log;
    v_prev bytea;
    v_hash bytea;
BEGIN
    FOR r IN SELECT * FROM elect.audit_log ORDER BY id LOOP
        v_hash := public.digest(coalesce(v_prev, ''::bytea) || convert_to(concat_ws(E'\x1f', r.actor,
                      coalesce(r.actor_user_id::text, ''), coalesce(r.organization_id::text, ''), r.action,
                      r.object_type, coalesce(r.object_id, ''), r.success::text, r.details::text,
                      extract(epoch FROM r.created_at)::text), 'UTF8'), 'sha256');
        UPDATE elect.audit_log SET prev_hash = v_prev, row_hash = v_hash WHERE id = r.id;
        v_prev := v_hash;
    END LOOP;
END
$$)";

} // namespace

// Issue 9, item 5: the audit log's owner (a superuser's SET ROLE elect_owner) tampers with the log after
// elect serve signed checkpoints of it; `elect audit verify` finds each tampering and says where.
class TestAuditCheckpoints : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestCluster> m_cluster;
    std::unique_ptr<pqxx::connection> m_super;
    std::unique_ptr<Database> m_service;
    std::unique_ptr<Database> m_sysadmin;
    DemoSeeder::Account m_sysadminAccount;
    QTemporaryDir m_dir;
    QString m_privateKey, m_publicKey, m_checkpoints;
    QByteArray m_publicPem;
    QList<AuditHead> m_signed; // the heads of the two checkpoints, in file order
    TestClock m_clock{QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC)};

    // As the table's owner, with the append-only triggers out of the way, as the issue's attacker did.
    void tamper(const QString& sql)
    {
        const Outcome o = attempt(*m_super, QStringLiteral("SET ROLE elect_owner;"
                                                           " ALTER TABLE elect.audit_log DISABLE TRIGGER USER; %1;"
                                                           " ALTER TABLE elect.audit_log ENABLE TRIGGER USER;"
                                                           " RESET ROLE")
                                                .arg(sql));
        QVERIFY2(o.ok(), qPrintable(o.sqlstate + QLatin1Char(' ') + o.message));
    }

    // What the check of before this work says (as the system admin): NULL is "intact".
    QString firstBroken()
    {
        auto c = rawConnect(m_cluster->as(m_sysadminAccount.loginRole, m_sysadminAccount.password));
        return c ? scalar(*c, QStringLiteral("SELECT coalesce(elect.audit_log_first_broken()::text, 'intact')"))
                 : QStringLiteral("no connection");
    }

    QList<QByteArray> checkpointLines(const QString& path = {})
    {
        QFile f(path.isEmpty() ? m_checkpoints : path);
        return f.open(QIODevice::ReadOnly) ? f.readAll().split('\n') : QList<QByteArray>{};
    }

    Service::AuditVerification verify(const QList<QByteArray>& lines)
    {
        const auto v = Service::verifyAuditChain(*m_sysadmin, lines, m_publicPem);
        if (!v)
            qWarning() << v.message();
        return v ? *v : Service::AuditVerification{-1, -1, -1, {}};
    }

    struct Run
    {
        int exit = -1;
        QString out, err;
    };
    Run elect(const QStringList& args, const QStringList& passwords = {})
    {
        Run r;
        QTextStream out(&r.out), err(&r.err);
        Cli::Cli cli(out, err);
        cli.setPasswordSource(std::make_unique<QueuedPasswords>(passwords));
        r.exit = cli.run(QStringList{QStringLiteral("--data-dir"), m_cluster->server().root()} + args);
        out.flush();
        err.flush();
        return r;
    }

    // The id of the row just before row \a id (ids may have gaps where a transaction rolled back).
    qint64 rowBefore(qint64 id)
    {
        return scalar(*m_super, QStringLiteral("SELECT max(id) FROM elect.audit_log WHERE id < %1").arg(id))
            .toLongLong();
    }

    // An audited change made the ordinary way, through audit().
    void auditedChange(const char* action)
    {
        QVERIFY(attempt(*m_super, QStringLiteral("SET ROLE elect_owner; SELECT elect.audit('%1', 'test', NULL, NULL,"
                                                 " true); RESET ROLE")
                                      .arg(QLatin1String(action)))
                    .ok());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cluster = std::make_unique<TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
        const auto outcome = seedDemo(*m_cluster);
        QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
        m_sysadminAccount = demoAccount(outcome->accounts, QStringLiteral("System admin"));
        m_super = rawConnect(m_cluster->superuser());
        QVERIFY(m_super);
        m_service = m_cluster->connect(QStringLiteral("elect_service"), QLatin1String(kServicePassword));
        m_sysadmin = m_cluster->connect(m_sysadminAccount.loginRole, m_sysadminAccount.password);
        QVERIFY(m_service && m_sysadmin);

        // The pair comes from `elect audit keygen`; the private key is for the service only.
        m_privateKey = m_dir.filePath(QStringLiteral("checkpoint.key"));
        m_publicKey = m_dir.filePath(QStringLiteral("checkpoint.pub"));
        m_checkpoints = m_dir.filePath(QStringLiteral("checkpoints.jsonl"));
        const Run keygen = elect({QStringLiteral("audit"), QStringLiteral("keygen"), QStringLiteral("--private"),
                                  m_privateKey, QStringLiteral("--public"), m_publicKey});
        QVERIFY2(keygen.exit == 0, qPrintable(keygen.err));
        QCOMPARE(mode(m_privateKey), 0600);
        QCOMPARE(elect({QStringLiteral("audit"), QStringLiteral("keygen"), QStringLiteral("--private"),
                        m_dir.filePath(QStringLiteral("other.key")), QStringLiteral("--public"), m_publicKey})
                     .exit,
                 1); // never overwrites
        QFile pub(m_publicKey);
        QVERIFY(pub.open(QIODevice::ReadOnly));
        m_publicPem = pub.readAll();
        QVERIFY(Crypto::isEd25519PublicKey(m_publicPem));

        // Two checkpoints with audited changes between them, then one more change after the last.
        auto checkpointer = Service::AuditCheckpointer::create(*m_service, m_privateKey, m_checkpoints, 10);
        QVERIFY2(checkpointer.ok(), qPrintable(checkpointer.message()));
        const auto first = (*checkpointer)->checkpoint(m_clock);
        QVERIFY2(first.ok() && *first, qPrintable(first.message()));
        for (const char* action : {"test_one", "test_two", "test_three", "test_four"})
            auditedChange(action);
        m_clock.advanceSecs(600);
        const auto second = (*checkpointer)->checkpoint(m_clock);
        QVERIFY2(second.ok() && *second, qPrintable(second.message()));
        // Nothing changed since: nothing written, here nor by a service started again on the same file.
        m_clock.advanceSecs(600);
        QCOMPARE(*(*checkpointer)->checkpoint(m_clock), false);
        auto restarted = Service::AuditCheckpointer::create(*m_service, m_privateKey, m_checkpoints, 10);
        QVERIFY(restarted.ok());
        QCOMPARE(*(*restarted)->checkpoint(m_clock), false);
        auditedChange("test_after_last_checkpoint");

        for (const QByteArray& line : checkpointLines()) {
            if (const auto c = Service::AuditCheckpoint::fromLine(line))
                m_signed << c->head;
        }
        QCOMPARE(m_signed.size(), 2);
        QVERIFY(m_signed.at(0).rowCount >= 5 && m_signed.at(1).rowCount == m_signed.at(0).rowCount + 4);
        // A copy of the untampered log, to put back before each attack.
        QVERIFY(attempt(*m_super, QStringLiteral("CREATE TABLE public.audit_copy AS SELECT * FROM elect.audit_log;"
                                                 " GRANT SELECT ON public.audit_copy TO elect_owner"))
                    .ok());
    }

    void init()
    {
        tamper(QStringLiteral("DELETE FROM elect.audit_log; INSERT INTO elect.audit_log OVERRIDING SYSTEM VALUE"
                              " SELECT * FROM public.audit_copy"));
    }

    // The file holds one signed line per checkpoint, private to the service's user; each line says what the
    // database said at that moment.
    void checkpointsAreSignedHeadsInAPrivateFile()
    {
        QCOMPARE(mode(m_checkpoints), 0600);
        const auto lines = checkpointLines();
        QCOMPARE(lines.size(), 3); // two lines and the final line break
        QVERIFY(lines.last().isEmpty());
        const auto second = Service::AuditCheckpoint::fromLine(lines.at(1));
        QVERIFY(second && second->verify(m_publicPem));
        QCOMPARE(second->time, QStringLiteral("2026-11-30T12:10:00.000Z"));
        QCOMPARE(
            scalar(*m_super, QStringLiteral("SELECT count(*) || ' ' || max(id) FROM elect.audit_log WHERE id <= %1")
                                 .arg(second->head.lastId)),
            QStringLiteral("%1 %2").arg(second->head.rowCount).arg(second->head.lastId));
        QCOMPARE(scalar(*m_super, QStringLiteral("SELECT encode(row_hash, 'hex') FROM elect.audit_log WHERE id = %1")
                                      .arg(second->head.lastId)),
                 QString::fromLatin1(second->head.headHash.toHex()));
        // The head is read through the service's own function; nobody else but a system admin may call it.
        const auto head = AuditRepository(*m_service).head();
        QVERIFY(head.ok() && head->rowCount == m_signed.at(1).rowCount + 1);
        QCOMPARE(attempt(*m_super, QStringLiteral("SELECT * FROM elect.audit_head()")).message,
                 QStringLiteral("audit_reader_only"));
    }

    void keyFileOthersMayReadIsRefused()
    {
        const QString loose = m_dir.filePath(QStringLiteral("loose.key"));
        QVERIFY(QFile::copy(m_privateKey, loose));
        QVERIFY(
            QFile::setPermissions(loose, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
        const auto refused = Service::AuditCheckpointer::create(*m_service, loose, m_checkpoints, 10);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.code(), ErrorCode::NotAllowed);
        // A public key is not a private one.
        const auto notPrivate = Service::AuditCheckpointFile::readPrivateKey(m_publicKey);
        QVERIFY(!notPrivate.ok());
    }

    // Rows written after the last checkpoint are not an attack: the chain verifies clean.
    void untamperedLogWithNewerRowsVerifiesClean()
    {
        const auto v = verify(checkpointLines());
        QCOMPARE(summary(v), QStringList());
        QCOMPARE(v.checkpoints, 2);
        QCOMPARE(v.rows, m_signed.at(1).rowCount + 1);
    }

    // (a) The owner disables the append-only trigger and deletes the last rows.
    void deletingTheLastRowsIsFound()
    {
        const qint64 keep = m_signed.at(1).lastId - 2;
        tamper(QStringLiteral("DELETE FROM elect.audit_log WHERE id > %1").arg(keep));
        QCOMPARE(firstBroken(), QStringLiteral("intact")); // what the old check said
        const auto v = verify(checkpointLines());
        QCOMPARE(summary(v), QStringList{QStringLiteral("deleted-at-end 2 %1").arg(m_signed.at(1).lastId)});
        QVERIFY2(v.findings.at(0).message.contains(QStringLiteral("now ends at row %1").arg(keep)),
                 qPrintable(v.findings.at(0).message));
    }

    // (b) The owner changes a row's content and recomputes every hash after it.
    void rewritingARowAndEveryHashIsFound()
    {
        const qint64 victim = rowBefore(m_signed.at(0).lastId);
        tamper(QStringLiteral("UPDATE elect.audit_log SET success = NOT success WHERE id = %1; %2")
                   .arg(victim)
                   .arg(QLatin1String(kRecomputeEveryHash)));
        QCOMPARE(firstBroken(), QStringLiteral("intact"));
        const auto v = verify(checkpointLines());
        QCOMPARE(summary(v), (QStringList{QStringLiteral("rewritten 1 %1").arg(m_signed.at(0).lastId),
                                          QStringLiteral("rewritten 2 %1").arg(m_signed.at(1).lastId)}));
    }

    // The same, in the rows written between the two checkpoints: the first checkpoint still holds.
    void rewritingBetweenCheckpointsIsPlacedAfterTheFirst()
    {
        tamper(QStringLiteral("UPDATE elect.audit_log SET details = '{\"forged\": true}' WHERE id = %1; %2")
                   .arg(m_signed.at(1).lastId)
                   .arg(QLatin1String(kRecomputeEveryHash)));
        QCOMPARE(summary(verify(checkpointLines())),
                 QStringList{QStringLiteral("rewritten 2 %1").arg(m_signed.at(1).lastId)});
    }

    // A row removed from the middle, every hash recomputed: fewer rows than signed, and another chain.
    void deletingARowInTheMiddleIsFound()
    {
        const qint64 victim = m_signed.at(1).lastId - 2;
        tamper(QStringLiteral("DELETE FROM elect.audit_log WHERE id = %1; %2")
                   .arg(victim)
                   .arg(QLatin1String(kRecomputeEveryHash)));
        QCOMPARE(firstBroken(), QStringLiteral("intact"));
        QCOMPARE(summary(verify(checkpointLines())),
                 (QStringList{QStringLiteral("missing 2 %1").arg(m_signed.at(1).lastId),
                              QStringLiteral("rewritten 2 %1").arg(m_signed.at(1).lastId)}));
    }

    // (c) The owner truncates the log; then puts back a plausible, shorter, consistent chain.
    void truncatingAndAShorterChainAreFound()
    {
        tamper(QStringLiteral("TRUNCATE elect.audit_log"));
        QCOMPARE(firstBroken(), QStringLiteral("intact"));
        QCOMPARE(summary(verify(checkpointLines())),
                 (QStringList{QStringLiteral("deleted-at-end 1 %1").arg(m_signed.at(0).lastId),
                              QStringLiteral("deleted-at-end 2 %1").arg(m_signed.at(1).lastId)}));

        tamper(QStringLiteral("INSERT INTO elect.audit_log OVERRIDING SYSTEM VALUE SELECT * FROM public.audit_copy"
                              " WHERE id < %1")
                   .arg(m_signed.at(0).lastId));
        QCOMPARE(firstBroken(), QStringLiteral("intact"));
        QCOMPARE(summary(verify(checkpointLines())),
                 (QStringList{QStringLiteral("deleted-at-end 1 %1").arg(m_signed.at(0).lastId),
                              QStringLiteral("deleted-at-end 2 %1").arg(m_signed.at(1).lastId)}));

        // A longer forged chain with other ids: the signed rows are gone and the chain is another.
        tamper(
            QStringLiteral("DELETE FROM elect.audit_log; INSERT INTO elect.audit_log OVERRIDING SYSTEM VALUE"
                           " SELECT id + 1000, actor, actor_user_id, organization_id, action, object_type, object_id,"
                           " success, details, NULL, ''::bytea, created_at FROM public.audit_copy; %1")
                .arg(QLatin1String(kRecomputeEveryHash)));
        QCOMPARE(firstBroken(), QStringLiteral("intact"));
        const auto v = verify(checkpointLines());
        for (int line : {1, 2}) {
            const qint64 row = m_signed.at(line - 1).lastId;
            QVERIFY2(summary(v).contains(QStringLiteral("missing %1 %2").arg(line).arg(row)),
                     qPrintable(summary(v).join(u',')));
            QVERIFY2(summary(v).contains(QStringLiteral("rewritten %1 %2").arg(line).arg(row)),
                     qPrintable(summary(v).join(u',')));
        }
    }

    // Content changed without touching the hashes: the recomputation finds the row itself, as the old check did.
    void changingContentAloneIsFoundAtTheRow()
    {
        const qint64 victim = rowBefore(m_signed.at(0).lastId);
        tamper(QStringLiteral("UPDATE elect.audit_log SET action = 'nothing_happened' WHERE id = %1").arg(victim));
        QCOMPARE(firstBroken(), QString::number(victim));
        QCOMPARE(summary(verify(checkpointLines())),
                 (QStringList{QStringLiteral("broken-row 0 %1").arg(victim),
                              QStringLiteral("rewritten 1 %1").arg(m_signed.at(0).lastId),
                              QStringLiteral("rewritten 2 %1").arg(m_signed.at(1).lastId)}));
    }

    // Lines that are not what the service signed are reported, never skipped: an altered count, a line signed
    // with another key, one with no signature, and one that is not a checkpoint at all.
    void forgedCheckpointLinesAreReported()
    {
        const auto lines = checkpointLines();
        auto altered = *Service::AuditCheckpoint::fromLine(lines.at(0));
        altered.head.rowCount += 1;
        auto foreign = *Service::AuditCheckpoint::fromLine(lines.at(1));
        const auto otherKey = Crypto::generateEd25519();
        QVERIFY(otherKey.ok());
        foreign.signature = *Crypto::signEd25519(otherKey->privatePem, foreign.signedMessage());
        auto unsignedLine = *Service::AuditCheckpoint::fromLine(lines.at(1));
        unsignedLine.signature.clear();
        const QList<QByteArray> forged{altered.toLine(), foreign.toLine(), unsignedLine.toLine(),
                                       QByteArrayLiteral("{\"v\":1,\"count\":\"many\"}"), lines.at(1)};
        const auto v = verify(forged);
        QCOMPARE(summary(v), (QStringList{QStringLiteral("bad-signature 1 %1").arg(m_signed.at(0).lastId),
                                          QStringLiteral("bad-signature 2 %1").arg(m_signed.at(1).lastId),
                                          QStringLiteral("bad-signature 3 %1").arg(m_signed.at(1).lastId),
                                          QStringLiteral("unreadable 4 0")}));
        QCOMPARE(v.checkpoints, 1); // the genuine fifth line, which the chain matches
        QVERIFY(v.findings.at(2).message.contains(QStringLiteral("not signed")));
    }

    // The command end to end, as the service login and as the system admin.
    void theCommandSaysWhichCheckpointAndWhichRow()
    {
        const QStringList asService{QStringLiteral("--as"), QStringLiteral("elect_service")};
        const QStringList args{QStringLiteral("audit"), QStringLiteral("verify"),       QStringLiteral("--checkpoints"),
                               m_checkpoints,           QStringLiteral("--public-key"), m_publicKey};
        Run r = elect(asService + args, {QLatin1String(kServicePassword)});
        QVERIFY2(r.exit == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("match all 2 signed checkpoints")), qPrintable(r.out));

        const qint64 keep = m_signed.at(1).lastId - 2;
        tamper(QStringLiteral("DELETE FROM elect.audit_log WHERE id > %1").arg(keep));
        r = elect(QStringList{QStringLiteral("--as"), m_sysadminAccount.email} + args, {m_sysadminAccount.password});
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.out.contains(QStringLiteral("FOUND: Checkpoint line 2 signed %1 rows up to row %2; the log now ends "
                                               "at row %3")
                                    .arg(m_signed.at(1).rowCount)
                                    .arg(m_signed.at(1).lastId)
                                    .arg(keep)),
                 qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("tampered with")), qPrintable(r.err));

        // Without checkpoints it checks what audit_log_first_broken() checks, and says what it cannot see.
        r = elect(asService + QStringList{QStringLiteral("audit"), QStringLiteral("verify")},
                  {QLatin1String(kServicePassword)});
        QVERIFY2(r.exit == 0 && r.out.contains(QStringLiteral("Without --checkpoints")), qPrintable(r.out + r.err));
        // Checkpoints without the key to check them are wrong usage.
        QCOMPARE(elect(asService + args.mid(0, 4), {QLatin1String(kServicePassword)}).exit, 2);
    }

    // elect serve: [audit] in its configuration starts the checkpointer, and its stop writes the last head.
    void serveWritesACheckpointWhenItStops()
    {
        const QString file = m_dir.filePath(QStringLiteral("serve-checkpoints.jsonl"));
        const QString transport = m_dir.filePath(QStringLiteral("messages.txt"));
        const auto config = Service::ServiceConfig::parse(
            QStringLiteral("[transport]\nfile = %1\n[audit]\ncheckpoint_key = %2\ncheckpoint_file = %3\n"
                           "checkpoint_minutes = 5\n")
                .arg(transport, m_privateKey, file),
            {});
        QVERIFY2(config.ok(), qPrintable(config.message()));
        QCOMPARE(config->auditCheckpointMinutes, 5);
        QVERIFY(!Service::ServiceConfig::parse(QStringLiteral("[audit]\ncheckpoint_key = %1\n").arg(m_privateKey), {})
                     .ok());
        auto service = Service::Service::create(
            *config, m_cluster->connect(QStringLiteral("elect_service"), QLatin1String(kServicePassword)), nullptr,
            m_clock);
        QVERIFY2(service.ok(), qPrintable(service.message()));
        QVERIFY((*service)->describe().join(u'\n').contains(QStringLiteral("audit checkpoints: every 5 min,")));
        // A file left readable by others is made private again before anything is appended.
        QVERIFY(Service::AuditCheckpointFile::writeNew(file, QByteArray(), 0644).ok());
        QCOMPARE(mode(file), 0644);
        g_auditLog.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureAuditLog);
        const Status stopped = (*service)->afterStop();
        qInstallMessageHandler(previous);
        QVERIFY(stopped.ok());
        QCOMPARE(mode(file), 0600);
        const auto lines = checkpointLines(file);
        QCOMPARE(lines.size(), 2);
        // The same line goes to the service's log, the copy meant to leave the host.
        QCOMPARE(g_auditLog, QStringList{QStringLiteral("audit checkpoint ") + QString::fromLatin1(lines.at(0))});
        const auto c = Service::AuditCheckpoint::fromLine(lines.at(0));
        QVERIFY(c && c->verify(m_publicPem));
        QCOMPARE(c->head.rowCount, m_signed.at(1).rowCount + 1);
    }

    void cleanupTestCase()
    {
        m_service.reset();
        m_sysadmin.reset();
        m_super.reset();
    }
};

QTEST_GUILESS_MAIN(TestAuditCheckpoints)
#include "TestAuditCheckpoints.moc"
