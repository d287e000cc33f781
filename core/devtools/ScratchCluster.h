#pragma once

#include "core/db/ConnectionSettings.h"
#include "core/db/Database.h"
#include "core/db/EmbeddedServer.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Elect {

/// A throwaway PostgreSQL cluster in a temporary folder, with Elect's roles, database and migrations,
/// stopped and removed when the object goes. For tests and benchmarks: it never touches a user's
/// database. Quick to create (no fsync). Clusters left behind by a process that died are stopped and
/// removed when the next one is created.
class ScratchCluster
{
public:
    /// \a extraConfig: postgresql.conf lines (e.g. "log_statement = all").
    explicit ScratchCluster(const QString& extraConfig = {});
    ~ScratchCluster();
    ScratchCluster(const ScratchCluster&) = delete;
    ScratchCluster& operator=(const ScratchCluster&) = delete;

    /// False when setting up failed; error() says why.
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }

    EmbeddedServer& server() { return *m_server; }
    /// The superuser on the elect database.
    ConnectionSettings superuser() const;
    ConnectionSettings as(const QString& role, const QString& password) const;
    /// A connection, or null (with a warning) when it cannot connect.
    std::unique_ptr<Database> connect(const QString& role, const QString& password) const;
    std::unique_ptr<Database> connectSuperuser() const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<EmbeddedServer> m_server;
    bool m_ok = false;
    QString m_error;
};

} // namespace Elect
