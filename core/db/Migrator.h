#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Elect {

class Database;

/// The numbered SQL files of core/sql (compiled into the library) and what a database has applied.
class Migrator
{
public:
    struct Migration
    {
        int version = 0;
        QString name;     ///< file name, "0001_schema.sql"
        QString checksum; ///< SHA-256 of the file, hex
        bool applied = false;
        QDateTime appliedAt;
    };

    explicit Migrator(Database& db);

    /// Every migration Elect ships, in order, with whether \a db has applied it. Fails with WrongState
    /// when an applied migration's checksum differs from the shipped file (someone edited it).
    Result<QList<Migration>> status();

    /// Applies the pending migrations in order, each in its own transaction, as elect_owner, recording
    /// version and checksum. Refuses to run at all when an applied file's checksum changed. Returns the
    /// migrations it applied (none when the database is current).
    Result<QList<Migration>> migrate();

    /// The migrations compiled into this build.
    static QList<Migration> shipped();
    static QString sqlOf(const Migration& migration);

private:
    Database& m_db;
};

/// Cluster-wide setup that needs a superuser (or a role with CREATEROLE and CREATEDB): the group roles,
/// the service login, the database, pgcrypto and the schema. Idempotent.
/// \a servicePassword empty leaves elect_service without LOGIN until one is set.
Status initializeCluster(Database& superuserOnMaintenanceDb, const QString& servicePassword = {});
/// The same step on the Elect database itself (extension, schema, privileges). Idempotent.
Status initializeDatabase(Database& superuserOnElectDb);

} // namespace Elect
