#include "apps/cli/commands/DbStatus.h"

#include "core/db/Migrator.h"

#include <QCoreApplication>

namespace Elect::Cli {

QString DbStatus::description() const
{
    return QCoreApplication::translate("Elect::Cli", "list applied and pending migrations");
}

int DbStatus::execute(CommandContext& context, const QCommandLineParser&, const QStringList&) const
{
    auto db = context.connectAdministrator();
    if (!db)
        return context.fail(db.error());
    const auto list = Migrator(**db).status();
    if (!list)
        return context.fail(list.error());
    for (const auto& m : *list)
        context.out() << (m.applied ? QCoreApplication::translate("Elect::Cli", "applied  %1  %2")
                                          .arg(m.name, m.appliedAt.toString(Qt::ISODate))
                                    : QCoreApplication::translate("Elect::Cli", "pending  %1").arg(m.name))
                      << Qt::endl;
    return Ok;
}

} // namespace Elect::Cli
