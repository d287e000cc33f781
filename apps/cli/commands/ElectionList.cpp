#include "apps/cli/commands/ElectionList.h"

#include "core/db/ElectionRepository.h"
#include "core/domain/Clock.h"

#include <QCoreApplication>

namespace Elect::Cli {

QString ElectionList::description() const
{
    return QCoreApplication::translate("Elect::Cli",
                                       "list elections (--as an organization's owner or admin, or a system admin)");
}

int ElectionList::execute(CommandContext& context, const QCommandLineParser&, const QStringList&) const
{
    auto db = context.connectAccount();
    if (!db)
        return context.fail(db.error());
    const auto list = ElectionRepository(**db).list();
    if (!list)
        return context.fail(list.error());
    const QDateTime now = Clock::system().now();
    for (const Election& e : *list)
        context.out() << QStringLiteral("%1\t%2\t%3\t%4\t%5 .. %6")
                             .arg(e.id)
                             .arg(e.title, toString(e.phase(now)), keyOf(e.countingMethod),
                                  e.startsAt.toString(Qt::ISODate), e.endsAt.toString(Qt::ISODate))
                      << Qt::endl;
    return Ok;
}

} // namespace Elect::Cli
