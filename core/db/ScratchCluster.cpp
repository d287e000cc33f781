#include "core/db/ScratchCluster.h"

#include "core/db/Migrator.h"

#include <QFile>

namespace Elect {

ScratchCluster::ScratchCluster(const QString& extraConfig) : m_dir(QStringLiteral("/tmp/elect-scratch-XXXXXX"))
{
    // The folder must be enterable by the server's account when tests run as root.
    QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                            QFileDevice::ExeGroup | QFileDevice::ExeOther);
    m_server = std::make_unique<EmbeddedServer>(m_dir.path() + QStringLiteral("/pg"));
    m_server->setThrowaway(true);
    m_server->setExtraConfig(extraConfig);
    auto step = [this](const Status& s) {
        if (!s)
            m_error = s.message();
        return bool(s);
    };
    if (!step(m_server->start()))
        return;
    {
        auto maintenance = Database::connect(*m_server->superuserSettings(QStringLiteral("postgres")));
        if (!maintenance) {
            m_error = maintenance.message();
            return;
        }
        if (!step(initializeCluster(**maintenance, QStringLiteral("service-password-for-tests"))))
            return;
    }
    auto db = Database::connect(superuser());
    if (!db) {
        m_error = db.message();
        return;
    }
    if (!step(initializeDatabase(**db)))
        return;
    const auto applied = Migrator(**db).migrate();
    if (!applied) {
        m_error = applied.message();
        return;
    }
    m_ok = true;
}

ScratchCluster::~ScratchCluster()
{
    if (m_server)
        (void)m_server->stop();
}

ConnectionSettings ScratchCluster::superuser() const
{
    return *m_server->superuserSettings();
}

ConnectionSettings ScratchCluster::as(const QString& role, const QString& password) const
{
    return m_server->settingsFor(role, password);
}

std::unique_ptr<Database> ScratchCluster::connect(const QString& role, const QString& password) const
{
    auto db = Database::connect(as(role, password));
    if (!db) {
        qWarning("ScratchCluster: cannot connect as %s: %s", qPrintable(role), qPrintable(db.message()));
        return nullptr;
    }
    return std::move(db).value();
}

std::unique_ptr<Database> ScratchCluster::connectSuperuser() const
{
    auto db = Database::connect(superuser());
    if (!db) {
        qWarning("ScratchCluster: cannot connect as superuser: %s", qPrintable(db.message()));
        return nullptr;
    }
    return std::move(db).value();
}

} // namespace Elect
