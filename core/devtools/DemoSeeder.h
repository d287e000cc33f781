#pragma once

#include "core/db/ConnectionSettings.h"
#include "core/db/DemoAccounts.h"
#include "core/Result.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace Elect {

class Database;

/// Creates Elect's demo: a system admin, an accepted organization with its owner, a draft election,
/// two running ones with candidates and voters (choose one; ranked, instant runoff), a kiosk, and a second
/// organization waiting for review. Everything goes through the same functions and row-level security as
/// real use; only the step that publishes the running elections (charging comes with payments) is done by
/// the superuser.
class DemoSeeder
{
public:
    using Account = DemoAccount;
    struct Outcome
    {
        QList<Account> accounts;
        QStringList lines; ///< what was made, for people
    };

    /// \a connectAs opens a connection as another login of the same server.
    using Connector = std::function<Result<std::unique_ptr<Database>>(const QString& role, const QString& password)>;

    DemoSeeder(Database& superuser, Connector connectAs);

    /// The account file (see DemoAccounts in core/db, which the apps' demo mode uses without this target).
    static QString accountsFile(const QString& embeddedRoot) { return DemoAccounts::file(embeddedRoot); }
    static Result<QList<Account>> loadAccounts(const QString& path = {}) { return DemoAccounts::load(path); }
    static Status saveAccounts(const QString& path, const QList<Account>& accounts)
    {
        return DemoAccounts::save(path, accounts);
    }

    /// Idempotent: a second run finds the demo and changes nothing (passwords from the first run stay;
    /// \a previous gives them back).
    Result<Outcome> run(const QList<Account>& previous = {});

private:
    Database& m_superuser;
    Connector m_connect;
};

} // namespace Elect
