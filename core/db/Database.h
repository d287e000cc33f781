#pragma once

#include "core/db/ConnectionSettings.h"
#include "core/Result.h"

#include <QString>

#include <memory>

namespace Elect {

/// One open connection to PostgreSQL as one login role. Not thread-safe: use it from one thread at
/// a time (the apps give each Database its own worker thread). Repositories in core/db use it; libpqxx
/// never appears outside core/db.
class Database
{
public:
    /// Connects. Fails with AuthFailed for a wrong user or password, AccountNotActive for an account
    /// without LOGIN (email not verified or organization not accepted), Unavailable when the server
    /// cannot be reached.
    static Result<std::unique_ptr<Database>> connect(const ConnectionSettings& settings);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// The role the server says we are (session_user).
    QString sessionUser() const;
    const ConnectionSettings& settings() const;
    bool isOpen() const;
    /// Reads what the server sent while the connection sat idle, sending nothing: false when the server
    /// closed the connection meanwhile (idle_session_timeout, a restart, a terminated session). A call
    /// made after a true answer can still find the connection gone if it closes in between.
    bool stillOpen();

    /// Runs SQL that takes no parameters and returns nothing (setup scripts). Never for user input.
    Status executeScript(const QString& sql);

    struct Impl;
    Impl& impl() { return *m_impl; }

private:
    explicit Database(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace Elect
