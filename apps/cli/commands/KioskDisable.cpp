#include "apps/cli/commands/KioskDisable.h"

#include "core/db/AccountRepository.h"

#include <QCoreApplication>

namespace Elect::Cli {

QString KioskDisable::description() const
{
    return QCoreApplication::translate("Elect::Cli",
                                       "turn a kiosk off at once: its login and open sessions end (--as the owner)");
}

QList<Command::Argument> KioskDisable::arguments() const
{
    return {{QStringLiteral("ID"), QCoreApplication::translate("Elect::Cli", "the kiosk's id")}};
}

int KioskDisable::setEnabled(CommandContext& context, const QCommandLineParser& parser, const QString& name,
                             bool enabled)
{
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (!ok)
        return context.usage(QCoreApplication::translate("Elect::Cli", "%1 needs the kiosk's id").arg(name), name);
    auto db = context.connectAccount();
    if (!db)
        return context.fail(db.error());
    const auto ended = AccountRepository(**db).setKioskEnabled(id, enabled);
    if (!ended)
        return context.fail(ended.error());
    if (enabled)
        context.out() << QCoreApplication::translate("Elect::Cli", "Kiosk %1 is on; it can sign in again.").arg(id)
                      << Qt::endl;
    else
        context.out() << QCoreApplication::translate("Elect::Cli",
                                                     "Kiosk %1 is off; it cannot sign in. Open sessions ended: %2.")
                             .arg(id)
                             .arg(*ended)
                      << Qt::endl;
    return Ok;
}

int KioskDisable::execute(CommandContext& context, const QCommandLineParser& parser, const QStringList&) const
{
    return setEnabled(context, parser, name(), false);
}

} // namespace Elect::Cli
