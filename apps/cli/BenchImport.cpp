#include "apps/cli/BenchImport.h"
#include "apps/cli/ProcessStats.h"

#include "core/csv/Importer.h"
#include "core/db/ElectionRepository.h"
#include "core/devtools/BenchBaseline.h"
#include "core/devtools/DemoSeeder.h"
#include "core/devtools/ScratchCluster.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <random>

namespace Elect::Cli {

namespace {

// Rows as organizations export them: ids with and without separators, phones written the ways
// people write them, a few quoted fields.
bool writeVoterFile(const QString& path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    std::mt19937_64 random(20261126);
    QByteArray chunk;
    chunk.reserve(1 << 20);
    chunk += "National ID,Phone\r\n";
    for (qint64 i = 0; i < rows; ++i) {
        const QByteArray id = QByteArray::number(30000000000000LL + i * 7 + qint64(random() % 7));
        const QByteArray mobile = QByteArray::number(10000000 + qint64(random() % 89999999));
        switch (i % 4) {
        case 0:
            chunk += id + ",+2010" + mobile + "\r\n";
            break;
        case 1:
            chunk += id.left(1) + " " + id.mid(1, 6) + " " + id.mid(7) + ",010" + mobile + "\r\n";
            break;
        case 2:
            chunk += "\"" + id + "\",\"011 " + mobile.left(4) + " " + mobile.mid(4) + "\"\r\n";
            break;
        default:
            chunk += id + ",00201" + QByteArray::number(2 + int(random() % 3)) + mobile + "\r\n";
        }
        if (chunk.size() > (1 << 20) - 200) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return file.error() == QFileDevice::NoError;
}
} // namespace

int runBenchImport(const QStringList& args, QTextStream& out, QTextStream& err)
{
    qint64 rows = 1000000;
    if (args.size() == 2 && args.at(0) == QLatin1String("--rows")) {
        bool ok = false;
        rows = args.at(1).toLongLong(&ok);
        if (!ok || rows < 1) {
            err << "elect: " << QCoreApplication::translate("Elect::Cli", "--rows takes a positive number") << Qt::endl;
            return 2;
        }
    } else if (!args.isEmpty()) {
        err << "elect: " << QCoreApplication::translate("Elect::Cli", "usage: elect bench import [--rows N]")
            << Qt::endl;
        return 2;
    }

    out << QCoreApplication::translate("Elect::Cli", "Setting up a throwaway embedded server...") << Qt::endl;
    // A server sized like a small production one, the same for both cases.
    ScratchCluster cluster(QStringLiteral("shared_buffers = 256MB\nmaintenance_work_mem = 256MB\n"));
    if (!cluster.ok()) {
        err << "elect: " << cluster.error() << Qt::endl;
        return 1;
    }
    auto super = cluster.connectSuperuser();
    if (!super) {
        err << "elect: " << QCoreApplication::translate("Elect::Cli", "the throwaway server refused its superuser")
            << Qt::endl;
        return 1;
    }
    DemoSeeder seeder(*super, [&](const QString& r, const QString& p) { return Database::connect(cluster.as(r, p)); });
    const auto demo = seeder.run();
    if (!demo) {
        err << "elect: " << demo.message() << Qt::endl;
        return 1;
    }
    const DemoSeeder::Account owner = demo->accounts.at(1);
    auto ownerDb = cluster.connect(owner.loginRole, owner.password);
    if (!ownerDb) {
        err << "elect: " << QCoreApplication::translate("Elect::Cli", "the demo's owner could not sign in") << Qt::endl;
        return 1;
    }
    const auto elections = ElectionRepository(*ownerDb).list();
    if (!elections) {
        err << "elect: " << elections.message() << Qt::endl;
        return 1;
    }
    // The demo's draft election (the first one made).
    qint64 election = 0;
    for (const Election& e : *elections)
        if (e.status == ElectionStatus::Draft && (election == 0 || e.id < election))
            election = e.id;
    if (election == 0) {
        err << "elect: " << QCoreApplication::translate("Elect::Cli", "the demo has no draft election") << Qt::endl;
        return 1;
    }

    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("voters.csv"));
    QElapsedTimer timer;
    timer.start();
    if (!writeVoterFile(csvPath, rows)) {
        err << "elect: "
            << QCoreApplication::translate("Elect::Cli", "cannot write the test file in %1").arg(dir.path())
            << Qt::endl;
        return 1;
    }
    const double generateSecs = timer.elapsed() / 1000.0;
    const double fileMiB = QFileInfo(csvPath).size() / 1048576.0;
    out << QCoreApplication::translate("Elect::Cli", "Generated %1 voters (%2 MiB) in %3 s.")
               .arg(rows)
               .arg(fileMiB, 0, 'f', 1)
               .arg(generateSecs, 0, 'f', 2)
        << Qt::endl;

    // (a) elect's import, end to end: read, validate, normalize, HMAC, COPY to staging, set checks, insert.
    QFile csv(csvPath);
    if (!csv.open(QIODevice::ReadOnly)) {
        err << "elect: " << QCoreApplication::translate("Elect::Cli", "cannot read the test file %1").arg(csvPath)
            << Qt::endl;
        return 1;
    }
    Csv::ImportOptions options;
    options.electionId = election;
    const double serverCpuBefore = BenchBaseline::backendCpuSecs(*ownerDb);
    timer.restart();
    const auto imported = Csv::Importer(*ownerDb).run(csv, options);
    const double importSecs = timer.elapsed() / 1000.0;
    const double serverCpuAfter = BenchBaseline::backendCpuSecs(*ownerDb);
    const double importCpuSecs = serverCpuBefore >= 0 && serverCpuAfter >= 0 ? serverCpuAfter - serverCpuBefore : -1;
    if (!imported) {
        err << "elect: " << imported.message() << Qt::endl;
        return 1;
    }
    if (!imported->report.ok() || imported->inserted != rows) {
        err << "elect: "
            << QCoreApplication::translate("Elect::Cli", "the benchmark's own file did not import cleanly:") << Qt::endl
            << imported->report.toText() << Qt::endl;
        return 1;
    }
    const double peak = peakMemoryMiB();

    // (b) the baseline: the same final rows, COPY'd by the server from a file into a table of the same
    // shape as elect.voters (columns, indexes, checks and its foreign key to the elections). (c) The same
    // without the foreign key, to show what checking it costs any loader.
    const auto baseline = BenchBaseline::copyVoters(cluster, *super, election, 60);
    if (!baseline) {
        err << "elect: " << baseline.message() << Qt::endl;
        return 1;
    }
    const double copySecs = baseline->copySecs;
    const double copyNoFkSecs = baseline->copyNoFkSecs;

    out << Qt::endl
        << QCoreApplication::translate(
               "Elect::Cli", "Server: embedded PostgreSQL, shared_buffers 256MB, no fsync; the same for every case.")
        << Qt::endl
        << QStringLiteral("%1  %2  %3\n")
               .arg(QCoreApplication::translate("Elect::Cli", "case"), -44)
               .arg(QCoreApplication::translate("Elect::Cli", "seconds"), 9)
               .arg(QCoreApplication::translate("Elect::Cli", "rows/s"), 12)
        << QStringLiteral("%1  %2  %3\n")
               .arg(QCoreApplication::translate("Elect::Cli", "(a) elect import voters, end to end"), -44)
               .arg(importSecs, 9, 'f', 2)
               .arg(rows / importSecs, 12, 'f', 0)
        << QStringLiteral("%1  %2  %3\n")
               .arg(QCoreApplication::translate("Elect::Cli", "(b) baseline: plain COPY, same table shape"), -44)
               .arg(copySecs, 9, 'f', 2)
               .arg(rows / copySecs, 12, 'f', 0)
        << QStringLiteral("%1  %2  %3\n")
               .arg(QCoreApplication::translate("Elect::Cli", "(c) plain COPY without the foreign key"), -44)
               .arg(copyNoFkSecs, 9, 'f', 2)
               .arg(rows / copyNoFkSecs, 12, 'f', 0)
        << Qt::endl
        << QCoreApplication::translate("Elect::Cli", "ratio (a)/(b): %1 (target: at most 1.3)")
               .arg(importSecs / copySecs, 0, 'f', 2)
        << Qt::endl
        << QCoreApplication::translate("Elect::Cli", "peak memory of this process: %1 MiB (target: under 150 MiB)")
               .arg(peak, 0, 'f', 1)
        << Qt::endl;
    const Csv::ImportOutcome::Timings& t = imported->timings;
    out << Qt::endl
        << QCoreApplication::translate("Elect::Cli", "Where (a)'s %1 s went:").arg(t.totalSecs, 0, 'f', 2) << Qt::endl
        << QCoreApplication::translate("Elect::Cli",
                                       "  reading and checking the file: %1 s, of which %2 s waiting for the server")
               .arg(t.totalSecs - t.finishSecs, 0, 'f', 2)
               .arg(t.waitSecs, 0, 'f', 2)
        << Qt::endl
        << QCoreApplication::translate("Elect::Cli",
                                       "  meanwhile, chunks streamed with COPY: %1 s; hashed and inserted: %2 s")
               .arg(t.copySecs, 0, 'f', 2)
               .arg(t.loadSecs, 0, 'f', 2)
        << Qt::endl
        << QCoreApplication::translate("Elect::Cli", "  after the last chunk (checks, audit, commit): %1 s")
               .arg(t.finishSecs, 0, 'f', 2)
        << Qt::endl;
    // The server's own CPU time says what each case cost it even when other work shares the machine.
    if (importCpuSecs >= 0 && baseline->copyCpuSecs > 0)
        out << QCoreApplication::translate("Elect::Cli", "Server CPU time: (a) %1 s, (b) %2 s, (c) %3 s; (a)/(b): %4")
                   .arg(importCpuSecs, 0, 'f', 2)
                   .arg(baseline->copyCpuSecs, 0, 'f', 2)
                   .arg(baseline->copyNoFkCpuSecs, 0, 'f', 2)
                   .arg(importCpuSecs / baseline->copyCpuSecs, 0, 'f', 2)
            << Qt::endl;
    return 0;
}

} // namespace Elect::Cli
