#include "core/secrets/SecretStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>

#include <qt6keychain/keychain.h>

#include <optional>

namespace Elect {

namespace {

// The keychain backends (libsecret over D-Bus) bind to the event loop of the thread that first used
// them; a worker thread that later ends would leave them waiting forever. So every keychain job runs
// on one thread that lives as long as the application, whichever thread asks.
QThread* g_thread = nullptr;
QObject* g_context = nullptr;

void stopKeychainThread()
{
    if (!g_thread)
        return;
    g_thread->quit();
    g_thread->wait();
    delete g_context;
    delete g_thread;
    g_context = nullptr;
    g_thread = nullptr;
}

// Started once, on first use, from whichever thread.
QObject* keychainContext()
{
    static QObject* const context = [] {
        g_thread = new QThread;
        g_thread->setObjectName(QStringLiteral("elect-keychain"));
        g_context = new QObject;
        g_context->moveToThread(g_thread);
        g_thread->start();
        qAddPostRoutine(stopKeychainThread);
        return g_context;
    }();
    return context;
}

template <typename T, typename F>
T onKeychainThread(F work)
{
    QObject* context = keychainContext();
    if (QThread::currentThread() == context->thread())
        return work();
    std::optional<T> result;
    QMetaObject::invokeMethod(
        context, [&] { result = work(); }, Qt::BlockingQueuedConnection);
    return std::move(*result);
}

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
    return onKeychainThread<Result<QString>>([&]() -> Result<QString> {
        QKeychain::ReadPasswordJob job(m_service);
        job.setKey(key);
        run(job);
        if (job.error() != QKeychain::NoError)
            return keychainError(job);
        return job.textData();
    });
}

Status SecretStore::write(const QString& key, const QString& secret)
{
    return onKeychainThread<Status>([&]() -> Status {
        QKeychain::WritePasswordJob job(m_service);
        job.setKey(key);
        job.setTextData(secret);
        run(job);
        if (job.error() != QKeychain::NoError)
            return keychainError(job);
        return success();
    });
}

Status SecretStore::remove(const QString& key)
{
    return onKeychainThread<Status>([&]() -> Status {
        QKeychain::DeletePasswordJob job(m_service);
        job.setKey(key);
        run(job);
        if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
            return keychainError(job);
        return success();
    });
}

} // namespace Elect
