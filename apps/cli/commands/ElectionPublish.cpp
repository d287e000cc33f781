#include "apps/cli/commands/ElectionPublish.h"

#include "core/db/WalletRepository.h"
#include "core/domain/Money.h"

#include <QCoreApplication>

namespace Elect::Cli {

QString ElectionPublish::description() const
{
    return QCoreApplication::translate("Elect::Cli", "publish a draft election, paying for it from the wallet (--as "
                                                     "the organization's owner)");
}

QList<Command::Argument> ElectionPublish::arguments() const
{
    return {{QStringLiteral("ID"),
             QCoreApplication::translate("Elect::Cli", "the election's id (see \"elect election list\")")}};
}

int ElectionPublish::execute(CommandContext& context, const QCommandLineParser& parser, const QStringList&) const
{
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (!ok)
        return context.usage(QCoreApplication::translate(
                                 "Elect::Cli", "election %1 needs the election's id (see \"elect election list\")")
                                 .arg(QStringLiteral("publish")),
                             name());
    auto db = context.connectAccount();
    if (!db)
        return context.fail(db.error());
    const auto published = WalletRepository(**db).publishElection(id);
    if (!published)
        return context.fail(published.error());
    if (published->charged > 0)
        context.out() << QCoreApplication::translate("Elect::Cli",
                                                     "Election %1 published: %2 charged, %3 left in the wallet.")
                             .arg(id)
                             .arg(Money::format(published->charged, published->currency),
                                  Money::format(published->balance, published->currency))
                      << Qt::endl;
    else
        context.out() << QCoreApplication::translate("Elect::Cli", "Election %1 published, free of charge.").arg(id)
                      << Qt::endl;
    return Ok;
}

} // namespace Elect::Cli
