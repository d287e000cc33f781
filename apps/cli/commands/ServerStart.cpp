#include "apps/cli/commands/ServerStart.h"

#include <QCoreApplication>

namespace Elect::Cli {

QString ServerStart::description() const
{
    return QCoreApplication::translate("Elect::Cli", "start the embedded server");
}

int ServerStart::execute(CommandContext& context, const QCommandLineParser&, const QStringList&) const
{
    if (!context.embedded())
        return context.usage(
            QCoreApplication::translate(
                "Elect::Cli",
                "server: only the embedded server is started and stopped by Elect; --db names another one"),
            name());
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
