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
        // COPY takes no parameters; the numbers are ours and the path is the scratch cluster's own.
        w.exec("COPY (SELECT * FROM elect.voters WHERE election_id = " + std::to_string(electionId) +
               " ORDER BY id OFFSET " + std::to_string(skipRows) + ") TO " + w.quote(file));
        w.exec("CHECKPOINT");
        QElapsedTimer timer;
        timer.start();
        w.exec("COPY public.bench_voters FROM " + w.quote(file));
        t.copySecs = timer.elapsed() / 1000.0;
        timer.restart();
        w.exec("COPY public.bench_voters_no_fk FROM " + w.quote(file));
        t.copyNoFkSecs = timer.elapsed() / 1000.0;
        return t;
    });
    QFile::remove(rowsFile);
    return times;
}

} // namespace Elect
