#pragma once

#include "core/db/ConnectionSettings.h"
#include "core/Result.h"

#include <QString>

namespace Elect {

class Database;

/// What `elect serve`'s account-state route needs (docs/registration-api.md, core/sql/0025_account_state.sql):
/// a proof of an account's password by PostgreSQL itself, and, once proven, the account's state.
class AccountStateRepository
{
public:
    /// What a login attempt as the email's own role said.
    enum class Proof {
        Active,      ///< the connection opened (it was closed at once): the account may sign in
        NotActive,   ///< the password is right, the role may not log in ("not permitted to log in")
        NotProven,   ///< a wrong password, a role without a password, or no such role: the server's one answer
        Unavailable, ///< no answer that proves or disproves anything (the server down, full, misconfigured)
    };

    /// Tries a login to the server of \a server (host, port, database, sslmode and every other setting, TLS
    /// included) as \a email's login role (loginRoleForEmail) with \a password, so that the password is judged
    /// by the server's own authentication (SCRAM), never by code here. A connection that opens is closed before
    /// anything is sent on it. An empty password is NotProven without connecting (libpq would otherwise take
    /// PGPASSWORD or ~/.pgpass). Blocks for the time of one login (the server's auth_delay included).
    static Proof prove(const ConnectionSettings& server, const QString& email, const QString& password);

    struct State
    {
        /// unknown, removed, email_unverified, disabled, pending, rejected, organization_not_accepted, active
        QString state;
        QString reason; ///< rejected: the system admin's reason; otherwise empty
    };

    /// \a db: the elect_service login (the function refuses any other).
    explicit AccountStateRepository(Database& db);
    /// The state of \a email's account. Only for after prove() said NotActive: the function cannot check the
    /// password itself.
    Result<State> stateOf(const QString& email);

private:
    Database& m_db;
};

} // namespace Elect
