#include "apps/cli/commands/ElectionCancel.h"

#include "core/db/WalletRepository.h"
#include "core/domain/Money.h"

#include <QCoreApplication>

namespace Elect::Cli {

QString ElectionCancel::description() const
{
    return QCoreApplication::translate("Elect::Cli", "cancel a draft, or a published election before it starts, "
                                                     "refunding its charge (--as the organization's owner)");
}

QList<Command::Argument> ElectionCancel::arguments() const
{
    return {{QStringLiteral("ID"),
             QCoreApplication::translate("Elect::Cli", "the election's id (see \"elect election list\")")}};
}

int ElectionCancel::execute(CommandContext& context, const QCommandLineParser& parser, const QStringList&) const
{
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (!ok)
        return context.usage(QCoreApplication::translate(
                                 "Elect::Cli", "election %1 needs the election's id (see \"elect election list\")")
                                 .arg(QStringLiteral("cancel")),
                             name());
    auto db = context.connectAccount();
    if (!db)
        return context.fail(db.error());
    WalletRepository repository(**db);
    const auto refunded = repository.cancelElection(id);
    if (!refunded)
        return context.fail(refunded.error());
    if (*refunded > 0) {
        const auto wallet = repository.wallet();
        const QString currency = wallet ? wallet->currency : QStringLiteral("EGP");
        context.out() << QCoreApplication::translate("Elect::Cli", "Election %1 cancelled: %2 refunded to the wallet.")
                             .arg(id)
                             .arg(Money::format(*refunded, currency))
                      << Qt::endl;
    } else {
        context.out() << QCoreApplication::translate("Elect::Cli", "Election %1 cancelled.").arg(id) << Qt::endl;
    }
    return Ok;
}

} // namespace Elect::Cli
