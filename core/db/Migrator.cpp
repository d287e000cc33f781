#include "core/db/Migrator.h"

#include "core/crypto/Crypto.h"
#include "core/db/DbSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace Elect {

namespace {
const QString kSqlDir = QStringLiteral(":/elect/sql");

QString readResource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Applied migrations: version -> (checksum, applied at).
Result<QHash<int, Migrator::Migration>> applied(Database& db)
{
    return Db::transact<QHash<int, Migrator::Migration>>(db, [](pqxx::work& w) {
        QHash<int, Migrator::Migration> out;
        const auto exists = w.exec("SELECT to_regclass('elect.schema_migrations') IS NOT NULL")[0][0].as<bool>();
        if (!exists)
            return out;
        for (const auto& row : w.exec("SELECT version, name, checksum, extract(epoch FROM applied_at) AS applied_at"
                                      " FROM elect.schema_migrations")) {
            Migrator::Migration m;
            m.version = row["version"].as<int>();
            m.name = Db::qstr(row["name"]);
            m.checksum = Db::qstr(row["checksum"]);
            m.applied = true;
            m.appliedAt = Db::epoch(row["applied_at"]);
            out.insert(m.version, m);
        }
        return out;
    });
}
} // namespace

Migrator::Migrator(Database& db) : m_db(db) {}

QList<Migrator::Migration> Migrator::shipped()
{
    QList<Migration> out;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    const QStringList files = QDir(kSqlDir).entryList(QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        Migration m;
        m.version = match.captured(1).toInt();
        m.name = file;
        m.checksum = QString::fromLatin1(Crypto::sha256(readResource(kSqlDir + u'/' + file).toUtf8()).toHex());
        out << m;
    }
    return out;
}

QString Migrator::sqlOf(const Migration& migration)
{
    return readResource(kSqlDir + u'/' + migration.name);
}

Result<QList<Migrator::Migration>> Migrator::status()
{
    const auto done = applied(m_db);
    if (!done)
        return done.error();
    QList<Migration> out = shipped();
    for (Migration& m : out) {
        const auto it = done->find(m.version);
        if (it == done->end())
            continue;
        if (it->checksum != m.checksum)
            return Result<QList<Migration>>::failure(
                ErrorCode::WrongState,
                QCoreApplication::translate(
                    "Elect::Migrator",
                    "Migration %1 was changed after it was applied to this database (checksum %2 applied, %3 shipped). "
                    "Shipped migrations must never be edited; restore the original file and add a new migration.")
                    .arg(m.name, it->checksum.left(12), m.checksum.left(12)));
        m.applied = true;
        m.appliedAt = it->appliedAt;
    }
    return out;
}

Result<QList<Migrator::Migration>> Migrator::migrate()
{
    const auto current = status();
    if (!current)
        return current.error();
    QList<Migration> done;
    for (const Migration& m : *current) {
        if (m.applied)
            continue;
        const QString sql = sqlOf(m);
        const Status s = Db::transactVoid(m_db, [&](pqxx::work& w) {
            w.exec("SET LOCAL ROLE elect_owner");
            // Two migrators at once: the second waits, then finds the work done.
            w.exec("SELECT pg_advisory_xact_lock(7261000)");
            w.exec("CREATE TABLE IF NOT EXISTS elect.schema_migrations ("
                   " version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL,"
                   " applied_at timestamptz NOT NULL DEFAULT now())");
            if (!w.exec_params("SELECT 1 FROM elect.schema_migrations WHERE version = $1", m.version).empty())
                return;
            w.exec(sql.toStdString());
            w.exec("SET LOCAL search_path = elect, pg_catalog");
            w.exec_params("INSERT INTO elect.schema_migrations (version, name, checksum) VALUES ($1, $2, $3)",
                          m.version, Db::str(m.name), Db::str(m.checksum));
            w.exec("GRANT SELECT ON elect.schema_migrations TO elect_sysadmin");
        });
        if (!s)
            return Result<QList<Migration>>::failure(
                s.code(), QCoreApplication::translate("Elect::Migrator", "Migration %1 failed and was rolled back: %2")
                              .arg(m.name, s.message()));
        Migration applied = m;
        applied.applied = true;
        done << applied;
    }
    return done;
}

Status initializeCluster(Database& superuser, const QString& servicePassword)
{
    const QString clusterSql = readResource(kSqlDir + QStringLiteral("/cluster.sql"));
    if (Status s = superuser.executeScript(clusterSql); !s)
        return s;
    const QString service = servicePassword.isEmpty() ? QString() : scramVerifier(servicePassword);
    const Status roles = Db::transactVoid(superuser, [&](pqxx::work& w) {
        // format() quotes on the server: the verifier is a parameter, never pasted into SQL.
        if (!service.isEmpty())
            w.exec(w.exec_params("SELECT format('ALTER ROLE elect_service LOGIN PASSWORD %L', $1::text)",
                                 Db::str(service))[0][0]
                       .as<std::string>());
    });
    if (!roles)
        return roles;
    try {
        pqxx::nontransaction n(*superuser.impl().conn);
        if (n.exec_params("SELECT 1 FROM pg_database WHERE datname = $1", kDatabaseName).empty())
            n.exec("CREATE DATABASE elect OWNER elect_owner TEMPLATE template0 ENCODING 'UTF8'");
    } catch (const std::exception& e) {
        return Db::translate(e);
    }
    return success();
}

Status initializeDatabase(Database& superuserOnElectDb)
{
    return superuserOnElectDb.executeScript(readResource(kSqlDir + QStringLiteral("/database.sql")));
}

} // namespace Elect
