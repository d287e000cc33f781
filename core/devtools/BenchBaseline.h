#pragma once

#include <QStringList>

#include "core/devtools/DemoSeeder.h"
#include "core/Result.h"

#include <memory>

namespace Elect {

class Database;
class ScratchCluster;

/// What `elect bench import` compares elect's import with: the server itself loading the same final
/// rows with a plain COPY. Developer tooling: it writes tables and files only inside a ScratchCluster.
class BenchBaseline
{
public:
    struct Times
    {
        double copySecs = 0;     ///< plain COPY into a table shaped like elect.voters, with its foreign key
        double copyNoFkSecs = 0; ///< the same without the foreign key (what checking it costs any loader)
        double copyCpuSecs = -1; ///< the server process's CPU time during the first COPY; -1 when unknown
        double copyNoFkCpuSecs = -1;
    };

    /// The CPU time (user and system) the server process serving \a db has used so far, in seconds; -1
    /// where it cannot be read (not Linux, or the server runs on another host). On a busy machine it says
    /// more than the wall clock about what a statement cost.
    static double backendCpuSecs(Database& db);

    /// As \a superuser of \a cluster: writes the voters of \a electionId (after the first \a skipRows by
    /// id) to a file in the cluster, then times a server-side COPY of that file into two new tables of
    /// elect.voters' shape (columns, indexes, checks; one with, one without the foreign key to the
    /// elections). The file is removed afterwards. Fails with the database's error.
    static Result<Times> copyVoters(ScratchCluster& cluster, Database& superuser, qint64 electionId, int skipRows);

    /// As \a superuser: \a count voters of the draft election \a electionId with distinct phones, each
    /// with a code request and its `voter_code_sms` outbox message (what `elect bench outbox` sends).
    /// Other pending messages are marked sent first, so that only these are due. Returns their count.
    static Result<qint64> voterCodeRequests(Database& superuser, qint64 electionId, int count);
    /// Makes the messages of voterCodeRequests() due again, as if never sent (for a second run).
    static Status resendVoterCodeRequests(Database& superuser);

    /// The demo seeded into \a cluster as \a superuser, with its owner connected and the demo's first draft
    /// election (a block vote of three of six): where the benchmarks start.
    struct DemoDraft
    {
        DemoSeeder::Account owner;
        std::unique_ptr<Database> ownerDb;
        qint64 electionId = 0;
        int votesPerVoter = 1;
    };
    static Result<DemoDraft> seedDemoDraft(ScratchCluster& cluster, Database& superuser);

    /// As \a superuser: adds \a count voters to the draft election \a electionId (national id benchVoterId(i)
    /// and a distinct phone for i in [0, count)), opens it for voting now (as the demo opens its running
    /// election) and lifts the kiosks' lookup limit (elect.voting_limits), which a benchmark's kiosks exceed
    /// at once. Only for a throwaway cluster.
    static Status openForKiosks(Database& superuser, qint64 electionId, int count);
    /// The national id of voter \a i of openForKiosks().
    static QString benchVoterId(int i);

    /// The transactions committed in the superuser's database so far (pg_stat_database), fresh.
    static Result<qint64> committedTransactions(Database& superuser);
    /// What the database holds after a cast benchmark, to compare with what the kiosks were told.
    struct CastTotals
    {
        qint64 ballots = 0;
        qint64 votingRecords = 0;
        qint64 auditRows = 0;
        bool chainIntact = false; ///< audit_log_first_broken() found nothing
    };
    static Result<CastTotals> castTotals(Database& superuser, qint64 electionId);

    /// PostgreSQL's own benchmark on \a cluster's server: `pgbench -i` into a database of its own, then
    /// `pgbench -N` (no updates of the small tables) with \a clients clients for \a seconds. Returns its
    /// transactions per second (without connection time); \a report gets pgbench's summary lines.
    static Result<double> pgbenchTps(ScratchCluster& cluster, int clients, int seconds, QStringList* report);
};

} // namespace Elect
