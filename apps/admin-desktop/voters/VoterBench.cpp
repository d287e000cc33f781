#include "voters/VoterBench.h"

#include "apps/cli/ProcessStats.h"
#include "core/connection/Connection.h"
#include "core/db/Database.h"
#include "core/db/ElectionRepository.h"
#include "core/devtools/DemoSeeder.h"
#include "core/devtools/ScratchCluster.h"
#include "elections/ElectionWorkspace.h"
#include "shell/AdminApp.h"
#include "shell/MainWindow.h"
#include "voters/VotersTab.h"
#include "voters/VoterTableModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>

#include <functional>

namespace Elect {

namespace {

/// Runs the event loop until \a done() (checked after every event batch), \a timeoutMs, or a failure of
/// the list; true when done.
bool waitFor(const std::function<bool()>& done, int timeoutMs, const QString* failure = nullptr)
{
    QElapsedTimer timer;
    timer.start();
    QTimer tick; // wakes the loop to check, without spinning
    tick.start(2);
    while (!done()) {
        if (timer.elapsed() > timeoutMs || (failure && !failure->isEmpty()))
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

QString verdict(bool met)
{
    return met ? QCoreApplication::translate("Elect::VoterBench", "met")
               : QCoreApplication::translate("Elect::VoterBench", "MISSED");
}

} // namespace

int runVoterBench(qint64 voters, QTextStream& out, QTextStream& err)
{
    // Never the user's own settings (window geometry, last page).
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Elect-bench"));
    AdminApp::applyLook(*qApp);

    out << QCoreApplication::translate("Elect::VoterBench", "Setting up a throwaway embedded server...") << Qt::endl;
    ScratchCluster cluster(QStringLiteral("shared_buffers = 256MB\nmaintenance_work_mem = 256MB\n"));
    if (!cluster.ok()) {
        err << "elect: " << cluster.error() << Qt::endl;
        return 1;
    }
    auto super = cluster.connectSuperuser();
    if (!super) {
        err << "elect: "
            << QCoreApplication::translate("Elect::VoterBench", "the throwaway server refused its superuser")
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
        err << "elect: " << QCoreApplication::translate("Elect::VoterBench", "the demo's owner could not sign in")
            << Qt::endl;
        return 1;
    }
    Election draft;
    draft.title = QCoreApplication::translate("Elect::VoterBench", "Benchmark election");
    draft.startsAt = QDateTime::currentDateTimeUtc().addDays(30);
    draft.endsAt = draft.startsAt.addDays(1);
    const auto election = ElectionRepository(*ownerDb).createDraft(draft);
    if (!election) {
        err << "elect: " << election.message() << Qt::endl;
        return 1;
    }

    // The voters, made in the server in one statement each (their ids hashed with the organization's key as
    // an import would); every third has voted. 20 districts in 5 governorates.
    QElapsedTimer timer;
    timer.start();
    const QString id = QString::number(*election);
    const Status made = super->executeScript(
        QStringLiteral(
            // Made consistent here, so the per-row triggers and foreign-key checks are skipped.
            "SET session_replication_role = replica;"
            "INSERT INTO elect.voters (election_id, organization_id, national_id_hmac, phone, district, governorate)"
            " SELECT e.id, e.organization_id, elect.national_id_hmac(k.key, (30000000000000 + g)::text),"
            " '+2010' || lpad((g % 100000000)::text, 8, '0'), 'District ' || (g % 20 + 1),"
            " (ARRAY['Cairo', 'Giza', 'Alexandria', 'Aswan', 'Luxor'])[g % 5 + 1]"
            " FROM elect.elections e"
            " CROSS JOIN LATERAL (SELECT elect_private.organization_key(e.organization_id) AS key) k"
            " CROSS JOIN generate_series(1, %2) g WHERE e.id = %1;"
            "INSERT INTO elect.voting_records (election_id, voter_id, organization_id, idempotency_key)"
            " SELECT election_id, id, organization_id, gen_random_uuid() FROM elect.voters"
            " WHERE election_id = %1 AND id % 3 = 0;"
            "RESET session_replication_role; ANALYZE elect.voters; ANALYZE elect.voting_records;")
            .arg(id)
            .arg(voters));
    if (!made) {
        err << "elect: " << made.message() << Qt::endl;
        return 1;
    }
    out << QCoreApplication::translate("Elect::VoterBench", "Generated %1 voters in %2 s.")
               .arg(voters)
               .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
        << Qt::endl;

    // elect-admin as the organization's owner: the main window, the election opened, its Voters tab.
    Connection connection;
    auto opened = connection.open(cluster.as(owner.loginRole, owner.password), false, Identity::Kind::Person,
                                  QCoreApplication::translate("Elect::VoterBench", "not an organization's account"));
    if (!waitFor([&] { return opened.isFinished(); }, 60000) || !opened.result()) {
        err << "elect: "
            << (opened.isFinished() ? opened.result().message()
                                    : QCoreApplication::translate("Elect::VoterBench", "signing in took too long"))
            << Qt::endl;
        return 1;
    }
    MainWindow window(connection, cluster.server().socketDir());
    window.resize(1280, 800);
    window.show();
    waitFor([&] { return false; }, 200); // the elections list, as after signing in

    const qint64 startRss = qint64(Cli::peakMemoryMiB());
    timer.restart();
    window.openElection(*election);
    ElectionWorkspace* workspace = window.electionWorkspace();
    auto* tab = workspace ? workspace->findChild<VotersTab*>(QStringLiteral("votersTab")) : nullptr;
    if (!tab) {
        err << "elect: " << QCoreApplication::translate("Elect::VoterBench", "the election workspace has no Voters tab")
            << Qt::endl;
        return 1;
    }
    if (auto* tabs = workspace->tabs(); tabs->currentWidget() != tab)
        tabs->setCurrentWidget(tab);
    VoterTableModel* model = tab->model();
    QTableView* table = tab->table();
    QString failure;
    QObject::connect(model, &VoterTableModel::failed, model, [&failure](const QString& message) { failure = message; });
    const auto failed = [&](const QString& what) {
        err << "elect: " << what << (failure.isEmpty() ? QString() : QStringLiteral(": ") + failure) << Qt::endl;
        return 1;
    };
    constexpr int kTimeoutMs = 600000;
    if (!waitFor([&] { return !model->isLoading() && model->isRowLoaded(0); }, kTimeoutMs, &failure))
        return failed(QCoreApplication::translate("Elect::VoterBench", "the first rows never came"));
    table->viewport()->repaint(); // the rows drawn, as a person sees them
    const qint64 firstRowsMs = timer.elapsed();
    if (!waitFor([&] { return model->isIndexed(); }, kTimeoutMs, &failure))
        return failed(QCoreApplication::translate("Elect::VoterBench", "the list was never counted"));
    const qint64 indexedMs = timer.elapsed();
    const int rows = model->rowCount();
    // The view lays itself out again (its scroll bar's range) once the rows are in.
    QScrollBar* bar = table->verticalScrollBar();
    waitFor([&] { return qint64(bar->maximum()) + bar->pageStep() >= rows; }, kTimeoutMs);

    // To the end, as the scroll bar's thumb dragged to the bottom: the last row drawn.
    timer.restart();
    bar->setValue(bar->maximum());
    table->viewport()->repaint();
    const bool reachedEnd = waitFor([&] { return model->isRowLoaded(rows - 1); }, kTimeoutMs, &failure);
    table->viewport()->repaint();
    const qint64 endMs = timer.elapsed();

    // Through the whole list in 50 steps, top to bottom, each step's rows drawn before the next.
    constexpr int kSteps = 50;
    bar->setValue(0);
    waitFor([&] { return model->isRowLoaded(0); }, kTimeoutMs);
    timer.restart();
    qint64 slowestStepMs = 0;
    for (int step = 1; step <= kSteps; ++step) {
        QElapsedTimer stepTimer;
        stepTimer.start();
        bar->setValue(int(qint64(bar->maximum()) * step / kSteps));
        table->viewport()->repaint();
        const int top = std::max(0, table->rowAt(0));
        if (!waitFor([&] { return model->isRowLoaded(top); }, kTimeoutMs, &failure))
            return failed(QCoreApplication::translate("Elect::VoterBench", "a page never came"));
        table->viewport()->repaint();
        slowestStepMs = std::max(slowestStepMs, stepTimer.elapsed());
    }
    const qint64 throughMs = timer.elapsed();
    const double peakMiB = Cli::peakMemoryMiB();

    const auto last = model->voterAt(rows - 1);
    out << QCoreApplication::translate("Elect::VoterBench",
                                       "Voters in the list: %1 (rows %2, pages in memory at most %3 of %4 rows)")
               .arg(model->total())
               .arg(rows)
               .arg(VoterTableModel::kMaxCachedPages)
               .arg(VoterTableModel::kPageSize)
        << Qt::endl;
    out << QCoreApplication::translate("Elect::VoterBench", "Last row loaded: %1")
               .arg(reachedEnd && last ? QCoreApplication::translate("Elect::VoterBench", "yes")
                                       : QCoreApplication::translate("Elect::VoterBench", "no"))
        << Qt::endl;
    out << QCoreApplication::translate("Elect::VoterBench", "First rows: %1 ms (target < 1000 ms: %2)")
               .arg(firstRowsMs)
               .arg(verdict(firstRowsMs < 1000))
        << Qt::endl;
    out << QCoreApplication::translate("Elect::VoterBench", "Counted and indexed: %1 ms").arg(indexedMs) << Qt::endl;
    out << QCoreApplication::translate("Elect::VoterBench", "Scroll to the end: %1 ms").arg(endMs) << Qt::endl;
    out << QCoreApplication::translate("Elect::VoterBench", "Scroll through in %1 steps: %2 ms (slowest step %3 ms)")
               .arg(kSteps)
               .arg(throughMs)
               .arg(slowestStepMs)
        << Qt::endl;
    out << QCoreApplication::translate("Elect::VoterBench",
                                       "Peak memory: %1 MiB (before opening the election %2 MiB; target < 300 MiB: %3)")
               .arg(peakMiB, 0, 'f', 1)
               .arg(startRss)
               .arg(verdict(peakMiB < 300))
        << Qt::endl;
    window.close();
    connection.close();
    if (!failure.isEmpty())
        return failed(QCoreApplication::translate("Elect::VoterBench", "the list failed"));
    return reachedEnd ? 0 : 1;
}

} // namespace Elect
