#include "apps/cli/commands/ServerStop.h"

#include <QCoreApplication>

namespace Elect::Cli {

QString ServerStop::description() const
{
    return QCoreApplication::translate("Elect::Cli", "stop the embedded server");
}

int ServerStop::execute(CommandContext& context, const QCommandLineParser&, const QStringList&) const
{
    if (!context.embedded())
        return context.usage(
            QCoreApplication::translate(
                "Elect::Cli",
                "server: only the embedded server is started and stopped by Elect; --db names another one"),
            name());
    if (Status s = context.server().stop(); !s)
        return context.fail(s.error());
    context.out() << QCoreApplication::translate("Elect::Cli", "The embedded server is stopped.") << Qt::endl;
    return Ok;
}

} // namespace Elect::Cli
