#pragma once

#include "core/db/ConnectionSettings.h"
#include "core/Result.h"

#include <QString>

namespace Elect {

/// A private PostgreSQL cluster that Elect creates, starts and stops itself: initdb with SCRAM and
/// UTF-8, no TCP port, a Unix socket in a 0700 directory, its log kept under the root directory.
///
/// PostgreSQL refuses to run as root. When Elect runs as root, the cluster is owned and run by the
/// unprivileged system account "elect-postgres" (created if missing), and the setup says so.
///
/// Layout under root(): cluster/ (PGDATA), socket/, log/ (the server's log files, rotated at 10 MB, at most
/// about 100 MB in all: pruneLogs(); log/startup.log holds what the server says before its log collector
/// runs), superuser.secret (0600, the superuser's random password, readable only by the user who created
/// the cluster).
///
/// Its hardening settings (cluster/elect.conf, written at every start so that older clusters get them
/// too; docs/security.md): passwordcheck and auth_delay loaded, no failed statement copied into the log,
/// temp_file_limit, log rotation.
class EmbeddedServer
{
public:
    /// \a root is created if missing. An empty root means defaultRoot().
    explicit EmbeddedServer(QString root = {});

    /// The user's data directory (~/.local/share/elect/postgres), or /var/lib/elect/postgres for root.
    static QString defaultRoot();
    /// The directory of PostgreSQL's programs (initdb, pg_ctl, postgres): $ELECT_PG_BINDIR, else the newest
    /// /usr/lib/postgresql/<version>/bin, else the directory of initdb on PATH. Fails with a message
    /// that says which package to install when none is found.
    static Result<QString> findBinDir();

    QString root() const { return m_root; }
    QString dataDir() const;
    QString socketDir() const;
    /// The log file the server writes now (PostgreSQL's current_logfiles), or the startup log when the
    /// server has not started its log collector.
    QString logFile() const;
    /// All of the server's log files under root()/log, oldest first (the startup log last).
    QStringList logFiles() const;
    /// Deletes the oldest rotated log files until the rest take at most kLogCapBytes (the file being
    /// written is never deleted), and empties the startup log when it passed 1 MB. start() calls it; an
    /// app that keeps the server running calls it now and then (Connection does, every 10 minutes).
    void pruneLogs() const;
    static constexpr qint64 kLogRotationBytes = 10 * 1024 * 1024;
    static constexpr qint64 kLogCapBytes = 100 * 1024 * 1024;
    /// What the embedded server adds to postgresql.conf (and an external server's administrator should).
    static QString hardeningConfig();

    /// Tests set this: no fsync, quick to create and throw away.
    void setThrowaway(bool throwaway) { m_throwaway = throwaway; }
    /// Extra postgresql.conf lines written at initdb time (tests use log_statement = all).
    void setExtraConfig(const QString& lines) { m_extraConfig = lines; }

    bool isInitialized() const;
    /// Creates the cluster if it does not exist yet. Idempotent.
    Status initialize();
    /// Starts the server if it is not running, clearing a postmaster.pid left by a crash. Idempotent.
    Status start();
    /// Stops the server (fast shutdown) if it runs. Idempotent.
    Status stop();
    bool isRunning() const;
    /// Account notes for people ("runs as elect-postgres because you are root"), empty when none.
    QString notes() const { return m_notes; }

    /// The superuser's connection to database \a dbname.
    Result<ConnectionSettings> superuserSettings(const QString& dbname = QLatin1String(kDatabaseName)) const;
    /// Connection settings for \a role on the Elect database, through the socket.
    ConnectionSettings settingsFor(const QString& role, const QString& password) const;

private:
    Status runTool(const QString& tool, const QStringList& args, int timeoutMs, QString* output = nullptr) const;
    Status prepareAccount();
    Status clearStalePid();
    Status writeHardeningConfig() const;
    QString startupLogFile() const;

    QString m_root;
    bool m_throwaway = false;
    QString m_extraConfig;
    QString m_notes;
    int m_runAsUid = -1; ///< -1: run as ourselves
    int m_runAsGid = -1;
};

} // namespace Elect
