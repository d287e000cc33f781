#include "core/devtools/BenchBaseline.h"

#include "core/db/DbSupport.h"
#include "core/devtools/ScratchCluster.h"

#include "core/db/ElectionRepository.h"
#include "core/db/EmbeddedServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

namespace Elect {

namespace {

double processCpuSecs(long long pid)
{
#ifdef Q_OS_LINUX
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return -1;
    // The command name, in parentheses, may hold spaces: the fields are counted after its ')'.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields.at(11).toLongLong() + fields.at(12).toLongLong()) / ticks; // utime, stime
#else
    Q_UNUSED(pid);
    return -1;
#endif
}

long long backendPid(pqxx::work& w)
{
    return w.exec("SELECT pg_backend_pid()")[0][0].as<long long>();
}
} // namespace

double BenchBaseline::backendCpuSecs(Database& db)
{
    const auto pid = Db::transact<long long>(db, [](pqxx::work& w) { return backendPid(w); });
    return pid ? processCpuSecs(*pid) : -1;
}

Result<BenchBaseline::Times> BenchBaseline::copyVoters(ScratchCluster& cluster, Database& superuser, qint64 electionId,
                                                       int skipRows)
{
    const QString rowsFile = cluster.server().dataDir() + QStringLiteral("/bench_rows.copy");
    const std::string file = rowsFile.toStdString();
    auto times = Db::transact<Times>(superuser, [&](pqxx::work& w) {
        Times t;
        w.exec("CREATE TABLE public.bench_voters (LIKE elect.voters INCLUDING ALL, FOREIGN KEY (election_id, "
               "organization_id) REFERENCES elect.elections (id, organization_id))");
        w.exec("CREATE TABLE public.bench_voters_no_fk (LIKE elect.voters INCLUDING ALL)");
        // The stored columns only: a generated one (phone_masked) is computed by the COPY, as by the import.
        const std::string columns =
            w.exec("SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) FROM pg_attribute"
                   " WHERE attrelid = 'elect.voters'::regclass AND attnum > 0 AND NOT attisdropped"
                   " AND attgenerated = ''")[0][0]
                .as<std::string>();
        // COPY takes no parameters; the numbers are ours and the path is the scratch cluster's own.
        w.exec("COPY (SELECT " + columns + " FROM elect.voters WHERE election_id = " + std::to_string(electionId) +
               " ORDER BY id OFFSET " + std::to_string(skipRows) + ") TO " + w.quote(file));
        w.exec("CHECKPOINT");
        const long long pid = backendPid(w);
        QElapsedTimer timer;
        timer.start();
        double cpu = processCpuSecs(pid);
        w.exec("COPY public.bench_voters (" + columns + ") FROM " + w.quote(file));
        t.copySecs = timer.elapsed() / 1000.0;
        if (const double after = processCpuSecs(pid); cpu >= 0 && after >= 0)
            t.copyCpuSecs = after - cpu;
        timer.restart();
        cpu = processCpuSecs(pid);
        w.exec("COPY public.bench_voters_no_fk (" + columns + ") FROM " + w.quote(file));
        t.copyNoFkSecs = timer.elapsed() / 1000.0;
        if (const double after = processCpuSecs(pid); cpu >= 0 && after >= 0)
            t.copyNoFkCpuSecs = after - cpu;
        return t;
    });
    QFile::remove(rowsFile);
    return times;
}

} // namespace Elect

namespace Elect {

Result<qint64> BenchBaseline::voterCodeRequests(Database& superuser, qint64 electionId, int count)
{
    return Db::transact<qint64>(superuser, [&](pqxx::work& w) {
        // As the schema's owner: the draft-only guards and row security are the apps' rules, not the bench's.
        w.exec("SET LOCAL ROLE elect_owner");
        w.exec("UPDATE elect.outbox SET status = 'sent' WHERE status = 'pending'");
        const pqxx::result r = w.exec_params(
            "WITH e AS (SELECT id, organization_id FROM elect.elections WHERE id = $1 AND status = 'draft'),"
            " v AS (INSERT INTO elect.voters (election_id, organization_id, national_id_hmac, phone)"
            "       SELECT e.id, e.organization_id, public.gen_random_bytes(32),"
            "              '+2012' || lpad(g::text, 8, '0') FROM e, generate_series(1, $2::int) g"
            "       RETURNING id, organization_id),"
            " o AS (INSERT INTO elect.voter_otps (voter_id, organization_id) SELECT id, organization_id FROM v"
            "       RETURNING id, organization_id)"
            " INSERT INTO elect.outbox (organization_id, kind, payload)"
            " SELECT organization_id, 'voter_code_sms', jsonb_build_object('otp_id', id) FROM o ORDER BY id",
            electionId, count);
        return qint64(r.affected_rows());
    });
}

Status BenchBaseline::resendVoterCodeRequests(Database& superuser)
{
    return Db::transactVoid(superuser, [&](pqxx::work& w) {
        w.exec("SET LOCAL ROLE elect_owner");
        w.exec("UPDATE elect.outbox SET status = 'pending', attempts = 0, next_attempt_at = now(), last_error = NULL"
               " WHERE kind = 'voter_code_sms'");
    });
}

Result<BenchBaseline::DemoDraft> BenchBaseline::seedDemoDraft(ScratchCluster& cluster, Database& superuser)
{
    DemoSeeder seeder(superuser,
                      [&](const QString& r, const QString& p) { return Database::connect(cluster.as(r, p)); });
    const auto demo = seeder.run();
    if (!demo)
        return demo.error();
    DemoDraft d;
    d.owner = demo->accounts.at(1);
    d.ownerDb = cluster.connect(d.owner.loginRole, d.owner.password);
    if (!d.ownerDb)
        return Error{ErrorCode::Unavailable,
                     QCoreApplication::translate("Elect::BenchBaseline", "The demo's owner could not connect.")};
    const auto elections = ElectionRepository(*d.ownerDb).list();
    if (!elections)
        return elections.error();
    for (const Election& e : *elections) {
        if (e.status == ElectionStatus::Draft && (d.electionId == 0 || e.id < d.electionId)) {
            d.electionId = e.id;
            d.votesPerVoter = std::max(1, e.votesPerVoter);
        }
    }
    if (d.electionId == 0)
        return Error{ErrorCode::Internal,
                     QCoreApplication::translate("Elect::BenchBaseline", "The demo has no draft election.")};
    return d;
}

QString BenchBaseline::benchVoterId(int i)
{
    // Born 2 January 1999: valid national ids the demo's own voters (born the day before) never use.
    return QStringLiteral("2990102%1").arg(i, 7, 10, QLatin1Char('0'));
}

Status BenchBaseline::openForKiosks(Database& superuser, qint64 electionId, int count)
{
    return Db::transactVoid(superuser, [&](pqxx::work& w) {
        // As the schema's owner: the draft-only guards and row security are the apps' rules, not the bench's.
        w.exec("SET LOCAL ROLE elect_owner");
        w.exec_params("INSERT INTO elect.voters (election_id, organization_id, national_id_hmac, phone)"
                      " SELECT e.id, e.organization_id,"
                      "        elect.national_id_hmac(elect_private.organization_key(e.organization_id),"
                      "                               '2990102' || lpad(g::text, 7, '0')),"
                      "        '+2011' || lpad(g::text, 8, '0')"
                      "   FROM elect.elections e, generate_series(0, $2::int - 1) g"
                      "  WHERE e.id = $1 AND e.status = 'draft'",
                      electionId, count);
        w.exec_params("UPDATE elect.elections SET status = 'scheduled', starts_at = now() - interval '1 hour',"
                      " ends_at = now() + interval '1 day' WHERE id = $1",
                      electionId);
        w.exec("UPDATE elect.voting_limits SET lookups_per_kiosk_minute = 1000000");
    });
}

Result<qint64> BenchBaseline::committedTransactions(Database& superuser)
{
    return Db::transact<qint64>(superuser, [](pqxx::work& w) {
        w.exec("SELECT pg_stat_clear_snapshot()");
        return qint64(w.exec("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()")[0][0]
                          .as<long long>());
    });
}

Result<BenchBaseline::CastTotals> BenchBaseline::castTotals(Database& superuser, qint64 electionId)
{
    return Db::transact<CastTotals>(superuser, [&](pqxx::work& w) {
        const auto r = w.exec_params("SELECT (SELECT count(*) FROM elect.ballots WHERE election_id = $1),"
                                     " (SELECT count(*) FROM elect.voting_records WHERE election_id = $1),"
                                     " (SELECT count(*) FROM elect.audit_log),"
                                     " elect.audit_log_first_broken() IS NULL",
                                     electionId);
        CastTotals t;
        t.ballots = r[0][0].as<long long>();
        t.votingRecords = r[0][1].as<long long>();
        t.auditRows = r[0][2].as<long long>();
        t.chainIntact = r[0][3].as<bool>();
        return t;
    });
}

Result<double> BenchBaseline::pgbenchTps(ScratchCluster& cluster, int clients, int seconds, QStringList* report)
{
    const auto bin = EmbeddedServer::findBinDir();
    if (!bin)
        return bin.error();
    const ConnectionSettings super = cluster.superuser();
    // CREATE DATABASE cannot run in a transaction block: a connection of its own, in autocommit.
    try {
        pqxx::connection c(super.toConnectionString().toStdString());
        pqxx::nontransaction n(c);
        n.exec("DROP DATABASE IF EXISTS pgbench");
        n.exec("CREATE DATABASE pgbench");
    } catch (const std::exception& e) {
        return Error{ErrorCode::Unavailable, QString::fromUtf8(e.what())};
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGHOST"), super.host);
    if (super.port > 0)
        env.insert(QStringLiteral("PGPORT"), QString::number(super.port));
    env.insert(QStringLiteral("PGUSER"), super.user);
    env.insert(QStringLiteral("PGPASSWORD"), super.password);
    env.insert(QStringLiteral("PGDATABASE"), QStringLiteral("pgbench"));
    const auto run = [&](const QStringList& args, QString* output) -> Status {
        QProcess p;
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(*bin + QStringLiteral("/pgbench"), args);
        if (!p.waitForStarted(10000) || !p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit ||
            p.exitCode() != 0)
            return Error{ErrorCode::Unavailable,
                         QStringLiteral("pgbench %1 failed: %2")
                             .arg(args.join(u' '), QString::fromLocal8Bit(p.readAll()).trimmed().right(400))};
        *output = QString::fromLocal8Bit(p.readAll());
        return success();
    };
    QString output;
    // Scale at least the client count, so that -N's clients do not all write the same branch rows.
    if (Status s =
            run({QStringLiteral("-i"), QStringLiteral("-q"), QStringLiteral("-s"), QString::number(clients)}, &output);
        !s)
        return s.error();
    if (Status s = run({QStringLiteral("-N"), QStringLiteral("-c"), QString::number(clients), QStringLiteral("-j"),
                        QStringLiteral("2"), QStringLiteral("-T"), QString::number(seconds)},
                       &output);
        !s)
        return s.error();
    double tps = -1;
    static const QRegularExpression tpsLine(QStringLiteral("^tps = ([0-9.]+) \\(without initial connection time\\)"));
    for (const QString& line : output.split(u'\n')) {
        const QString t = line.trimmed();
        if (const auto m = tpsLine.match(t); m.hasMatch())
            tps = m.captured(1).toDouble();
        if (report && (t.startsWith(QLatin1String("latency average")) || t.startsWith(QLatin1String("tps =")) ||
                       t.startsWith(QLatin1String("number of transactions actually"))))
            *report << t;
    }
    if (tps <= 0)
        return Error{ErrorCode::Internal, QStringLiteral("pgbench printed no tps line: %1").arg(output.right(400))};
    return tps;
}

} // namespace Elect
