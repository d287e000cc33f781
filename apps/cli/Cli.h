#pragma once

#include "core/db/ConnectionSettings.h"
#include "core/db/Database.h"
#include "core/db/EmbeddedServer.h"
#include "core/Result.h"

#include <QHash>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace Elect::Cli {

/// Exit statuses: 0 done, 1 a user error (one line on stderr), 2 bad usage.
enum Exit { Ok = 0, UserError = 1, Usage = 2 };

/// The `elect` command line: parses global options, then hands the rest to one command.
class Cli
{
public:
    Cli();
    int run(QStringList args);

private:
    // commands
    int db(const QStringList& args);
    int server(const QStringList& args);
    int sysadmin(const QStringList& args);
    int org(const QStringList& args);
    int election(const QStringList& args);
    int demo(const QStringList& args);
    int importFile(const QStringList& args);

    // connections
    bool embedded() const { return m_dbUri.isEmpty(); }
    EmbeddedServer& server();
    /// The base settings: the embedded socket, or the --db URI.
    ConnectionSettings baseSettings();
    /// A superuser (embedded) or the --db URI's own login.
    Result<std::unique_ptr<Database>> connectAdministrator(const QString& dbname = QLatin1String(kDatabaseName));
    /// The account named by --as (its password read without echo), or fails with a usage hint.
    Result<std::unique_ptr<Database>> connectAccount();
    Result<std::unique_ptr<Database>> connectAs(const QString& role, const QString& password);
    Status ensureServer();
    Status initialize(const QString& servicePassword);

    /// Reads a password: from --password-fd (one line per call), else from the terminal without echo.
    Result<QString> readPassword(const QString& prompt, bool confirm = false);

    int fail(const Error& error);
    int usage(const QString& message);
    void printHelp();

    QTextStream m_out;
    QTextStream m_err;
    QString m_dbUri;
    QString m_dataDir;
    QString m_as;
    int m_passwordFd = -1;
    std::unique_ptr<EmbeddedServer> m_server;
};

/// Options of one command: "--name value" pairs and positional arguments, in any order.
class Options
{
public:
    /// Fails when an option not in \a known is given, or an option lacks its value. \a flags take no value.
    static std::optional<Options> parse(const QStringList& args, const QStringList& known, const QStringList& flags,
                                        QString* error);
    QString value(const QString& name, const QString& fallback = {}) const { return m_values.value(name, fallback); }
    bool has(const QString& name) const { return m_values.contains(name); }
    const QStringList& positional() const { return m_positional; }

private:
    QHash<QString, QString> m_values;
    QStringList m_positional;
};

} // namespace Elect::Cli
