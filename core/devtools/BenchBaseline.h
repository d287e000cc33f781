#pragma once

#include "core/Result.h"

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
    };

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
};

} // namespace Elect
