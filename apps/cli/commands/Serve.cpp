#include "apps/cli/commands/Serve.h"

#include "apps/cli/ServeProcess.h"
#include "core/crypto/Crypto.h"
#include "core/db/Migrator.h"
#include "core/domain/Clock.h"
#include "core/service/ProviderCheck.h"
#include "core/service/Service.h"
#include "core/service/ServiceConfig.h"
#include "core/service/ServiceRunner.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QNetworkAccessManager>

namespace Elect::Cli {

Q_LOGGING_CATEGORY(lcServeCli, "elect.serve")

namespace {

QCommandLineOption configOption()
{
    return {QStringLiteral("config"),
            QCoreApplication::translate("Elect::Cli",
                                        "read the service's settings from FILE (mode 600; see docs/serve.md)"),
            QStringLiteral("FILE")};
}

QCommandLineOption fileTransportOption()
{
    return {QStringLiteral("file-transport"),
            QCoreApplication::translate("Elect::Cli",
                                        "for trying Elect without provider accounts: write each SMS and email to "
                                        "FILE (mode 600) instead of sending it"),
            QStringLiteral("FILE")};
}

// The configuration from --config (or none), with the command line's overrides.
Result<Service::ServiceConfig> loadConfig(const QCommandLineParser& parser)
{
    const auto env = Service::ServiceConfig::processEnvironment();
    auto config = parser.isSet(QStringLiteral("config"))
                      ? Service::ServiceConfig::load(parser.value(QStringLiteral("config")), env)
                      : Service::ServiceConfig::parse(QString(), env);
    if (!config)
        return config;
    if (parser.isSet(QStringLiteral("file-transport")))
        config.value().fileTransport = parser.value(QStringLiteral("file-transport"));
    if (parser.optionNames().contains(QStringLiteral("dummy-api")) && parser.isSet(QStringLiteral("dummy-api")))
        config.value().dummyApi = true;
    if (parser.optionNames().contains(QStringLiteral("listen")) && parser.isSet(QStringLiteral("listen"))) {
        const auto listen = Service::ServiceConfig::parse(
            QStringLiteral("[http]\nlisten = %1\n").arg(parser.value(QStringLiteral("listen"))), {});
        if (!listen)
            return Result<Service::ServiceConfig>::failure(
                ErrorCode::InvalidInput,
                QCoreApplication::translate("Elect::Cli", "--listen must be ADDRESS:PORT, such as 127.0.0.1:8181."));
        config.value().listenAddress = listen->listenAddress;
        config.value().listenPort = listen->listenPort;
    }
    return config;
}

// Where the service login connects: the configured server, or on the embedded server with a fresh
// password set by its superuser (the embedded server has no other way in for the service, and no one
// else uses it).
Result<ConnectionSettings> serviceSettings(CommandContext& context, const Service::ServiceConfig& config)
{
    ConnectionSettings s;
    if (!config.databaseUri.isEmpty()) {
        s.conninfo = config.databaseUri;
        s.password = config.databasePassword;
    } else if (!context.embedded()) {
        s = context.baseSettings();
        s.dbname = QLatin1String(kDatabaseName);
        s.password = config.databasePassword;
    } else {
        if (Status started = context.ensureServer(); !started)
            return started.error();
        auto maintenance = context.connectAdministrator(QStringLiteral("postgres"));
        if (!maintenance)
            return maintenance.error();
        const QString password = QString::fromLatin1(Crypto::randomPassword());
        if (Status set = initializeCluster(**maintenance, password); !set)
            return set.error();
        s = context.baseSettings().as(QStringLiteral("elect_service"), password);
        s.dbname = QLatin1String(kDatabaseName);
    }
    s.applicationName = QStringLiteral("elect serve");
    return s;
}

} // namespace

QString Serve::description() const
{
    return QCoreApplication::translate("Elect::Cli",
                                       "run the service: send SMS and email, take Stripe's webhooks, close and count "
                                       "elections");
}

QList<QCommandLineOption> Serve::options() const
{
    return {
        configOption(),
        fileTransportOption(),
        {QStringLiteral("once"),
         QCoreApplication::translate("Elect::Cli", "do what is due now, then exit (for cron and timers)")},
        {QStringLiteral("dummy-api"),
         QCoreApplication::translate("Elect::Cli", "answer eligibility questions from dummy_voters at "
                                                   "/dummy/ORGANIZATION/voters/ID")},
        {QStringLiteral("listen"),
         QCoreApplication::translate("Elect::Cli", "the HTTP endpoint's address (default 127.0.0.1:8181)"),
         QStringLiteral("ADDRESS:PORT")},
        {QStringLiteral("verbose"), QCoreApplication::translate("Elect::Cli", "log debug lines too")},
    };
}

int Serve::execute(CommandContext& context, const QCommandLineParser& parser, const QStringList&) const
{
    const auto config = loadConfig(parser);
    if (!config)
        return context.fail(config.error());
    const auto settings = serviceSettings(context, *config);
    if (!settings)
        return context.fail(settings.error());
    auto database = Database::connect(*settings);
    if (!database)
        return context.fail(database.error());
    auto listener = Database::connect(*settings);
    if (!listener)
        return context.fail(listener.error());
    installServeLogging(parser.isSet(QStringLiteral("verbose")));
    auto service =
        Service::Service::create(*config, std::move(database.value()), std::move(listener.value()), Clock::system());
    if (!service)
        return context.fail(service.error());
    for (const QString& warning : (*service)->warnings())
        qCWarning(lcServeCli).noquote() << warning;
    for (const QString& line : (*service)->describe())
        qCInfo(lcServeCli).noquote() << line;
    const bool once = parser.isSet(QStringLiteral("once"));
    if (!once) {
        const auto port = (*service)->listen();
        if (!port)
            return context.fail(port.error());
        qCInfo(lcServeCli).noquote() << QStringLiteral("listening on http://%1:%2 (put the operator's TLS proxy "
                                                       "in front)")
                                            .arg(config->listenAddress.toString())
                                            .arg(*port);
    }
    Service::ServiceRunner& runner = (*service)->runner();
    StopSignals stop;
    QObject::connect(&stop, &StopSignals::stopRequested, &runner, &Service::ServiceRunner::stop);
    QEventLoop loop;
    QObject::connect(&runner, &Service::ServiceRunner::finished, &loop, &QEventLoop::quit);
    if (once)
        runner.runOnce();
    else
        runner.start();
    qCInfo(lcServeCli) << "ready";
    loop.exec();
    if (Status last = (*service)->afterStop(); !last)
        qCWarning(lcServeCli).noquote() << "the last audit checkpoint was not written:" << last.message();
    qCInfo(lcServeCli).noquote() << QStringLiteral("stopped; %1 messages handled").arg(runner.messagesHandled());
    return runner.exitCode() == 0 ? Ok : UserError;
}

QString ServeCheck::description() const
{
    return QCoreApplication::translate("Elect::Cli",
                                       "try the database and each configured provider; say what is wrong");
}

QList<QCommandLineOption> ServeCheck::options() const
{
    return {configOption(), fileTransportOption()};
}

int ServeCheck::execute(CommandContext& context, const QCommandLineParser& parser, const QStringList&) const
{
    const auto config = loadConfig(parser);
    if (!config)
        return context.fail(config.error());
    QList<Service::CheckLine> lines;
    {
        const auto settings = serviceSettings(context, *config);
        auto database = settings ? Database::connect(*settings) : Result<std::unique_ptr<Database>>(settings.error());
        Service::CheckLine db{QStringLiteral("database"), database.ok(), {}};
        if (database) {
            // The service may not read the migrations' table on every server; then the login alone is checked.
            const auto status = Migrator(**database).status();
            int missing = 0;
            if (status) {
                for (const auto& m : *status)
                    missing += m.applied ? 0 : 1;
            }
            db.ok = missing == 0;
            db.sentence =
                db.ok ? QCoreApplication::translate("Elect::Cli", "The database accepts the service login as %1.")
                            .arg((*database)->sessionUser())
                      : QCoreApplication::translate("Elect::Cli",
                                                    "The database lacks %n migration(s); run \"elect db "
                                                    "migrate\".",
                                                    nullptr, missing);
        } else {
            db.sentence = database.message();
        }
        lines << db;
    }
    QNetworkAccessManager network;
    QList<QFuture<Service::CheckLine>> pending;
    if (config->twilio)
        pending << Service::checkTwilio(*config->twilio, &network);
    if (config->stripe)
        pending << Service::checkStripe(*config->stripe, &network);
    if (config->smtp)
        pending << Service::checkSmtp(*config->smtp);
    for (auto& future : pending) {
        QFutureWatcher<Service::CheckLine> watcher;
        QEventLoop loop;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
        lines << future.result();
    }
    if (!config->twilio)
        lines << Service::CheckLine{
            QStringLiteral("SMS"), !config->fileTransport.isEmpty(),
            config->fileTransport.isEmpty()
                ? QCoreApplication::translate("Elect::Cli", "No SMS provider: add [twilio] to the "
                                                            "configuration, or no voter gets a code.")
                : QCoreApplication::translate("Elect::Cli", "SMS go to the file %1 (demo only).")
                      .arg(config->fileTransport)};
    if (!config->smtp)
        lines << Service::CheckLine{
            QStringLiteral("email"), !config->fileTransport.isEmpty(),
            config->fileTransport.isEmpty()
                ? QCoreApplication::translate("Elect::Cli", "No mail server: add [smtp] to the "
                                                            "configuration, or no one can verify an email.")
                : QCoreApplication::translate("Elect::Cli", "Email goes to the file %1 (demo only).")
                      .arg(config->fileTransport)};
    bool allOk = true;
    for (const auto& line : lines) {
        context.out() << (line.ok ? "ok      " : "PROBLEM ") << line.provider << ": " << line.sentence << Qt::endl;
        allOk = allOk && line.ok;
    }
    return allOk ? Ok : UserError;
}

} // namespace Elect::Cli
