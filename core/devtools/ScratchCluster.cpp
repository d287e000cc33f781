#include "core/devtools/ScratchCluster.h"

#include "core/db/Migrator.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace Elect {

namespace {
const QString kPattern = QStringLiteral("elect-scratch-*");
const QString kOwnerFile = QStringLiteral("/owner.pid");

// A test or benchmark that crashed, or was killed at its time-out, leaves its server running and its
// folder behind. The next scratch cluster stops and removes those whose owner is gone, so that a
// machine that runs the tests every day does not collect servers.
void reapAbandonedClusters()
{
    const QDir tmp(QDir::tempPath());
    for (const QFileInfo& dir : tmp.entryInfoList({kPattern}, QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile owner(dir.filePath() + kOwnerFile);
        bool abandoned = false;
        if (owner.open(QIODevice::ReadOnly)) {
            const pid_t pid = pid_t(owner.readAll().trimmed().toLongLong());
            abandoned = pid <= 0 || (::kill(pid, 0) != 0 && errno == ESRCH);
        } else {
            // No owner yet: another process may be creating it right now; only old ones are abandoned.
            abandoned = dir.lastModified().secsTo(QDateTime::currentDateTime()) > 3600;
        }
        if (!abandoned)
            continue;
        EmbeddedServer server(dir.filePath() + QStringLiteral("/pg"));
        (void)server.stop();
        QDir(dir.filePath()).removeRecursively();
    }
}
} // namespace

ScratchCluster::ScratchCluster(const QString& extraConfig)
    : m_dir(QDir::tempPath() + QStringLiteral("/elect-scratch-XXXXXX"))
{
    reapAbandonedClusters();
    QFile owner(m_dir.path() + kOwnerFile);
    if (owner.open(QIODevice::WriteOnly))
        owner.write(QByteArray::number(qint64(::getpid())));
    owner.close();
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
