#include "apps/cli/commands/ServerStop.h"

#include <QCoreApplication>

namespace Elect::Cli {

QString ServerStop::description() const
{
    return QCoreApplication::translate("Elect::Cli", "stop the embedded server");
}

int ServerStop::execute(CommandContext& context, const QCommandLineParser&, const QStringList&) const
{
    if (auto refused = context.refuseUnlessEmbedded(name()))
        return *refused;
    if (Status s = context.server().stop(); !s)
        return context.fail(s.error());
    context.out() << QCoreApplication::translate("Elect::Cli", "The embedded server is stopped.") << Qt::endl;
    return Ok;
}

} // namespace Elect::Cli
