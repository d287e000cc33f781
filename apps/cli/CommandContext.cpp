#include "apps/cli/CommandContext.h"

#include "core/db/Migrator.h"
#include "core/domain/PasswordStrength.h"

#include <QCoreApplication>

namespace Elect::Cli {

CommandContext::CommandContext(QTextStream& out, QTextStream& err, GlobalOptions options,
                               std::unique_ptr<PasswordSource> passwords)
    : m_out(out), m_err(err), m_options(std::move(options)), m_passwords(std::move(passwords))
{
    if (!m_passwords) {
        if (m_options.passwordFd >= 0)
            m_passwords = std::make_unique<FdPasswordSource>(m_options.passwordFd);
        else
            m_passwords = std::make_unique<TerminalPasswordSource>(m_err);
    }
}

CommandContext::~CommandContext() = default;

Result<QString> CommandContext::readPassword(const QString& prompt, bool confirm)
{
    return m_passwords->read(prompt, confirm);
}

Result<QString> CommandContext::readNewPassword(const QString& prompt, const QStringList& userInputs)
{
    auto password = m_passwords->read(prompt, true);
    if (!password)
        return password;
    const PasswordEstimate estimate = PasswordStrength::estimate(*password, userInputs);
    if (!estimate.acceptable())
        return Result<QString>::failure(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("Elect::Cli", "the password is too easy to guess: %1 %2")
                .arg(estimate.warning, estimate.suggestions.join(u' ')));
    return password;
}

int CommandContext::fail(const Error& error)
{
    m_err << "elect: " << error.message << Qt::endl;
    return UserError;
}

std::optional<int> CommandContext::refuseUnlessEmbedded(const QString& command)
{
    if (embedded())
        return std::nullopt;
    return usage(
        QCoreApplication::translate(
            "Elect::Cli", "server: only the embedded server is started and stopped by Elect; --db names another one"),
        command);
}

int CommandContext::usage(const QString& message, const QString& command)
{
    m_err << "elect: " << message << Qt::endl
          << (command.isEmpty()
                  ? QCoreApplication::translate("Elect::Cli", "Run \"elect --help\" for usage.")
                  : QCoreApplication::translate("Elect::Cli", "Run \"elect %1 --help\" for usage.").arg(command))
          << Qt::endl;
    return Usage;
}

EmbeddedServer& CommandContext::server()
{
    if (!m_server)
        m_server = std::make_unique<EmbeddedServer>(m_options.dataDir);
    return *m_server;
}

ConnectionSettings CommandContext::baseSettings()
{
    ConnectionSettings s;
    if (embedded()) {
        s.host = server().socketDir();
        s.dbname = QLatin1String(kDatabaseName);
    } else {
        s.conninfo = m_options.dbUri;
    }
    return s;
}

Status CommandContext::ensureServer()
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

Result<std::unique_ptr<Database>> CommandContext::connectAs(const QString& role, const QString& password)
{
    return Database::connect(baseSettings().as(role, password));
}

Result<std::unique_ptr<Database>> CommandContext::connectAdministrator(const QString& dbname)
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
    s.conninfo = m_options.dbUri;
    if (dbname != QLatin1String(kDatabaseName))
        s.dbname = dbname;
    return Database::connect(s);
}

Result<std::unique_ptr<Database>> CommandContext::connectAccount()
{
    if (m_options.as.isEmpty())
        return Result<std::unique_ptr<Database>>::failure(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("Elect::Cli", "say who you are: elect --as EMAIL ... (the password is asked)"));
    if (Status s = ensureServer(); !s)
        return s.error();
    const auto password =
        readPassword(QCoreApplication::translate("Elect::Cli", "Password for %1: ").arg(m_options.as));
    if (!password)
        return password.error();
    return connectAs(loginRoleForEmail(m_options.as), *password);
}

Status CommandContext::initialize(const QString& servicePassword)
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
        const auto superuser = server().superuserSettings();
        if (!superuser)
            return superuser.error();
        onElect = *superuser;
    } else {
        onElect.conninfo = m_options.dbUri;
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

} // namespace Elect::Cli
