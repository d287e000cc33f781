#pragma once

#include "core/db/Database.h"
#include "core/devtools/DemoSeeder.h"
#include "core/devtools/ScratchCluster.h"

namespace Elect::Test {

/// A throwaway cluster for one test (see ScratchCluster): tests never touch a user's database.
using TestCluster = ScratchCluster;

/// Fills \a cluster with what `elect demo` makes (organizations, elections, staff, a kiosk) and
/// returns the accounts it created.
inline Result<DemoSeeder::Outcome> seedDemo(TestCluster& cluster)
{
    auto superuser = cluster.connectSuperuser();
    if (!superuser)
        return Result<DemoSeeder::Outcome>::failure(ErrorCode::Unavailable,
                                                    QStringLiteral("the scratch cluster refused its superuser"));
    DemoSeeder seeder(*superuser, [&cluster](const QString& role, const QString& password) {
        return Database::connect(cluster.as(role, password));
    });
    return seeder.run();
}

/// The demo's account whose label starts with \a labelStart ("Owner of Nile", "Kiosk"); stops the test
/// run when the demo has none (the demo changed under the test).
inline const DemoSeeder::Account& demoAccount(const QList<DemoSeeder::Account>& accounts, const QString& labelStart)
{
    for (const auto& a : accounts)
        if (a.label.startsWith(labelStart))
            return a;
    qFatal("no demo account %s", qPrintable(labelStart));
}

} // namespace Elect::Test
