#include "apps/cli/commands/ServerStart.h"

#include <QCoreApplication>

namespace Elect::Cli {

QString ServerStart::description() const
{
    return QCoreApplication::translate("Elect::Cli", "start the embedded server");
}

int ServerStart::execute(CommandContext& context, const QCommandLineParser&, const QStringList&) const
{
    if (auto refused = context.refuseUnlessEmbedded(name()))
        return *refused;
    EmbeddedServer& server = context.server();
    if (Status s = server.start(); !s)
        return context.fail(s.error());
    if (!server.notes().isEmpty())
        context.err() << server.notes() << Qt::endl;
    context.out() << QCoreApplication::translate("Elect::Cli", "The embedded server runs (socket in %1, log in %2).")
                         .arg(server.socketDir(), server.logFile())
                  << Qt::endl;
    return Ok;
}

} // namespace Elect::Cli
