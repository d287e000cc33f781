#pragma once

#include "core/db/ConnectionSettings.h"
#include "core/db/Database.h"
#include "core/db/EmbeddedServer.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Elect::Test {

/// A throwaway PostgreSQL cluster for one test: created in a temporary folder, initialized with Elect's
/// roles, database and migrations, and stopped and removed when the object goes. Tests never touch a
/// user's database.
class TestCluster
{
public:
    /// \a extraConfig: postgresql.conf lines (e.g. "log_statement = all").
    explicit TestCluster(const QString& extraConfig = {});
    ~TestCluster();

    /// False when setting up failed; error() says why (tests QVERIFY2 on it).
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }

    EmbeddedServer& server() { return *m_server; }
    /// Superuser on the elect database.
    ConnectionSettings superuser() const;
    ConnectionSettings as(const QString& role, const QString& password) const;
    /// Connects or fails the calling test through QFAIL-like Q_ASSERT messages; returns null on failure.
    std::unique_ptr<Database> connect(const QString& role, const QString& password) const;
    std::unique_ptr<Database> connectSuperuser() const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<EmbeddedServer> m_server;
    bool m_ok = false;
    QString m_error;
};

} // namespace Elect::Test
