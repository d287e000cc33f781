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
};

} // namespace Elect
