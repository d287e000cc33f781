#include "core/secrets/SecretStore.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace Elect {

namespace {

void run(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

Error keychainError(const QKeychain::Job& job)
{
    if (job.error() == QKeychain::EntryNotFound)
        return {ErrorCode::NotFound,
                QCoreApplication::translate("Elect::SecretStore", "Nothing is saved in the keychain for this.")};
    return {ErrorCode::Unavailable,
            QCoreApplication::translate("Elect::SecretStore",
                                        "The system keychain is not available (%1). Unlock it, or sign in without "
                                        "saving the password.")
                .arg(job.errorString())};
}
} // namespace

SecretStore::SecretStore(QString service) : m_service(std::move(service)) {}

Result<QString> SecretStore::read(const QString& key) const
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    run(job);
    if (job.error() != QKeychain::NoError)
        return keychainError(job);
    return job.textData();
}

Status SecretStore::write(const QString& key, const QString& secret)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setTextData(secret);
    run(job);
    if (job.error() != QKeychain::NoError)
        return keychainError(job);
    return success();
}

Status SecretStore::remove(const QString& key)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    run(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return keychainError(job);
    return success();
}

} // namespace Elect
