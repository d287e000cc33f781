#include "core/db/AccountStateRepository.h"

#include "core/db/DbSupport.h"

namespace Elect {

namespace {
const Db::Statement kState{"account_state_of", "SELECT state, reason FROM elect.account_state($1)"};
} // namespace

AccountStateRepository::Proof AccountStateRepository::prove(const ConnectionSettings& server, const QString& email,
                                                            const QString& password)
{
    if (password.isEmpty())
        return Proof::NotProven;
    ConnectionSettings settings = server.as(loginRoleForEmail(email), password);
    settings.applicationName = QStringLiteral("elect-serve-account-state");
    try {
        pqxx::connection proof(settings.toConnectionString().toStdString());
        proof.disconnect();
        return Proof::Active;
    } catch (const std::exception& e) {
        // The server's FATAL messages, in the order it checks: authentication (a mock exchange for a role that
        // does not exist, so that both read the same), then LOGIN, then the role's connection limit. Never
        // logged: the message names the login role, which is derived from the email.
        const QString text = QString::fromUtf8(e.what());
        if (text.contains(QLatin1String("password authentication failed")))
            return Proof::NotProven;
        if (text.contains(QLatin1String("is not permitted to log in")))
            return Proof::NotActive;
        // Checked after the password and LOGIN: the account is active, only busy.
        if (text.contains(QLatin1String("too many connections for role")))
            return Proof::Active;
        return Proof::Unavailable;
    }
}

AccountStateRepository::AccountStateRepository(Database& db) : m_db(db) {}

Result<AccountStateRepository::State> AccountStateRepository::stateOf(const QString& email)
{
    return Db::transact<State>(m_db, [&](pqxx::work& w) {
        const auto row = Db::execPrepared(w, kState, Db::str(email))[0];
        return State{Db::qstr(row[0]), Db::qstr(row[1])};
    });
}

} // namespace Elect
