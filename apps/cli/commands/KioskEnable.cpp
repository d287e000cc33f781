#include "apps/cli/commands/KioskEnable.h"

#include "apps/cli/commands/KioskDisable.h"

#include <QCoreApplication>

namespace Elect::Cli {

QString KioskEnable::description() const
{
    return QCoreApplication::translate("Elect::Cli", "turn a kiosk that was turned off on again (--as the owner)");
}

QList<Command::Argument> KioskEnable::arguments() const
{
    return {{QStringLiteral("ID"), QCoreApplication::translate("Elect::Cli", "the kiosk's id")}};
}

int KioskEnable::execute(CommandContext& context, const QCommandLineParser& parser, const QStringList&) const
{
    return KioskDisable::setEnabled(context, parser, name(), true);
}

} // namespace Elect::Cli
