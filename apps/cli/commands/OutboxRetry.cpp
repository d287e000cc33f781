#include "apps/cli/commands/OutboxRetry.h"

#include "apps/cli/commands/OutboxList.h"
#include "core/db/OutboxAdminRepository.h"

#include <QCoreApplication>

namespace Elect::Cli {

QString OutboxRetry::description() const
{
    return QCoreApplication::translate("Elect::Cli",
                                       "send a failed message again (--as a system admin or --as elect_service)");
}

QList<Command::Argument> OutboxRetry::arguments() const
{
    return {{QStringLiteral("ID"),
             QCoreApplication::translate("Elect::Cli", "the message's id (see \"elect outbox list --failed\")")}};
}

int OutboxRetry::execute(CommandContext& context, const QCommandLineParser& parser, const QStringList&) const
{
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (!ok)
        return context.usage(QCoreApplication::translate(
                                 "Elect::Cli", "outbox retry needs the message's id (see \"elect outbox list\")"),
                             name());
    auto db = OutboxList::connectOperator(context);
    if (!db)
        return context.fail(db.error());
    if (Status s = OutboxAdminRepository(**db).retry(id); !s)
        return context.fail(s.error());
    context.out() << QCoreApplication::translate("Elect::Cli",
                                                 "Message %1 will be sent again at the next run of elect serve.")
                         .arg(id)
                  << Qt::endl;
    return Ok;
}

} // namespace Elect::Cli
