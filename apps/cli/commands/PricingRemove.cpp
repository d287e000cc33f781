#include "apps/cli/commands/PricingRemove.h"

#include "core/db/WalletRepository.h"

#include <QCoreApplication>

namespace Elect::Cli {

QString PricingRemove::description() const
{
    return QCoreApplication::translate("Elect::Cli", "remove a pricing tier (--as a system admin)");
}

QList<Command::Argument> PricingRemove::arguments() const
{
    return {{QStringLiteral("ID"),
             QCoreApplication::translate("Elect::Cli", "the tier's id (see \"elect pricing list\")")}};
}

int PricingRemove::execute(CommandContext& context, const QCommandLineParser& parser, const QStringList&) const
{
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (!ok)
        return context.usage(QCoreApplication::translate(
                                 "Elect::Cli", "pricing remove needs the tier's id (see \"elect pricing list\")"),
                             name());
    auto db = context.connectAccount();
    if (!db)
        return context.fail(db.error());
    if (Status s = WalletRepository(**db).removePricingTier(id); !s)
        return context.fail(s.error());
    context.out() << QCoreApplication::translate("Elect::Cli", "Pricing tier %1 removed.").arg(id) << Qt::endl;
    return Ok;
}

} // namespace Elect::Cli
