#pragma once

#include "core/db/ServerProfile.h"

#include "core/db/Database.h"
#include "core/domain/Types.h"
#include "core/Result.h"

#include <QFuture>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>
#include <QThreadPool>

#include <memory>
#include <type_traits>

namespace Elect {

/// The signed-in connection of the admin app. It owns the Database and one worker thread (a
/// QThreadPool of one), and every database or keychain call runs there, one at a time, so the GUI
/// thread never waits and the Database is never used from two threads. Callers continue on the GUI
/// thread with QFuture::then(context, ...).
class Session : public QObject
{
    Q_OBJECT

public:
    explicit Session(QObject* parent = nullptr);
    ~Session() override;

    enum class Remember { Save, Forget, Leave };

    struct SignedIn
    {
        Identity identity;
        QString server;  ///< the server, for people ("socket /run/...", "db.example.org:5432")
        QString warning; ///< set when signing in worked but the keychain did not
    };

    /// Starts the embedded server when \a profile says so, connects as the account of \a email and
    /// asks the database who that is. On success the Session keeps the connection; \a remember says
    /// what to do with the password in the keychain.
    QFuture<Result<SignedIn>> signIn(const ServerProfile& profile, const QString& email, const QString& password,
                                     Remember remember);

    /// The password remembered in the keychain for \a email on \a profile's server.
    QFuture<Result<QString>> rememberedPassword(const ServerProfile& profile, const QString& email);

    bool isSignedIn() const { return m_signedIn; }
    const Identity& identity() const { return m_identity; }

    /// Runs \a fn(Database&) on the session's worker thread. Only after a successful sign-in.
    template <typename Fn>
    auto run(Fn fn) -> QFuture<std::invoke_result_t<Fn, Database&>>
    {
        Q_ASSERT(m_signedIn);
        return QtConcurrent::run(&m_pool, [this, fn]() { return fn(*m_db); });
    }

    /// The keychain entry of an account's password on a server.
    static QString keychainKey(const ServerProfile& profile, const QString& email);

private:
    QThreadPool m_pool;
    std::unique_ptr<Database> m_db; ///< touched only on m_pool's thread after construction
    bool m_signedIn = false;
    Identity m_identity;
};

} // namespace Elect
