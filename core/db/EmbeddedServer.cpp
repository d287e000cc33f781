#include "core/db/EmbeddedServer.h"

#include "core/crypto/Crypto.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>
#include <QVersionNumber>

#include <cerrno>
#include <csignal>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcEmbedded, "elect.core.db.embedded", QtInfoMsg)

namespace Elect {

namespace {
constexpr const char* kAccount = "elect-postgres";
constexpr const char* kSuperuser = "elect_superuser";

Status fail(const QString& message)
{
    return Status::failure(ErrorCode::Unavailable, message);
}

bool writePrivateFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return file.write(content) == content.size() && file.flush();
}
} // namespace

EmbeddedServer::EmbeddedServer(QString root) : m_root(root.isEmpty() ? defaultRoot() : std::move(root))
{
    m_root = QDir::cleanPath(QDir(m_root).absolutePath());
    if (::geteuid() == 0) {
        if (const struct passwd* pw = ::getpwnam(kAccount)) {
            m_runAsUid = int(pw->pw_uid);
            m_runAsGid = int(pw->pw_gid);
        }
    }
}

QString EmbeddedServer::defaultRoot()
{
    if (::geteuid() == 0)
        return QStringLiteral("/var/lib/elect/postgres");
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/elect/postgres");
}

Result<QString> EmbeddedServer::findBinDir()
{
    const QString fromEnv = qEnvironmentVariable("ELECT_PG_BINDIR");
    if (!fromEnv.isEmpty()) {
        if (QFileInfo(fromEnv + QStringLiteral("/initdb")).isExecutable())
            return fromEnv;
        return Result<QString>::failure(
            ErrorCode::Unavailable,
            QCoreApplication::translate("Elect::EmbeddedServer",
                                        "ELECT_PG_BINDIR is set to %1, but there is no initdb there. Point it at "
                                        "the folder that holds PostgreSQL's initdb and pg_ctl.")
                .arg(fromEnv));
    }
    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QString best;
    QVersionNumber bestVersion;
    for (const QString& entry : versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString bin = versions.filePath(entry) + QStringLiteral("/bin");
        const QVersionNumber v = QVersionNumber::fromString(entry);
        if (QFileInfo(bin + QStringLiteral("/initdb")).isExecutable() && v > bestVersion) {
            best = bin;
            bestVersion = v;
        }
    }
    if (!best.isEmpty())
        return best;
    const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    if (!initdb.isEmpty() && QFileInfo::exists(QFileInfo(initdb).absolutePath() + QStringLiteral("/pg_ctl")))
        return QFileInfo(initdb).absolutePath();
    return Result<QString>::failure(
        ErrorCode::Unavailable,
        QCoreApplication::translate(
            "Elect::EmbeddedServer",
            "PostgreSQL's server programs (initdb, pg_ctl) are not installed, so Elect cannot run its own database. "
            "Install them (Debian and Ubuntu: sudo apt install postgresql), or set ELECT_PG_BINDIR to the folder "
            "that holds them, or connect to a database server instead."));
}

QString EmbeddedServer::dataDir() const
{
    return m_root + QStringLiteral("/cluster");
}
QString EmbeddedServer::socketDir() const
{
    return m_root + QStringLiteral("/socket");
}
QString EmbeddedServer::startupLogFile() const
{
    return m_root + QStringLiteral("/log/startup.log");
}

QString EmbeddedServer::logFile() const
{
    // "stderr /root/log/postgresql-20261130-204512.log": the file the collector writes now.
    QFile current(dataDir() + QStringLiteral("/current_logfiles"));
    if (current.open(QIODevice::ReadOnly)) {
        const QString line = QString::fromLocal8Bit(current.readLine()).trimmed();
        const QString path = line.section(u' ', 1);
        if (line.startsWith(QLatin1String("stderr ")) && QFileInfo::exists(path))
            return path;
    }
    return startupLogFile();
}

QStringList EmbeddedServer::logFiles() const
{
    QDir dir(m_root + QStringLiteral("/log"));
    QStringList files;
    // The names carry the time they were started: name order is time order.
    for (const QString& name : dir.entryList({QStringLiteral("postgresql-*.log")}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    if (QFileInfo::exists(startupLogFile()))
        files << startupLogFile();
    return files;
}

void EmbeddedServer::pruneLogs() const
{
    QStringList rotated = logFiles();
    rotated.removeAll(startupLogFile());
    const QString current = logFile();
    qint64 total = 0;
    // Newest first; the newest file and the one being written always stay.
    for (qsizetype i = rotated.size() - 1; i >= 0; --i) {
        const QString& path = rotated.at(i);
        const qint64 size = QFileInfo(path).size();
        if (i < rotated.size() - 1 && path != current && total + size > kLogCapBytes && QFile::remove(path))
            continue;
        total += size;
    }
    // pg_ctl appends to it at each start; the server writes there only until its collector runs.
    if (QFileInfo(startupLogFile()).size() > 1024 * 1024) {
        QFile startup(startupLogFile());
        if (startup.open(QIODevice::ReadWrite))
            startup.resize(0);
    }
}

QString EmbeddedServer::hardeningConfig()
{
    // docs/security.md explains each value.
    return QStringLiteral("shared_preload_libraries = 'passwordcheck,auth_delay'\n"
                          "auth_delay.milliseconds = 500\n"
                          "log_min_error_statement = panic\n"
                          "log_parameter_max_length = 0\n"
                          "temp_file_limit = 1GB\n");
}

Status EmbeddedServer::writeHardeningConfig() const
{
    // Written at every start, so that a cluster made by an older Elect gets the same settings.
    const QString text =
        QStringLiteral("# Written by Elect at every start of its embedded server; changes here are lost.\n") +
        hardeningConfig() +
        QStringLiteral("logging_collector = on\n"
                       "log_directory = '%1'\n"
                       "log_filename = 'postgresql-%Y%m%d-%H%M%S.log'\n"
                       "log_file_mode = 0600\n"
                       "log_rotation_size = %2kB\n"
                       "log_rotation_age = 1d\n"
                       "log_truncate_on_rotation = off\n")
            .arg(QString(m_root + QStringLiteral("/log")).replace(u'\'', QStringLiteral("''")))
            .arg(kLogRotationBytes / 1024);
    const QString confPath = dataDir() + QStringLiteral("/postgresql.conf");
    QFile conf(confPath);
    if (!conf.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("Elect::EmbeddedServer", "Cannot read the server's configuration %1.")
                        .arg(confPath));
    const bool included = conf.readAll().contains("include_if_exists = 'elect.conf'");
    conf.close();
    const QString path = dataDir() + QStringLiteral("/elect.conf");
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(text.toUtf8()) < 0 || !out.flush() ||
        (!included && !(conf.open(QIODevice::Append) && conf.write("\ninclude_if_exists = 'elect.conf'\n") > 0)))
        return fail(
            QCoreApplication::translate("Elect::EmbeddedServer", "Cannot write the server's configuration in %1.")
                .arg(dataDir()));
    out.close();
    if (m_runAsUid >= 0 && ::chown(QFile::encodeName(path).constData(), uid_t(m_runAsUid), gid_t(m_runAsGid)) != 0)
        return fail(QCoreApplication::translate("Elect::EmbeddedServer",
                                                "Cannot give the folder %1 to the account that runs the server.")
                        .arg(path));
    return success();
}

bool EmbeddedServer::isInitialized() const
{
    return QFileInfo::exists(dataDir() + QStringLiteral("/PG_VERSION")) &&
           QFileInfo::exists(m_root + QStringLiteral("/superuser.secret"));
}

Status EmbeddedServer::runTool(const QString& tool, const QStringList& args, int timeoutMs, QString* output) const
{
    const auto binDir = findBinDir();
    if (!binDir)
        return binDir.error();
    QProcess process;
    process.setProgram(*binDir + u'/' + tool);
    process.setArguments(args);
    process.setWorkingDirectory(m_root);
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.remove(QStringLiteral("PGDATA"));
    process.setProcessEnvironment(env);
    if (m_runAsUid >= 0) {
        const uid_t uid = uid_t(m_runAsUid);
        const gid_t gid = gid_t(m_runAsGid);
        process.setChildProcessModifier([uid, gid] {
            if (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0)
                ::_exit(126);
        });
    }
    process.start();
    if (!process.waitForStarted(10000))
        return fail(QCoreApplication::translate("Elect::EmbeddedServer", "Could not start %1: %2")
                        .arg(tool, process.errorString()));
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return fail(QCoreApplication::translate("Elect::EmbeddedServer",
                                                "%1 did not finish in %2 seconds. See the server log: %3")
                        .arg(tool)
                        .arg(timeoutMs / 1000)
                        .arg(logFile()));
    }
    const QString text = QString::fromLocal8Bit(process.readAll()).trimmed();
    if (output)
        *output = text;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (!output)
            qCWarning(lcEmbedded).noquote() << tool << "failed:" << text;
        return fail(
            QCoreApplication::translate("Elect::EmbeddedServer", "%1 failed (exit code %2): %3\nThe server log is %4")
                .arg(tool)
                .arg(process.exitCode())
                .arg(text.right(800), logFile()));
    }
    return success();
}

Status EmbeddedServer::prepareAccount()
{
    if (::geteuid() != 0)
        return success();
    const QByteArray account(kAccount);
    struct passwd* pw = ::getpwnam(account.constData());
    if (!pw) {
        QProcess useradd;
        useradd.start(QStringLiteral("useradd"),
                      {QStringLiteral("--system"), QStringLiteral("--user-group"), QStringLiteral("--no-create-home"),
                       QStringLiteral("--home-dir"), QStringLiteral("/nonexistent"), QStringLiteral("--shell"),
                       QStringLiteral("/usr/sbin/nologin"), QString::fromLatin1(account)});
        useradd.waitForFinished(30000);
        pw = ::getpwnam(account.constData());
        if (!pw)
            return fail(QCoreApplication::translate(
                            "Elect::EmbeddedServer",
                            "Elect runs as root, and PostgreSQL refuses to run as root; creating the unprivileged "
                            "account %1 for it failed: %2")
                            .arg(QString::fromLatin1(account), QString::fromLocal8Bit(useradd.readAllStandardError())));
    }
    m_runAsUid = int(pw->pw_uid);
    m_runAsGid = int(pw->pw_gid);
    m_notes = QCoreApplication::translate(
                  "Elect::EmbeddedServer",
                  "Elect runs as root and PostgreSQL refuses to, so the embedded server runs as the unprivileged "
                  "account %1.")
                  .arg(QString::fromLatin1(account));
    return success();
}

Status EmbeddedServer::initialize()
{
    if (Status s = prepareAccount(); !s)
        return s;
    if (isInitialized())
        return success();
    if (const auto bin = findBinDir(); !bin)
        return bin.error();

    QDir root(m_root);
    for (const QString& dir : {m_root, dataDir(), socketDir(), m_root + QStringLiteral("/log")}) {
        if (!root.mkpath(dir))
            return fail(QCoreApplication::translate("Elect::EmbeddedServer",
                                                    "Cannot create the folder %1. Check that you may write there.")
                            .arg(dir));
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        if (m_runAsUid >= 0 && ::chown(QFile::encodeName(dir).constData(), uid_t(m_runAsUid), gid_t(m_runAsGid)) != 0)
            return fail(QCoreApplication::translate("Elect::EmbeddedServer",
                                                    "Cannot give the folder %1 to the account that runs the server.")
                            .arg(dir));
    }
    if (m_runAsUid >= 0) {
        // The server account must be able to reach the root through every parent folder.
        for (QString dir = QFileInfo(m_root).absolutePath(); dir != QStringLiteral("/");
             dir = QFileInfo(dir).absolutePath()) {
            struct stat st
            {
            };
            if (::stat(QFile::encodeName(dir).constData(), &st) == 0 && !(st.st_mode & S_IXOTH))
                return fail(QCoreApplication::translate(
                                "Elect::EmbeddedServer",
                                "The folder %1 cannot be entered by the server's account %2. Choose a data folder "
                                "outside it.")
                                .arg(dir, QString::fromLatin1(kAccount)));
        }
    }

    const QByteArray password = Crypto::randomPassword();
    const QString pwfile = m_root + QStringLiteral("/.initdb-pw");
    if (!writePrivateFile(pwfile, password + '\n'))
        return fail(QCoreApplication::translate("Elect::EmbeddedServer", "Cannot write in %1.").arg(m_root));
    if (m_runAsUid >= 0) [[maybe_unused]]
        int ignored = ::chown(QFile::encodeName(pwfile).constData(), uid_t(m_runAsUid), gid_t(m_runAsGid));

    QStringList args = {QStringLiteral("-D"),
                        dataDir(),
                        QStringLiteral("-U"),
                        QLatin1String(kSuperuser),
                        QStringLiteral("--pwfile=") + pwfile,
                        QStringLiteral("--auth=scram-sha-256"),
                        QStringLiteral("--encoding=UTF8"),
                        QStringLiteral("--locale=C")};
    if (m_throwaway)
        args << QStringLiteral("--no-sync");
    const Status initdb = runTool(QStringLiteral("initdb"), args, 180000);
    QFile::remove(pwfile);
    if (!initdb)
        return initdb;

    QString config = QStringLiteral("\n# Elect's embedded server: no TCP, a private socket, a kept log.\n"
                                    "listen_addresses = ''\n"
                                    "unix_socket_directories = '%1'\n"
                                    "unix_socket_permissions = 0700\n"
                                    "password_encryption = 'scram-sha-256'\n"
                                    "max_connections = 100\n"
                                    "log_line_prefix = '%m [%p] %q%u@%d '\n"
                                    "log_timezone = 'UTC'\n"
                                    "timezone = 'UTC'\n"
                                    "include_if_exists = 'elect.conf'\n")
                         .arg(socketDir());
    if (m_throwaway)
        config +=
            QStringLiteral("fsync = off\nsynchronous_commit = off\nfull_page_writes = off\nshared_buffers = 32MB\n");
    config += m_extraConfig + u'\n';
    QFile conf(dataDir() + QStringLiteral("/postgresql.conf"));
    QFile hba(dataDir() + QStringLiteral("/pg_hba.conf"));
    if (!conf.open(QIODevice::Append) || conf.write(config.toUtf8()) < 0 ||
        !hba.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        hba.write("# Elect's embedded server: local socket only, SCRAM for everyone.\n"
                  "local all all scram-sha-256\n") < 0)
        return fail(
            QCoreApplication::translate("Elect::EmbeddedServer", "Cannot write the server's configuration in %1.")
                .arg(dataDir()));
    conf.close();
    hba.close();
    if (!writePrivateFile(m_root + QStringLiteral("/superuser.secret"), password))
        return fail(QCoreApplication::translate("Elect::EmbeddedServer", "Cannot write in %1.").arg(m_root));
    return success();
}

Status EmbeddedServer::clearStalePid()
{
    const QString pidPath = dataDir() + QStringLiteral("/postmaster.pid");
    QFile pidFile(pidPath);
    if (!pidFile.open(QIODevice::ReadOnly))
        return success();
    bool ok = false;
    const pid_t pid = pid_t(pidFile.readLine().trimmed().toLongLong(&ok));
    pidFile.close();
    bool alive = false;
    if (ok && pid > 0 && (::kill(pid, 0) == 0 || errno == EPERM)) {
        QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
        alive = comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed().startsWith("postgres");
    }
    if (alive)
        return success(); // a live server: pg_ctl will say so
    qCInfo(lcEmbedded) << "removing the stale postmaster.pid left by a server that is gone";
    if (!QFile::remove(pidPath))
        return fail(
            QCoreApplication::translate("Elect::EmbeddedServer",
                                        "A crashed server left %1 behind and it cannot be removed. Remove it by hand.")
                .arg(pidPath));
    return success();
}

bool EmbeddedServer::isRunning() const
{
    if (!isInitialized())
        return false;
    QString ignored;
    return bool(runTool(QStringLiteral("pg_ctl"), {QStringLiteral("status"), QStringLiteral("-D"), dataDir()}, 30000,
                        &ignored));
}

Status EmbeddedServer::start()
{
    if (Status s = initialize(); !s)
        return s;
    if (isRunning())
        return success();
    if (Status s = clearStalePid(); !s)
        return s;
    if (Status s = writeHardeningConfig(); !s)
        return s;
    pruneLogs();
    return runTool(QStringLiteral("pg_ctl"),
                   {QStringLiteral("start"), QStringLiteral("-D"), dataDir(), QStringLiteral("-l"), startupLogFile(),
                    QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("120"), QStringLiteral("-s")},
                   150000);
}

Status EmbeddedServer::stop()
{
    if (Status s = prepareAccount(); !s)
        return s;
    if (!isInitialized())
        return success();
    if (!isRunning())
        return success();
    return runTool(QStringLiteral("pg_ctl"),
                   {QStringLiteral("stop"), QStringLiteral("-D"), dataDir(), QStringLiteral("-m"),
                    QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("120"),
                    QStringLiteral("-s")},
                   150000);
}

Result<ConnectionSettings> EmbeddedServer::superuserSettings(const QString& dbname) const
{
    QFile secret(m_root + QStringLiteral("/superuser.secret"));
    if (!secret.open(QIODevice::ReadOnly))
        return Result<ConnectionSettings>::failure(
            ErrorCode::Unavailable,
            QCoreApplication::translate("Elect::EmbeddedServer",
                                        "The embedded database in %1 is not set up. Run \"elect db init\" first.")
                .arg(m_root));
    ConnectionSettings s;
    s.host = socketDir();
    s.dbname = dbname;
    s.user = QLatin1String(kSuperuser);
    s.password = QString::fromLatin1(secret.readAll().trimmed());
    return s;
}

ConnectionSettings EmbeddedServer::settingsFor(const QString& role, const QString& password) const
{
    ConnectionSettings s;
    s.host = socketDir();
    s.dbname = QLatin1String(kDatabaseName);
    s.user = role;
    s.password = password;
    return s;
}

} // namespace Elect
