#include "apps/cli/commands/BenchOutbox.h"

#include "apps/cli/ProcessStats.h"
#include "core/devtools/BenchBaseline.h"
#include "core/devtools/HttpSink.h"
#include "core/devtools/ScratchCluster.h"
#include "core/domain/Clock.h"
#include "core/integrations/twilio/TwilioSmsSender.h"
#include "core/service/Dispatcher.h"
#include "core/service/MessageTemplates.h"
#include "core/service/VoterCodeSmsHandler.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QNetworkAccessManager>

namespace Elect::Cli {

namespace {

using Integrations::Delivery;

// A provider that answers before it is asked: what is left of a send is the database's work.
class InstantSms : public Integrations::SmsSender
{
public:
    QFuture<Delivery> send(const Integrations::SmsMessage&) override
    {
        Delivery d;
        d.outcome = Delivery::Outcome::Accepted;
        d.providerId = QStringLiteral("instant");
        return QtFuture::makeReadyFuture(d);
    }
    QFuture<Result<QString>> deliveryStatus(const QString&) override
    {
        return QtFuture::makeReadyFuture(Result<QString>(QStringLiteral("delivered")));
    }
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

// Dispatcher passes until nothing is due; the seconds taken, or -1 when a pass failed.
double drain(Database& service, Integrations::SmsSender& sms, int batch, qint64* handled)
{
    Service::MessageTemplates templates;
    Service::Dispatcher dispatcher(service, Service::RetryPolicy{}, Clock::system(),
                                   &Service::Dispatcher::systemRandom);
    dispatcher.addHandler(std::make_unique<Service::VoterCodeSmsHandler>(service, sms, templates));
    QElapsedTimer timer;
    timer.start();
    *handled = 0;
    for (;;) {
        const int n = wait(dispatcher.runOnce(batch, 300));
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        *handled += n;
    }
    return timer.elapsed() / 1000.0;
}

} // namespace

QString BenchOutbox::description() const
{
    return QCoreApplication::translate(
        "Elect::Cli",
        "time one-time-code SMS through the outbox dispatcher to a local HTTP sink, in a throwaway server");
}

QList<QCommandLineOption> BenchOutbox::options() const
{
    return {{QStringLiteral("messages"), QCoreApplication::translate("Elect::Cli", "messages to send (default 100000)"),
             QStringLiteral("N")},
            {QStringLiteral("batch"),
             QCoreApplication::translate("Elect::Cli", "messages claimed per pass (default 200)"),
             QStringLiteral("N")}};
}

int BenchOutbox::execute(CommandContext& context, const QCommandLineParser& parser, const QStringList&) const
{
    QTextStream& out = context.out();
    int count = 100000;
    int batch = 200;
    bool ok = true;
    if (parser.isSet(QStringLiteral("messages")))
        count = parser.value(QStringLiteral("messages")).toInt(&ok);
    if (!ok || count < 1 || count > 10000000)
        return context.usage(QCoreApplication::translate("Elect::Cli", "--messages takes a number from 1 to 10000000"),
                             name());
    if (parser.isSet(QStringLiteral("batch")))
        batch = parser.value(QStringLiteral("batch")).toInt(&ok);
    if (!ok || batch < 1 || batch > 1000)
        return context.usage(QCoreApplication::translate("Elect::Cli", "--batch takes a number from 1 to 1000"),
                             name());
    // One line per message would be the benchmark's bottleneck.
    QLoggingCategory::setFilterRules(QStringLiteral("elect.*.info=false"));

    out << QCoreApplication::translate("Elect::Cli", "Setting up a throwaway embedded server...") << Qt::endl;
    ScratchCluster cluster(QStringLiteral("shared_buffers = 256MB\n"));
    if (!cluster.ok())
        return context.fail({ErrorCode::Unavailable, cluster.error()});
    auto super = cluster.connectSuperuser();
    if (!super)
        return context.fail({ErrorCode::Unavailable,
                             QCoreApplication::translate("Elect::Cli", "the throwaway server refused its superuser")});
    const auto draft = BenchBaseline::seedDemoDraft(cluster, *super);
    if (!draft)
        return context.fail(draft.error());
    const qint64 election = draft->electionId;
    const auto made = BenchBaseline::voterCodeRequests(*super, election, count);
    if (!made)
        return context.fail(made.error());
    auto service = cluster.connect(QStringLiteral("elect_service"), QStringLiteral("service-password-for-tests"));
    if (!service)
        return context.fail(
            {ErrorCode::Unavailable, QCoreApplication::translate("Elect::Cli", "the service login could not connect")});

    HttpSink sink;
    if (!sink.ok())
        return context.fail(
            {ErrorCode::Unavailable, QCoreApplication::translate("Elect::Cli", "the HTTP sink could not listen")});
    QNetworkAccessManager network;
    Integrations::TwilioSettings twilio;
    twilio.baseUrl = sink.url();
    twilio.accountSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
    twilio.authToken = QStringLiteral("bench");
    twilio.from = QStringLiteral("+15005550006");
    Integrations::TwilioSmsSender sms(twilio, &network);

    out << QCoreApplication::translate("Elect::Cli", "Sending %1 one-time codes, %2 per pass...").arg(count).arg(batch)
        << Qt::endl;
    // (a) the whole path: claim, generate and store each code's HMAC, POST to the sink, record.
    qint64 sentA = 0;
    const double secsA = drain(*service, sms, batch, &sentA);
    const qint64 sinkRequests = sink.requests();
    // (b) the database's part alone: the same messages again, with a provider that answers at once.
    if (Status s = BenchBaseline::resendVoterCodeRequests(*super); !s)
        return context.fail(s.error());
    InstantSms instant;
    qint64 sentB = 0;
    const double secsB = drain(*service, instant, batch, &sentB);
    // (c) the HTTP part alone: the same number of POSTs to the sink, as many in flight as a pass has.
    QElapsedTimer timer;
    timer.start();
    for (int done = 0; done < count;) {
        QList<QFuture<Delivery>> flight;
        for (int i = 0; i < batch && done + i < count; ++i)
            flight << sms.send({QStringLiteral("+201200000001"), QStringLiteral("Your Elect code is 000000")});
        for (auto& f : flight)
            wait(f);
        done += int(flight.size());
    }
    const double secsC = timer.elapsed() / 1000.0;
    if (secsA < 0 || secsB < 0 || sentA != count || sentB != count || sinkRequests != count)
        return context.fail(
            {ErrorCode::Internal,
             QCoreApplication::translate("Elect::Cli", "the benchmark's messages were not all sent (%1, %2; the "
                                                       "sink saw %3)")
                 .arg(sentA)
                 .arg(sentB)
                 .arg(sinkRequests)});

    const auto row = [&](const QString& label, double secs) {
        return QStringLiteral("%1  %2  %3\n").arg(label, -52).arg(secs, 9, 'f', 2).arg(count / secs, 12, 'f', 0);
    };
    out << Qt::endl
        << QCoreApplication::translate("Elect::Cli",
                                       "Server: embedded PostgreSQL on a Unix socket, no fsync; sink: HTTP/1.1 on "
                                       "127.0.0.1, its own thread.")
        << Qt::endl
        << QStringLiteral("%1  %2  %3\n")
               .arg(QCoreApplication::translate("Elect::Cli", "case"), -52)
               .arg(QCoreApplication::translate("Elect::Cli", "seconds"), 9)
               .arg(QCoreApplication::translate("Elect::Cli", "messages/s"), 12)
        << row(QCoreApplication::translate("Elect::Cli", "(a) dispatcher to the sink, end to end"), secsA)
        << row(QCoreApplication::translate("Elect::Cli", "(b) baseline: the database's part (instant provider)"), secsB)
        << row(QCoreApplication::translate("Elect::Cli", "(c) baseline: the HTTP part (no database)"), secsC)
        << Qt::endl
        << QCoreApplication::translate("Elect::Cli", "the database's share of (a): %1% (b/a)")
               .arg(100.0 * secsB / secsA, 0, 'f', 0)
        << Qt::endl
        << QCoreApplication::translate("Elect::Cli", "peak memory of this process: %1 MiB")
               .arg(peakMemoryMiB(), 0, 'f', 1)
        << Qt::endl;
    return Ok;
}

} // namespace Elect::Cli
