#pragma once

#include "core/Result.h"
#include "core/db/DemoSeeder.h"

#include <QList>
#include <QString>

namespace Elect {

/// The accounts that `elect demo` wrote to demo-accounts.json beside the embedded cluster.
class DemoAccounts
{
public:
    /// \a path empty means <EmbeddedServer::defaultRoot()>/demo-accounts.json.
    static Result<QList<DemoSeeder::Account>> load(const QString& path = {});
};

} // namespace Elect
