#pragma once

#include <optional>

#include "apps/cli/PasswordSource.h"

#include "core/db/ConnectionSettings.h"
#include "core/db/Database.h"
#include "core/db/EmbeddedServer.h"
#include "core/Result.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace Elect::Cli {

/// Exit statuses: 0 done, 1 a problem (one line on stderr), 2 wrong usage.
enum Exit { Ok = 0, UserError = 1, Usage = 2 };

/// The global options, given before the command name.
struct GlobalOptions
{
    QString dbUri;       ///< --db: a configured server; empty means the embedded one
    QString dataDir;     ///< --data-dir (or $ELECT_DATA_DIR): the embedded server's folder; empty: the default
    QString as;          ///< --as: the Elect account to act as
    int passwordFd = -1; ///< --password-fd: read passwords from this descriptor instead of the terminal
};

/// What a command runs with: the global options, where to print, where passwords come from, and the
/// connections they lead to. Tests build one around string streams and run a command in-process.
class CommandContext
{
public:
    /// \a passwords: null means --password-fd when given, else the terminal.
    CommandContext(QTextStream& out, QTextStream& err, GlobalOptions options,
                   std::unique_ptr<PasswordSource> passwords = {});
    ~CommandContext();
    CommandContext(const CommandContext&) = delete;
    CommandContext& operator=(const CommandContext&) = delete;

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    const GlobalOptions& options() const { return m_options; }

    /// Reads a password from the context's source (see PasswordSource::read).
    Result<QString> readPassword(const QString& prompt, bool confirm = false);
    /// A new password, asked twice at a terminal, refused unless PasswordStrength finds it acceptable;
    /// \a userInputs are the account's email and names, which make a password weak.
    Result<QString> readNewPassword(const QString& prompt, const QStringList& userInputs);

    /// Prints "elect: MESSAGE" on err and returns UserError.
    int fail(const Error& error);
    /// Prints "elect: MESSAGE" and where to find \a command's usage on err, and returns Usage.
    int usage(const QString& message, const QString& command = {});

    // Connections
    bool embedded() const { return m_options.dbUri.isEmpty(); }
    /// For the `server` commands: the usage error (exit 2) when --db names another server, else nothing.
    std::optional<int> refuseUnlessEmbedded(const QString& command);
    /// The embedded server of --data-dir (created on first use; not started).
    EmbeddedServer& server();
    /// The base settings: the embedded socket, or the --db URI.
    ConnectionSettings baseSettings();
    /// Starts the embedded server when it is used and not running; nothing for --db.
    Status ensureServer();
    /// A superuser (embedded) or the --db URI's own login.
    Result<std::unique_ptr<Database>> connectAdministrator(const QString& dbname = QLatin1String(kDatabaseName));
    /// The account named by --as (its password read from the source), or fails with a usage hint.
    Result<std::unique_ptr<Database>> connectAccount();
    Result<std::unique_ptr<Database>> connectAs(const QString& role, const QString& password);
    /// Creates the embedded cluster if needed, then the roles, the database and the schema, and migrates,
    /// printing each migration applied. Safe to run again.
    Status initialize(const QString& servicePassword);

private:
    QTextStream& m_out;
    QTextStream& m_err;
    GlobalOptions m_options;
    std::unique_ptr<PasswordSource> m_passwords;
    std::unique_ptr<EmbeddedServer> m_server;
};

} // namespace Elect::Cli
