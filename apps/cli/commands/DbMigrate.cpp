#include "apps/cli/commands/DbMigrate.h"

#include "core/db/Migrator.h"

#include <QCoreApplication>

namespace Elect::Cli {

QString DbMigrate::description() const
{
    return QCoreApplication::translate("Elect::Cli", "apply pending migrations");
}

int DbMigrate::execute(CommandContext& context, const QCommandLineParser&, const QStringList&) const
{
    auto db = context.connectAdministrator();
    if (!db)
        return context.fail(db.error());
    const auto applied = Migrator(**db).migrate();
    if (!applied)
        return context.fail(applied.error());
    for (const auto& m : *applied)
        context.out() << QCoreApplication::translate("Elect::Cli", "applied %1").arg(m.name) << Qt::endl;
    if (applied->isEmpty())
        context.out() << QCoreApplication::translate("Elect::Cli", "The database is up to date.") << Qt::endl;
    return Ok;
}

} // namespace Elect::Cli
