#include "core/devtools/BenchBaseline.h"

#include "core/db/DbSupport.h"
#include "core/devtools/ScratchCluster.h"

#include <QElapsedTimer>
#include <QFile>

namespace Elect {

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
        QElapsedTimer timer;
        timer.start();
        w.exec("COPY public.bench_voters (" + columns + ") FROM " + w.quote(file));
        t.copySecs = timer.elapsed() / 1000.0;
        timer.restart();
        w.exec("COPY public.bench_voters_no_fk (" + columns + ") FROM " + w.quote(file));
        t.copyNoFkSecs = timer.elapsed() / 1000.0;
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

} // namespace Elect
