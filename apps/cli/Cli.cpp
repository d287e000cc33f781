#include "Cli.h"

#include "BenchImport.h"
#include "BenchTally.h"
#include "TallyCommand.h"

#include "core/csv/Importer.h"

#include "core/db/AccountRepository.h"
#include "core/db/ElectionRepository.h"
#include "core/db/Migrator.h"
#include "core/devtools/DemoSeeder.h"
#include "core/domain/Clock.h"
#include "Version.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace Elect::Cli {

namespace {

const char* const kHelp = R"(elect: Elect's command line for IT staff.

Usage: elect [global options] COMMAND [options]

Global options:
  --db URI             use this PostgreSQL server (postgresql://user@host:5432/elect?sslmode=require).
                       libpq's environment (PGHOST, PGPASSWORD, PGSSLMODE, ...) and ~/.pgpass apply.
                       Without --db, Elect's own embedded server is used.
  --data-dir DIR       where the embedded server keeps its files ($ELECT_DATA_DIR; default: the
                       user's data folder, /var/lib/elect/postgres for root)
  --as EMAIL           act as this Elect account; its password is asked without echo
  --password-fd N      read passwords from file descriptor N, one line each, instead of asking
  --help, --version

Commands:
  db init [--service-password-fd N]   create roles, database and schema, then migrate
  db migrate                          apply pending migrations
  db status                           list applied and pending migrations
  server start|stop|status            the embedded server
  sysadmin create --email E --first-name F --last-name L
                                      a system admin (as the superuser, or --as a system admin)
  org register --email E --first-name F --last-name L --name ORG --country CC
  org verify [--email E]              verify an email: with the emailed code (asked), or as a
                                      system admin (--as) for the account with email E
  org accept ID | org reject ID --reason TEXT | org list [--pending]     (--as a system admin)
  election create --title T [--type simple|district|governorate_based|api_managed]
           [--method block|approval|irv|stv|referendum] [--seats N] [--votes-per-voter N]
           --starts ISO-TIME --ends ISO-TIME [--api-endpoint URL] [--potential-voters N]
  election list                       (--as an organization's owner or admin, or a system admin)
  import voters|candidates --election ID FILE [--encoding E] [--delimiter D] [--check]
                                      load a CSV into a draft election, all or nothing (--as its
                                      organization's owner or admin); --check only reports
  tally --method M [--seats N] [--seed S] [--json] FILE
  bench tally | bench import [--rows N]
  demo [--headless]                   create the demo on the embedded server and say how to use it

Exit status: 0 done, 1 a problem (explained on stderr), 2 wrong usage.
)";
} // namespace

std::optional<Options> Options::parse(const QStringList& args, const QStringList& known, const QStringList& flags,
                                      QString* error)
{
    Options o;
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (!a.startsWith(QLatin1String("--"))) {
            o.m_positional << a;
            continue;
        }
        QString name = a.mid(2);
        QString value;
        const int eq = name.indexOf(u'=');
        if (eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (flags.contains(name)) {
            o.m_values.insert(name, QStringLiteral("1"));
            continue;
        }
        if (!known.contains(name)) {
            *error = QCoreApplication::translate("Elect::Cli", "unknown option --%1").arg(name);
            return std::nullopt;
        }
        if (eq < 0) {
            if (i + 1 >= args.size()) {
                *error = QCoreApplication::translate("Elect::Cli", "--%1 needs a value").arg(name);
                return std::nullopt;
            }
            value = args.at(++i);
        }
        o.m_values.insert(name, value);
    }
    return o;
}

Cli::Cli() : m_out(stdout), m_err(stderr) {}

int Cli::fail(const Error& error)
{
    m_err << "elect: " << error.message << Qt::endl;
    return UserError;
}

int Cli::usage(const QString& message)
{
    m_err << "elect: " << message << Qt::endl
          << QCoreApplication::translate("Elect::Cli", "Run \"elect --help\" for usage.") << Qt::endl;
    return Usage;
}

void Cli::printHelp()
{
    m_out << QString::fromUtf8(kHelp);
}

int Cli::run(QStringList args)
{
    // Global options come before the command.
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString opt = args.takeFirst();
        if (opt == QLatin1String("--help")) {
            printHelp();
            return Ok;
        }
        if (opt == QLatin1String("--version")) {
            m_out << "elect " << kVersion << Qt::endl;
            return Ok;
        }
        const QStringList withValue = {QStringLiteral("--db"), QStringLiteral("--data-dir"), QStringLiteral("--as"),
                                       QStringLiteral("--password-fd")};
        if (!withValue.contains(opt))
            return usage(QCoreApplication::translate("Elect::Cli", "unknown option %1").arg(opt));
        if (args.isEmpty())
            return usage(QCoreApplication::translate("Elect::Cli", "%1 needs a value").arg(opt));
        const QString value = args.takeFirst();
        if (opt == QLatin1String("--db"))
            m_dbUri = value;
        else if (opt == QLatin1String("--data-dir"))
            m_dataDir = value;
        else if (opt == QLatin1String("--as"))
            m_as = value;
        else {
            bool ok = false;
            m_passwordFd = value.toInt(&ok);
            if (!ok || m_passwordFd < 0)
                return usage(QCoreApplication::translate("Elect::Cli", "--password-fd needs a file descriptor number"));
        }
    }
    if (m_dataDir.isEmpty())
        m_dataDir = qEnvironmentVariable("ELECT_DATA_DIR");
    if (args.isEmpty()) {
        printHelp();
        return Usage;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("help")) {
        printHelp();
        return Ok;
    }
    if (command == QLatin1String("db"))
        return db(args);
    if (command == QLatin1String("server"))
        return server(args);
    if (command == QLatin1String("sysadmin"))
        return sysadmin(args);
    if (command == QLatin1String("org"))
        return org(args);
    if (command == QLatin1String("election"))
        return election(args);
    if (command == QLatin1String("demo"))
        return demo(args);
    if (command == QLatin1String("import"))
        return importFile(args);
    if (command == QLatin1String("tally"))
        return runTally(args, m_out, m_err);
    if (command == QLatin1String("bench")) {
        if (args.value(0) == QLatin1String("tally"))
            return runBenchTally(args.mid(1), m_out, m_err);
        if (args.value(0) == QLatin1String("import"))
            return runBenchImport(args.mid(1), m_out, m_err);
        return usage(QCoreApplication::translate("Elect::Cli",
                                                 "bench: say what to measure: elect bench tally, elect bench import"));
    }
    return usage(QCoreApplication::translate("Elect::Cli", "unknown command \"%1\"").arg(command));
}

EmbeddedServer& Cli::server()
{
    if (!m_server)
        m_server = std::make_unique<EmbeddedServer>(m_dataDir);
    return *m_server;
}

ConnectionSettings Cli::baseSettings()
{
    ConnectionSettings s;
    if (embedded()) {
        s.host = server().socketDir();
        s.dbname = QLatin1String(kDatabaseName);
    } else {
        s.conninfo = m_dbUri;
    }
    return s;
}

Status Cli::ensureServer()
{
    if (!embedded())
        return success();
    const bool wasRunning = server().isRunning();
    if (Status s = server().start(); !s)
        return s;
    if (!wasRunning && !server().notes().isEmpty())
        m_err << server().notes() << Qt::endl;
    return success();
}

Result<std::unique_ptr<Database>> Cli::connectAs(const QString& role, const QString& password)
{
    return Database::connect(baseSettings().as(role, password));
}

Result<std::unique_ptr<Database>> Cli::connectAdministrator(const QString& dbname)
{
    if (embedded()) {
        if (Status s = ensureServer(); !s)
            return s.error();
        const auto settings = server().superuserSettings(dbname);
        if (!settings)
            return settings.error();
        return Database::connect(*settings);
    }
    ConnectionSettings s;
    s.conninfo = m_dbUri;
    if (dbname != QLatin1String(kDatabaseName))
        s.dbname = dbname;
    return Database::connect(s);
}

Result<std::unique_ptr<Database>> Cli::connectAccount()
{
    if (m_as.isEmpty())
        return Result<std::unique_ptr<Database>>::failure(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("Elect::Cli", "say who you are: elect --as EMAIL ... (the password is asked)"));
    if (Status s = ensureServer(); !s)
        return s.error();
    const auto password = readPassword(QCoreApplication::translate("Elect::Cli", "Password for %1: ").arg(m_as));
    if (!password)
        return password.error();
    return connectAs(loginRoleForEmail(m_as), *password);
}

Result<QString> Cli::readPassword(const QString& prompt, bool confirm)
{
    if (m_passwordFd >= 0) {
        QByteArray line;
        char c = 0;
        while (::read(m_passwordFd, &c, 1) == 1 && c != '\n')
            line.append(c);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            return Result<QString>::failure(
                ErrorCode::InvalidInput,
                QCoreApplication::translate("Elect::Cli", "no password could be read from file descriptor %1")
                    .arg(m_passwordFd));
        return QString::fromUtf8(line);
    }
    if (!::isatty(STDIN_FILENO))
        return Result<QString>::failure(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("Elect::Cli",
                                        "a password is needed and there is no terminal to ask it on; give it with "
                                        "--password-fd N"));
    auto ask = [this](const QString& text) {
        m_err << text << Qt::flush;
        termios old{};
        ::tcgetattr(STDIN_FILENO, &old);
        termios silent = old;
        silent.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
        QByteArray line;
        char c = 0;
        while (::read(STDIN_FILENO, &c, 1) == 1 && c != '\n')
            line.append(c);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
        m_err << Qt::endl;
        return QString::fromUtf8(line);
    };
    const QString first = ask(prompt);
    if (first.isEmpty())
        return Result<QString>::failure(ErrorCode::InvalidInput,
                                        QCoreApplication::translate("Elect::Cli", "no password given"));
    if (confirm && ask(QCoreApplication::translate("Elect::Cli", "Again, to confirm: ")) != first)
        return Result<QString>::failure(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("Elect::Cli", "the two passwords differ; nothing was changed"));
    return first;
}

Status Cli::initialize(const QString& servicePassword)
{
    if (embedded()) {
        if (Status s = server().initialize(); !s)
            return s;
    }
    auto maintenance = connectAdministrator(embedded() ? QStringLiteral("postgres") : QString());
    if (!maintenance)
        return maintenance.error();
    if (Status s = initializeCluster(**maintenance, servicePassword); !s)
        return s;
    maintenance.value().reset();
    ConnectionSettings onElect;
    if (embedded()) {
        onElect = *server().superuserSettings();
    } else {
        onElect.conninfo = m_dbUri;
        onElect.dbname = QLatin1String(kDatabaseName);
    }
    auto db = Database::connect(onElect);
    if (!db)
        return db.error();
    if (Status s = initializeDatabase(**db); !s)
        return s;
    const auto applied = Migrator(**db).migrate();
    if (!applied)
        return applied.error();
    for (const auto& m : *applied)
        m_out << QCoreApplication::translate("Elect::Cli", "applied %1").arg(m.name) << Qt::endl;
    return success();
}

int Cli::db(const QStringList& args)
{
    const QString sub = args.value(0);
    QString error;
    const auto opts = Options::parse(args.mid(1), {QStringLiteral("service-password-fd")}, {}, &error);
    if (!opts)
        return usage(error);
    if (sub == QLatin1String("init")) {
        QString servicePassword;
        if (opts->has(QStringLiteral("service-password-fd"))) {
            const int saved = m_passwordFd;
            m_passwordFd = opts->value(QStringLiteral("service-password-fd")).toInt();
            const auto pw = readPassword(QString());
            m_passwordFd = saved;
            if (!pw)
                return fail(pw.error());
            servicePassword = *pw;
        }
        if (Status s = initialize(servicePassword); !s)
            return fail(s.error());
        m_out << QCoreApplication::translate("Elect::Cli", "The Elect database is ready on %1.")
                     .arg(baseSettings().describe())
              << Qt::endl;
        return Ok;
    }
    if (sub == QLatin1String("migrate") || sub == QLatin1String("status")) {
        auto db = connectAdministrator();
        if (!db)
            return fail(db.error());
        Migrator migrator(**db);
        if (sub == QLatin1String("migrate")) {
            const auto applied = migrator.migrate();
            if (!applied)
                return fail(applied.error());
            for (const auto& m : *applied)
                m_out << QCoreApplication::translate("Elect::Cli", "applied %1").arg(m.name) << Qt::endl;
            if (applied->isEmpty())
                m_out << QCoreApplication::translate("Elect::Cli", "The database is up to date.") << Qt::endl;
            return Ok;
        }
        const auto list = migrator.status();
        if (!list)
            return fail(list.error());
        for (const auto& m : *list)
            m_out << (m.applied ? QCoreApplication::translate("Elect::Cli", "applied  %1  %2")
                                      .arg(m.name, m.appliedAt.toString(Qt::ISODate))
                                : QCoreApplication::translate("Elect::Cli", "pending  %1").arg(m.name))
                  << Qt::endl;
        return Ok;
    }
    return usage(QCoreApplication::translate("Elect::Cli", "db: say init, migrate or status"));
}

int Cli::server(const QStringList& args)
{
    if (!embedded())
        return usage(QCoreApplication::translate(
            "Elect::Cli", "server: only the embedded server is started and stopped by Elect; --db names another one"));
    const QString sub = args.value(0);
    if (sub == QLatin1String("start")) {
        if (Status s = server().start(); !s)
            return fail(s.error());
        if (!server().notes().isEmpty())
            m_err << server().notes() << Qt::endl;
        m_out << QCoreApplication::translate("Elect::Cli", "The embedded server runs (socket in %1, log in %2).")
                     .arg(server().socketDir(), server().logFile())
              << Qt::endl;
        return Ok;
    }
    if (sub == QLatin1String("stop")) {
        if (Status s = server().stop(); !s)
            return fail(s.error());
        m_out << QCoreApplication::translate("Elect::Cli", "The embedded server is stopped.") << Qt::endl;
        return Ok;
    }
    if (sub == QLatin1String("status")) {
        if (!server().isInitialized()) {
            m_out << QCoreApplication::translate("Elect::Cli",
                                                 "No embedded server in %1 yet; \"elect db init\" creates it.")
                         .arg(server().root())
                  << Qt::endl;
            return UserError;
        }
        const bool running = server().isRunning();
        m_out << (running ? QCoreApplication::translate("Elect::Cli", "running: %1").arg(server().root())
                          : QCoreApplication::translate("Elect::Cli", "stopped: %1").arg(server().root()))
              << Qt::endl;
        return running ? Ok : UserError;
    }
    return usage(QCoreApplication::translate("Elect::Cli", "server: say start, stop or status"));
}

int Cli::sysadmin(const QStringList& args)
{
    if (args.value(0) != QLatin1String("create"))
        return usage(QCoreApplication::translate("Elect::Cli", "sysadmin: say create"));
    QString error;
    const auto o = Options::parse(
        args.mid(1), {QStringLiteral("email"), QStringLiteral("first-name"), QStringLiteral("last-name")}, {}, &error);
    if (!o)
        return usage(error);
    if (o->value(QStringLiteral("email")).isEmpty())
        return usage(
            QCoreApplication::translate("Elect::Cli", "sysadmin create needs --email, --first-name and --last-name"));
    auto db = m_as.isEmpty() ? connectAdministrator() : connectAccount();
    if (!db)
        return fail(db.error());
    const auto password =
        readPassword(QCoreApplication::translate("Elect::Cli", "Password for the new system admin: "), true);
    if (!password)
        return fail(password.error());
    const auto id = AccountRepository(**db).createSystemAdmin({o->value(QStringLiteral("email")),
                                                               o->value(QStringLiteral("first-name")),
                                                               o->value(QStringLiteral("last-name")), *password});
    if (!id)
        return fail(id.error());
    m_out << QCoreApplication::translate("Elect::Cli", "System admin %1 created; they can sign in now.")
                 .arg(o->value(QStringLiteral("email")))
          << Qt::endl;
    return Ok;
}

int Cli::org(const QStringList& args)
{
    const QString sub = args.value(0);
    QString error;
    const auto o = Options::parse(args.mid(1),
                                  {QStringLiteral("email"), QStringLiteral("first-name"), QStringLiteral("last-name"),
                                   QStringLiteral("name"), QStringLiteral("country"), QStringLiteral("reason")},
                                  {QStringLiteral("pending")}, &error);
    if (!o)
        return usage(error);
    if (sub == QLatin1String("register")) {
        for (const char* required : {"email", "first-name", "last-name", "name", "country"})
            if (o->value(QLatin1String(required)).isEmpty())
                return usage(
                    QCoreApplication::translate("Elect::Cli", "org register needs --%1").arg(QLatin1String(required)));
        if (Status s = ensureServer(); !s)
            return fail(s.error());
        auto db = connectAs(QLatin1String(kRegistrarRole), QLatin1String(kRegistrarPassword));
        if (!db)
            return fail(db.error());
        const auto password =
            readPassword(QCoreApplication::translate("Elect::Cli", "Password for the organization's owner: "), true);
        if (!password)
            return fail(password.error());
        const auto id = AccountRepository(**db).registerOrganization(
            {o->value(QStringLiteral("email")), o->value(QStringLiteral("first-name")),
             o->value(QStringLiteral("last-name")), *password},
            o->value(QStringLiteral("name")), o->value(QStringLiteral("country")));
        if (!id)
            return fail(id.error());
        m_out << QCoreApplication::translate(
                     "Elect::Cli",
                     "Organization %1 registered (id %2). Next: verify the email with the code \"elect serve\" sends, "
                     "then a system admin accepts it.")
                     .arg(o->value(QStringLiteral("name")))
                     .arg(*id)
              << Qt::endl;
        return Ok;
    }
    if (sub == QLatin1String("verify")) {
        if (o->has(QStringLiteral("email"))) {
            auto db = connectAccount();
            if (!db)
                return fail(db.error());
            if (Status s = AccountRepository(**db).verifyEmailByAdmin(o->value(QStringLiteral("email"))); !s)
                return fail(s.error());
        } else {
            if (Status s = ensureServer(); !s)
                return fail(s.error());
            auto db = connectAs(QLatin1String(kRegistrarRole), QLatin1String(kRegistrarPassword));
            if (!db)
                return fail(db.error());
            const auto token =
                readPassword(QCoreApplication::translate("Elect::Cli", "Verification code from the email: "));
            if (!token)
                return fail(token.error());
            if (Status s = AccountRepository(**db).verifyEmail(*token); !s)
                return fail(s.error());
        }
        m_out << QCoreApplication::translate("Elect::Cli", "The email address is verified.") << Qt::endl;
        return Ok;
    }
    if (sub == QLatin1String("accept") || sub == QLatin1String("reject")) {
        bool ok = false;
        const qint64 id = o->positional().value(0).toLongLong(&ok);
        if (!ok)
            return usage(
                QCoreApplication::translate("Elect::Cli", "org %1 needs the organization's id (see \"elect org list\")")
                    .arg(sub));
        if (sub == QLatin1String("reject") && o->value(QStringLiteral("reason")).trimmed().isEmpty())
            return usage(
                QCoreApplication::translate("Elect::Cli", "org reject needs --reason, which the organization is told"));
        auto db = connectAccount();
        if (!db)
            return fail(db.error());
        AccountRepository accounts(**db);
        const Status s = sub == QLatin1String("accept")
                             ? accounts.acceptOrganization(id)
                             : accounts.rejectOrganization(id, o->value(QStringLiteral("reason")));
        if (!s)
            return fail(s.error());
        m_out << (sub == QLatin1String("accept")
                      ? QCoreApplication::translate("Elect::Cli", "Organization %1 accepted.")
                      : QCoreApplication::translate("Elect::Cli", "Organization %1 rejected."))
                     .arg(id)
              << Qt::endl;
        return Ok;
    }
    if (sub == QLatin1String("list")) {
        auto db = connectAccount();
        if (!db)
            return fail(db.error());
        const auto list = AccountRepository(**db).organizations(o->has(QStringLiteral("pending")));
        if (!list)
            return fail(list.error());
        for (const Organization& org : *list)
            m_out << QStringLiteral("%1\t%2\t%3\t%4\t%5")
                         .arg(org.id)
                         .arg(org.name, org.country, toString(org.status), org.ownerEmail)
                  << Qt::endl;
        return Ok;
    }
    return usage(QCoreApplication::translate("Elect::Cli", "org: say register, verify, accept, reject or list"));
}

int Cli::election(const QStringList& args)
{
    const QString sub = args.value(0);
    QString error;
    const auto o =
        Options::parse(args.mid(1),
                       {QStringLiteral("title"), QStringLiteral("type"), QStringLiteral("method"),
                        QStringLiteral("seats"), QStringLiteral("votes-per-voter"), QStringLiteral("starts"),
                        QStringLiteral("ends"), QStringLiteral("api-endpoint"), QStringLiteral("potential-voters")},
                       {}, &error);
    if (!o)
        return usage(error);
    if (sub == QLatin1String("create")) {
        Election e;
        e.title = o->value(QStringLiteral("title"));
        const auto type = electionTypeFromKey(o->value(QStringLiteral("type"), QStringLiteral("simple")));
        const auto method = countingMethodFromKey(o->value(QStringLiteral("method"), QStringLiteral("block")));
        if (!type)
            return usage(QCoreApplication::translate(
                "Elect::Cli", "--type is one of simple, district, governorate_based, api_managed"));
        if (!method)
            return usage(
                QCoreApplication::translate("Elect::Cli", "--method is one of block, approval, irv, stv, referendum"));
        e.type = *type;
        e.countingMethod = *method;
        bool okSeats = true, okVotes = true, okVoters = true;
        e.seats = o->value(QStringLiteral("seats"), QStringLiteral("1")).toInt(&okSeats);
        e.votesPerVoter = o->value(QStringLiteral("votes-per-voter"), QString::number(e.seats)).toInt(&okVotes);
        e.potentialVoters = o->value(QStringLiteral("potential-voters"), QStringLiteral("0")).toInt(&okVoters);
        if (!okSeats || !okVotes || !okVoters)
            return usage(QCoreApplication::translate(
                "Elect::Cli", "--seats, --votes-per-voter and --potential-voters take whole numbers"));
        e.startsAt = QDateTime::fromString(o->value(QStringLiteral("starts")), Qt::ISODate);
        e.endsAt = QDateTime::fromString(o->value(QStringLiteral("ends")), Qt::ISODate);
        if (e.title.isEmpty() || !e.startsAt.isValid() || !e.endsAt.isValid())
            return usage(QCoreApplication::translate(
                "Elect::Cli", "election create needs --title, --starts and --ends (ISO times such as "
                              "2027-03-01T08:00:00+02:00)"));
        e.apiEndpoint = o->value(QStringLiteral("api-endpoint"));
        auto db = connectAccount();
        if (!db)
            return fail(db.error());
        const auto id = ElectionRepository(**db).createDraft(e);
        if (!id)
            return fail(id.error());
        m_out << QCoreApplication::translate("Elect::Cli", "Draft election %1 created: \"%2\".").arg(*id).arg(e.title)
              << Qt::endl;
        return Ok;
    }
    if (sub == QLatin1String("list")) {
        auto db = connectAccount();
        if (!db)
            return fail(db.error());
        const auto list = ElectionRepository(**db).list();
        if (!list)
            return fail(list.error());
        const QDateTime now = Clock::system().now();
        for (const Election& e : *list)
            m_out << QStringLiteral("%1\t%2\t%3\t%4\t%5 .. %6")
                         .arg(e.id)
                         .arg(e.title, toString(e.phase(now)), keyOf(e.countingMethod),
                              e.startsAt.toString(Qt::ISODate), e.endsAt.toString(Qt::ISODate))
                  << Qt::endl;
        return Ok;
    }
    return usage(QCoreApplication::translate("Elect::Cli", "election: say create or list"));
}

int Cli::demo(const QStringList& args)
{
    QString error;
    const auto o = Options::parse(args, {}, {QStringLiteral("headless")}, &error);
    if (!o)
        return usage(error);
    if (!embedded())
        return usage(
            QCoreApplication::translate("Elect::Cli", "demo runs on the embedded server only; leave out --db"));
    if (Status s = initialize(QString()); !s)
        return fail(s.error());
    auto superuser = connectAdministrator();
    if (!superuser)
        return fail(superuser.error());

    // The demo's passwords are kept beside the cluster (0600), so a second run and elect-admin --demo find them.
    const QString credentialsPath = DemoSeeder::accountsFile(server().root());
    const auto stored = DemoSeeder::loadAccounts(credentialsPath);
    const QList<DemoSeeder::Account> previous = stored ? *stored : QList<DemoSeeder::Account>();
    DemoSeeder seeder(**superuser,
                      [this](const QString& role, const QString& password) { return connectAs(role, password); });
    const auto outcome = seeder.run(previous);
    if (!outcome)
        return fail(outcome.error());
    if (outcome->accounts != previous) {
        if (Status s = DemoSeeder::saveAccounts(credentialsPath, outcome->accounts); !s)
            return fail(s.error());
    }
    for (const QString& line : outcome->lines)
        m_out << line << Qt::endl;
    m_out << Qt::endl
          << QCoreApplication::translate("Elect::Cli", "Server: %1 (embedded; log %2)")
                 .arg(baseSettings().describe(), server().logFile())
          << Qt::endl;
    if (!server().notes().isEmpty())
        m_out << server().notes() << Qt::endl;
    m_out << Qt::endl
          << QCoreApplication::translate(
                 "Elect::Cli", "Accounts, and how each connected (every person and kiosk is its own PostgreSQL login):")
          << Qt::endl;
    for (const auto& a : outcome->accounts) {
        auto db = connectAs(a.loginRole, a.password);
        QString how;
        if (!db) {
            how = db.message();
        } else if (auto who = AccountRepository(**db).whoAmI(); !who) {
            how = who.message();
        } else if (who->isSystemAdmin()) {
            how = QCoreApplication::translate(
                      "Elect::Cli", "signed in as a system admin; sees %1 organization(s), %2 waiting for review")
                      .arg(AccountRepository(**db).organizations().value().size())
                      .arg(AccountRepository(**db).organizations(true).value().size());
        } else if (who->kind == Identity::Kind::Kiosk) {
            how = QCoreApplication::translate("Elect::Cli",
                                              "signed in as a kiosk of %1; sees %2 running election(s) and no table")
                      .arg(who->organizationName)
                      .arg(ElectionRepository(**db).runningForKiosk().value().size());
        } else {
            how = QCoreApplication::translate("Elect::Cli", "signed in as %1 of %2; sees %3 election(s)")
                      .arg(toString(who->role), who->organizationName)
                      .arg(ElectionRepository(**db).list().value().size());
        }
        m_out << QStringLiteral("  %1\n    %2%3\n    %4")
                     .arg(a.label,
                          a.email.isEmpty() ? QString()
                                            : QCoreApplication::translate("Elect::Cli", "email: %1, ").arg(a.email),
                          QCoreApplication::translate("Elect::Cli", "login role: %1").arg(a.loginRole), how)
              << Qt::endl;
    }
    m_out << Qt::endl
          << QCoreApplication::translate("Elect::Cli", "The passwords are in %1, readable only by you.")
                 .arg(credentialsPath)
          << Qt::endl;
    if (!o->has(QStringLiteral("headless")))
        m_out << Qt::endl
              << QCoreApplication::translate("Elect::Cli",
                                             "Open the admin app signed in as the owner: elect-admin --demo")
              << Qt::endl;
    m_out << QCoreApplication::translate("Elect::Cli", "Stop the server with: elect server stop") << Qt::endl;
    return Ok;
}

int Cli::importFile(const QStringList& args)
{
    const QString what = args.value(0);
    QString error;
    const auto o = Options::parse(args.mid(1),
                                  {QStringLiteral("election"), QStringLiteral("encoding"), QStringLiteral("delimiter")},
                                  {QStringLiteral("check")}, &error);
    if (!o)
        return usage(error);
    if (what != QLatin1String("voters") && what != QLatin1String("candidates"))
        return usage(QCoreApplication::translate("Elect::Cli", "import: say voters or candidates"));
    bool ok = false;
    const qint64 electionId = o->value(QStringLiteral("election")).toLongLong(&ok);
    if (!ok || o->positional().size() != 1)
        return usage(QCoreApplication::translate("Elect::Cli", "import %1 needs --election ID and one FILE").arg(what));
    Csv::ImportOptions options;
    options.kind = what == QLatin1String("voters") ? Csv::ImportKind::Voters : Csv::ImportKind::Candidates;
    options.electionId = electionId;
    options.checkOnly = o->has(QStringLiteral("check"));
    options.reader.encoding = o->value(QStringLiteral("encoding"));
    const QString delimiter = o->value(QStringLiteral("delimiter"));
    if (delimiter == QLatin1String("tab") || delimiter == QLatin1String("\\t"))
        options.reader.delimiter = u'\t';
    else if (delimiter.size() == 1)
        options.reader.delimiter = delimiter.at(0);
    else if (!delimiter.isEmpty())
        return usage(QCoreApplication::translate("Elect::Cli", "--delimiter is one character: , or ; or tab"));
    QFile file(o->positional().first());
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            {ErrorCode::InvalidInput,
             QCoreApplication::translate("Elect::Cli", "cannot read %1: %2").arg(file.fileName(), file.errorString())});
    options.photoFolder = QFileInfo(file).absoluteDir();

    auto db = connectAccount();
    if (!db)
        return fail(db.error());
    const bool tty = ::isatty(STDERR_FILENO);
    const auto outcome = Csv::Importer(**db).run(file, options, [&](const Csv::ImportProgress& p) {
        if (tty && p.totalBytes > 0)
            m_err << QStringLiteral("\r")
                  << QCoreApplication::translate("Elect::Cli", "%1 rows read (%2%)")
                         .arg(p.rows)
                         .arg(100 * p.bytes / p.totalBytes)
                  << Qt::flush;
        return true;
    });
    if (tty)
        m_err << QStringLiteral("\r") << Qt::endl;
    if (!outcome)
        return fail(outcome.error());
    if (!outcome->report.ok()) {
        m_out << outcome->report.toText() << Qt::endl;
        m_err << "elect: "
              << QCoreApplication::translate("Elect::Cli",
                                             "%n problem(s) in %1; nothing was imported. Fix them and run the import "
                                             "again.",
                                             nullptr, int(outcome->report.problemCount()))
                     .arg(file.fileName())
              << Qt::endl;
        return UserError;
    }
    if (options.checkOnly)
        m_out << QCoreApplication::translate("Elect::Cli",
                                             "%1 rows checked, no problems found (read as %2). Nothing was written.")
                     .arg(outcome->rows)
                     .arg(outcome->encoding)
              << Qt::endl;
    else
        m_out << (options.kind == Csv::ImportKind::Voters
                      ? QCoreApplication::translate("Elect::Cli", "Voters imported into election %2: %1.")
                      : QCoreApplication::translate("Elect::Cli", "Candidates imported into election %2: %1."))
                     .arg(outcome->inserted)
                     .arg(electionId)
              << Qt::endl;
    return Ok;
}

} // namespace Elect::Cli
