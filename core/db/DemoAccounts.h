#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

namespace Elect {

/// One account that `elect demo` made, as kept in its account file.
struct DemoAccount
{
    QString label; ///< "System admin", "Owner of Nile Rowing Club", ...
    QString email; ///< empty for the kiosk
    QString loginRole;
    QString password;
    bool operator==(const DemoAccount& o) const
    {
        return label == o.label && email == o.email && loginRole == o.loginRole && password == o.password;
    }
    bool operator!=(const DemoAccount& o) const { return !(*this == o); }
};

/// The file in which `elect demo` keeps the demo's accounts, readable only by its owner. The apps' demo
/// mode reads it to sign in; making the demo is core/devtools' DemoSeeder, which the apps do not need.
class DemoAccounts
{
public:
    /// The account file beside the embedded server in \a embeddedRoot.
    static QString file(const QString& embeddedRoot);
    /// The demo's accounts from \a path (default: beside the default embedded server). NotFound when
    /// there is no demo yet, InvalidInput when the file is damaged.
    static Result<QList<DemoAccount>> load(const QString& path = {});
    /// Writes \a accounts to \a path, owner-only from the first byte. Unavailable when it cannot.
    static Status save(const QString& path, const QList<DemoAccount>& accounts);
};

} // namespace Elect
