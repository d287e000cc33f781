#include "apps/cli/commands/BenchCast.h"

#include "apps/cli/ProcessStats.h"
#include "core/db/AccountRepository.h"
#include "core/db/VotingRepository.h"
#include "core/devtools/BenchBaseline.h"
#include "core/devtools/ScratchCluster.h"
#include "core/domain/Clock.h"
#include "core/integrations/twilio/SmsSender.h"
#include "core/service/AuditSealer.h"
#include "core/service/Dispatcher.h"
#include "core/service/MessageTemplates.h"
#include "core/service/VoterCodeSmsHandler.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

namespace Elect::Cli {

namespace {

using Integrations::Delivery;

// The phones' side of the benchmark: each code elect serve's handler sends, handed to the kiosk whose
// voter owns the phone. Codes stay in this process's memory; nothing is printed.
class Phones : public Integrations::SmsSender
{
public:
    QFuture<Delivery> send(const Integrations::SmsMessage& message) override
    {
        static const QRegularExpression sixDigits(QStringLiteral("\\b([0-9]{6})\\b"));
        const auto m = sixDigits.match(message.body);
        {
            std::lock_guard lock(m_mutex);
            m_codes[message.toE164.toStdString()] = m.captured(1);
        }
        m_arrived.notify_all();
        Delivery d;
        d.outcome = Delivery::Outcome::Accepted;
        d.providerId = QStringLiteral("bench");
        return QtFuture::makeReadyFuture(d);
    }
    QFuture<Result<QString>> deliveryStatus(const QString&) override
    {
        return QtFuture::makeReadyFuture(Result<QString>(QStringLiteral("delivered")));
    }

    /// The code sent to \a phone, waiting up to a minute for it; empty when none came.
    QString await(const QString& phone)
    {
        std::unique_lock lock(m_mutex);
        const std::string key = phone.toStdString();
        if (!m_arrived.wait_for(lock, std::chrono::minutes(1), [&] { return m_codes.count(key) > 0; }))
            return {};
        const QString code = m_codes[key];
        m_codes.erase(key);
        return code;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_arrived;
    std::unordered_map<std::string, QString> m_codes;
};

template <typename T>
T wait(QFuture<T> future)
{
    if (!future.isFinished()) {
        QFutureWatcher<T> watcher;
        QEventLoop loop;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    return future.result();
}

// What one kiosk measured.
struct KioskRun
{
    std::vector<double> castMs;  // the cast call alone
    std::vector<double> voterMs; // national id typed to receipt, the SMS's way included
    int failures = 0;
    QString firstFailure;
};

QString benchPhone(int i)
{
    return QStringLiteral("+2011%1").arg(i, 8, 10, QLatin1Char('0'));
}

double ms(std::chrono::steady_clock::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[index];
}

// A voter at a kiosk, up to the ballot: identify, the code by SMS, verify. Empty token on failure.
struct Prepared
{
    QString token;
    QList<qint64> selections;
    std::chrono::steady_clock::time_point start;
};

// One kiosk: voters first, first + step, ... below count, one after another, as at a polling station. In
// the first phase each voter goes the whole way; in the second, the kiosks first take every voter of theirs
// up to the ballot, wait for each other, then cast all of them: the cast alone, as fast as it goes.
class Kiosk
{
public:
    Kiosk(VotingRepository& voting, qint64 election, int marks, Phones& phones, KioskRun& run)
        : m_voting(voting), m_election(election), m_marks(marks), m_phones(phones), m_run(run)
    {}

    Prepared prepare(int i)
    {
        Prepared p;
        p.start = std::chrono::steady_clock::now();
        const auto lookup = m_voting.identify(m_election, BenchBaseline::benchVoterId(i));
        if (!lookup || !lookup->listed) {
            fail(lookup ? QStringLiteral("voter %1 is not listed").arg(i) : lookup.message());
            return p;
        }
        const QString code = m_phones.await(benchPhone(i));
        const auto verified = m_voting.verifyCode(lookup->id, code);
        if (!verified || verified->outcome != CodeVerification::Outcome::Verified) {
            fail(verified ? QStringLiteral("voter %1: the code was not accepted").arg(i) : verified.message());
            return p;
        }
        const auto ballot = m_voting.ballot(verified->sessionToken);
        if (!ballot || ballot->size() < m_marks) {
            fail(ballot ? QStringLiteral("voter %1: too few candidates").arg(i) : ballot.message());
            return p;
        }
        for (int m = 0; m < m_marks; ++m)
            p.selections << ballot->at((i + m) % ballot->size()).id;
        p.token = verified->sessionToken;
        return p;
    }

    void cast(const Prepared& p, bool wholeWay)
    {
        if (p.token.isEmpty())
            return;
        const auto castStart = std::chrono::steady_clock::now();
        const auto receipt =
            m_voting.cast(p.token, p.selections, QUuid::createUuid(), VotingRepository::newReceiptCode());
        const auto end = std::chrono::steady_clock::now();
        if (!receipt) {
            fail(receipt.message());
            return;
        }
        m_run.castMs.push_back(ms(end - castStart));
        if (wholeWay)
            m_run.voterMs.push_back(ms(end - p.start));
    }

private:
    void fail(const QString& what)
    {
        if (++m_run.failures == 1)
            m_run.firstFailure = what;
    }

    VotingRepository& m_voting;
    qint64 m_election;
    int m_marks;
    Phones& m_phones;
    KioskRun& m_run;
};

// What the kiosk threads share: the phases' starting signals and how far each kiosk got.
struct Phase
{
    std::atomic<int> ready{0};
    std::atomic<bool> go{false};
    std::atomic<int> prepared{0};
    std::atomic<bool> castNow{false};
    std::atomic<int> finished{0};
};

void runKiosk(const ConnectionSettings& login, qint64 election, int marks, int first, int step, int half, int count,
              Phones& phones, Phase& phase, KioskRun& whole, KioskRun& castOnly)
{
    auto db = Database::connect(login);
    ++phase.ready;
    while (!phase.go)
        std::this_thread::yield();
    if (!db) {
        whole.failures = 1;
        whole.firstFailure = db.message();
        ++phase.finished;
        ++phase.prepared;
        return;
    }
    VotingRepository voting(**db);
    Kiosk wholeWay(voting, election, marks, phones, whole);
    for (int i = first; i < half; i += step)
        wholeWay.cast(wholeWay.prepare(i), true);
    ++phase.finished;
    Kiosk castFast(voting, election, marks, phones, castOnly);
    std::vector<Prepared> ready;
    for (int i = half + first; i < count; i += step)
        ready.push_back(castFast.prepare(i));
    ++phase.prepared;
    while (!phase.castNow)
        std::this_thread::yield();
    for (const Prepared& p : ready)
        castFast.cast(p, false);
    ++phase.finished;
}

} // namespace

QString BenchCast::description() const
{
    return QCoreApplication::translate("Elect::Cli",
                                       "time voters casting at many kiosks at once, in a throwaway server, with "
                                       "pgbench on the same server as the baseline");
}

QList<QCommandLineOption> BenchCast::options() const
{
    return {{QStringLiteral("kiosks"),
             QCoreApplication::translate("Elect::Cli", "kiosks voting at once, one connection each (default 32)"),
             QStringLiteral("N")},
            {QStringLiteral("voters"), QCoreApplication::translate("Elect::Cli", "voters who cast (default 6400)"),
             QStringLiteral("N")},
            {QStringLiteral("pgbench-seconds"),
             QCoreApplication::translate("Elect::Cli", "how long pgbench runs (default 20)"), QStringLiteral("S")}};
}

int BenchCast::execute(CommandContext& context, const QCommandLineParser& parser, const QStringList&) const
{
    QTextStream& out = context.out();
    const auto number = [&](const char* option, int fallback, int low, int high, int* value) {
        bool ok = true;
        *value = parser.isSet(QLatin1String(option)) ? parser.value(QLatin1String(option)).toInt(&ok) : fallback;
        return ok && *value >= low && *value <= high;
    };
    int kiosks = 0;
    int voters = 0;
    int pgbenchSeconds = 0;
    if (!number("kiosks", 32, 1, 64, &kiosks))
        return context.usage(QCoreApplication::translate("Elect::Cli", "--kiosks takes a number from 1 to 64"), name());
    if (!number("voters", 6400, 1, 1000000, &voters))
        return context.usage(QCoreApplication::translate("Elect::Cli", "--voters takes a number from 1 to 1000000"),
                             name());
    if (!number("pgbench-seconds", 20, 1, 600, &pgbenchSeconds))
        return context.usage(
            QCoreApplication::translate("Elect::Cli", "--pgbench-seconds takes a number from 1 to 600"), name());
    QLoggingCategory::setFilterRules(QStringLiteral("elect.*.info=false\nelect.*.debug=false"));

    out << QCoreApplication::translate("Elect::Cli", "Setting up a throwaway embedded server...") << Qt::endl;
    ScratchCluster cluster(QStringLiteral("shared_buffers = 256MB\n"));
    if (!cluster.ok())
        return context.fail({ErrorCode::Unavailable, cluster.error()});
    auto super = cluster.connectSuperuser();
    if (!super)
        return context.fail({ErrorCode::Unavailable,
                             QCoreApplication::translate("Elect::Cli", "the throwaway server refused its superuser")});
    // The demo's draft (a block vote: three of six) becomes the benchmark's running election.
    const auto draft = BenchBaseline::seedDemoDraft(cluster, *super);
    if (!draft)
        return context.fail(draft.error());
    const qint64 election = draft->electionId;
    const int marks = draft->votesPerVoter;
    QList<ConnectionSettings> logins;
    AccountRepository accounts(*draft->ownerDb);
    for (int k = 0; k < kiosks; ++k) {
        const auto kiosk = accounts.createKiosk(QStringLiteral("Bench kiosk %1").arg(k + 1), QStringLiteral("Bench"));
        if (!kiosk)
            return context.fail(kiosk.error());
        logins << cluster.as(kiosk->loginRole, kiosk->password);
    }
    if (Status opened = BenchBaseline::openForKiosks(*super, election, voters); !opened)
        return context.fail(opened.error());
    auto service = cluster.connect(QStringLiteral("elect_service"), QStringLiteral("service-password-for-tests"));
    if (!service)
        return context.fail(
            {ErrorCode::Unavailable, QCoreApplication::translate("Elect::Cli", "the service login could not connect")});
    out << QCoreApplication::translate("Elect::Cli",
                                       "Opened a block vote (%1 marks) for %2 voters; the kiosks' lookup limit is "
                                       "lifted for the benchmark.")
               .arg(marks)
               .arg(voters)
        << Qt::endl;

    // elect serve's part, on this thread: the dispatcher sends each code as it is asked for, and the sealer
    // chains the kiosks' audit events every two seconds, as `elect serve` does.
    Phones phones;
    Service::MessageTemplates templates;
    Service::Dispatcher dispatcher(*service, Service::RetryPolicy{}, Clock::system(),
                                   &Service::Dispatcher::systemRandom);
    dispatcher.addHandler(std::make_unique<Service::VoterCodeSmsHandler>(*service, phones, templates));

    out << QCoreApplication::translate("Elect::Cli", "Voting: %1 kiosks, %2 voters...").arg(kiosks).arg(voters)
        << Qt::endl;
    const int half = voters / 2;
    std::vector<KioskRun> wholeRuns{size_t(kiosks)};
    std::vector<KioskRun> castRuns{size_t(kiosks)};
    std::vector<std::thread> threads;
    Phase phase;
    for (int k = 0; k < kiosks; ++k)
        threads.emplace_back([&, k] {
            runKiosk(logins.at(k), election, marks, k, kiosks, half, voters, phones, phase, wholeRuns[size_t(k)],
                     castRuns[size_t(k)]);
        });
    // elect serve's loop until \a done: a dispatcher pass, and the sealer every two seconds.
    QElapsedTimer sinceSeal;
    sinceSeal.start();
    const auto serveUntil = [&](const std::function<bool()>& done) -> Status {
        while (!done()) {
            const int sent = wait(dispatcher.runOnce(200, 300));
            if (sent < 0)
                return Error{ErrorCode::Internal,
                             QCoreApplication::translate("Elect::Cli", "a dispatcher pass failed")};
            if (sinceSeal.elapsed() >= 2000) {
                if (const auto sealed = Service::AuditSealer::sealAll(*service); !sealed)
                    return sealed.error();
                sinceSeal.restart();
            }
            // As `elect serve` with its shortest poll (poll_ms = 50) when nothing is due.
            if (sent == 0)
                QThread::msleep(50);
        }
        return success();
    };
    while (phase.ready < kiosks)
        QThread::msleep(5);
    const auto commits1 = BenchBaseline::committedTransactions(*super);
    QElapsedTimer timer;
    timer.start();
    phase.go = true;
    Status served = serveUntil([&] { return phase.finished >= kiosks; });
    const double wholeSeconds = timer.elapsed() / 1000.0;
    const auto commits2 = BenchBaseline::committedTransactions(*super);
    if (served)
        served = serveUntil([&] { return phase.prepared >= kiosks; });
    const auto commits3 = BenchBaseline::committedTransactions(*super);
    timer.restart();
    phase.castNow = true;
    if (served)
        served = serveUntil([&] { return phase.finished >= 2 * kiosks; });
    const double castSeconds = timer.elapsed() / 1000.0;
    phase.castNow = true;
    for (auto& t : threads)
        t.join();
    const auto commits4 = BenchBaseline::committedTransactions(*super);
    if (!served)
        return context.fail(served.error());
    for (const auto* c : {&commits1, &commits2, &commits3, &commits4})
        if (!*c)
            return context.fail(c->error());
    const auto sealed = Service::AuditSealer::sealAll(*service);
    if (!sealed)
        return context.fail(sealed.error());

    const auto merge = [](const std::vector<KioskRun>& runs) {
        KioskRun all;
        for (const KioskRun& r : runs) {
            all.castMs.insert(all.castMs.end(), r.castMs.begin(), r.castMs.end());
            all.voterMs.insert(all.voterMs.end(), r.voterMs.begin(), r.voterMs.end());
            all.failures += r.failures;
            if (all.firstFailure.isEmpty())
                all.firstFailure = r.firstFailure;
        }
        return all;
    };
    const KioskRun whole = merge(wholeRuns);
    const KioskRun castOnly = merge(castRuns);
    // What the database holds must match what the kiosks were told, and the chain must hold.
    const auto check = BenchBaseline::castTotals(*super, election);
    if (!check)
        return context.fail(check.error());
    const int cast = int(whole.castMs.size() + castOnly.castMs.size());
    if (whole.failures + castOnly.failures > 0 || cast != voters || check->ballots != voters ||
        check->votingRecords != voters || !check->chainIntact)
        return context.fail(
            {ErrorCode::Internal,
             QCoreApplication::translate("Elect::Cli", "the benchmark went wrong: %1 of %2 voters cast, %3 ballots and "
                                                       "%4 voting records stored, audit chain intact: %5; first "
                                                       "problem: %6")
                 .arg(cast)
                 .arg(voters)
                 .arg(check->ballots)
                 .arg(check->votingRecords)
                 .arg(check->chainIntact ? QStringLiteral("yes") : QStringLiteral("no"),
                      whole.firstFailure.isEmpty() ? castOnly.firstFailure : whole.firstFailure)});

    out << QCoreApplication::translate("Elect::Cli", "Baseline: pgbench -N, %1 clients, %2 s...")
               .arg(kiosks)
               .arg(pgbenchSeconds)
        << Qt::endl;
    QStringList pgbenchReport;
    const auto tps = BenchBaseline::pgbenchTps(cluster, kiosks, pgbenchSeconds, &pgbenchReport);
    if (!tps)
        return context.fail(tps.error());

    const double wholePerSecond = double(whole.castMs.size()) / wholeSeconds;
    const double castsPerSecond = double(castOnly.castMs.size()) / castSeconds;
    const auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("%1  %2\n").arg(label, -48).arg(value);
    };
    const auto fixed = [](double v, int decimals) { return QString::number(v, 'f', decimals); };
    const auto percentiles = [&](const std::vector<double>& v) {
        return fixed(percentile(v, 0.50), 1) + QStringLiteral(" / ") + fixed(percentile(v, 0.99), 1);
    };
    out << Qt::endl
        << QCoreApplication::translate("Elect::Cli",
                                       "Server: embedded PostgreSQL on a Unix socket, no fsync, on this machine's "
                                       "%1 cores, shared with this process's %2 kiosks and elect serve.")
               .arg(QThread::idealThreadCount())
               .arg(kiosks)
        << Qt::endl
        << Qt::endl
        << QCoreApplication::translate("Elect::Cli",
                                       "(1) The whole way, one voter after another at each kiosk: identify, the "
                                       "code's SMS through the outbox, verify, ballot, cast.")
        << Qt::endl
        << row(QCoreApplication::translate("Elect::Cli", "voters"), QString::number(whole.castMs.size()))
        << row(QCoreApplication::translate("Elect::Cli", "voters per second (a1)"), fixed(wholePerSecond, 1))
        << row(QCoreApplication::translate("Elect::Cli", "id typed to receipt p50 / p99 (ms)"),
               percentiles(whole.voterMs))
        << row(QCoreApplication::translate("Elect::Cli", "cast p50 / p99 (ms)"), percentiles(whole.castMs))
        << row(QCoreApplication::translate("Elect::Cli", "database transactions per second"),
               fixed(double(*commits2 - *commits1) / wholeSeconds, 0))
        << Qt::endl
        << QCoreApplication::translate("Elect::Cli", "(2) Casts alone: every kiosk's verified voters cast at once, one "
                                                     "transaction each.")
        << Qt::endl
        << row(QCoreApplication::translate("Elect::Cli", "casts"), QString::number(castOnly.castMs.size()))
        << row(QCoreApplication::translate("Elect::Cli", "casts per second (a2)"), fixed(castsPerSecond, 1))
        << row(QCoreApplication::translate("Elect::Cli", "cast p50 / p99 (ms)"), percentiles(castOnly.castMs))
        << row(QCoreApplication::translate("Elect::Cli", "database transactions per second"),
               fixed(double(*commits4 - *commits3) / castSeconds, 0))
        << Qt::endl
        << row(QCoreApplication::translate("Elect::Cli", "baseline: pgbench -N tps (b), same clients"), fixed(*tps, 0))
        << row(QCoreApplication::translate("Elect::Cli", "casts a2/b (target at least 0.5)"),
               fixed(castsPerSecond / *tps, 2))
        << row(QCoreApplication::translate("Elect::Cli", "whole voters a1/b"), fixed(wholePerSecond / *tps, 2))
        << row(QCoreApplication::translate("Elect::Cli", "audit chain"),
               QCoreApplication::translate("Elect::Cli", "%1 rows, intact after sealing").arg(check->auditRows))
        << row(QCoreApplication::translate("Elect::Cli", "peak memory of this process (MiB)"),
               fixed(peakMemoryMiB(), 1))
        << Qt::endl;
    for (const QString& line : pgbenchReport)
        out << QStringLiteral("  pgbench: ") << line << Qt::endl;
    return Ok;
}

} // namespace Elect::Cli
