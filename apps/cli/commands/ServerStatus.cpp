#include "apps/cli/commands/ServerStatus.h"

#include <QCoreApplication>

namespace Elect::Cli {

QString ServerStatus::description() const
{
    return QCoreApplication::translate("Elect::Cli", "say whether the embedded server runs (exit 1 when it does not)");
}

int ServerStatus::execute(CommandContext& context, const QCommandLineParser&, const QStringList&) const
{
    if (auto refused = context.refuseUnlessEmbedded(name()))
        return *refused;
    EmbeddedServer& server = context.server();
    if (!server.isInitialized()) {
        context.out() << QCoreApplication::translate("Elect::Cli",
                                                     "No embedded server in %1 yet; \"elect db init\" creates it.")
                             .arg(server.root())
                      << Qt::endl;
        return UserError;
    }
    const bool running = server.isRunning();
    context.out() << (running ? QCoreApplication::translate("Elect::Cli", "running: %1").arg(server.root())
                              : QCoreApplication::translate("Elect::Cli", "stopped: %1").arg(server.root()))
                  << Qt::endl;
    return running ? Ok : UserError;
}

} // namespace Elect::Cli
