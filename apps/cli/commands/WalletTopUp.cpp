#include "apps/cli/commands/WalletTopUp.h"

#include "core/db/WalletRepository.h"
#include "core/domain/Money.h"

#include <QCoreApplication>

namespace Elect::Cli {

QString WalletTopUp::description() const
{
    return QCoreApplication::translate("Elect::Cli", "ask to pay money into the wallet through Stripe (--as the "
                                                     "organization's owner)");
}

QList<Command::Argument> WalletTopUp::arguments() const
{
    return {{QStringLiteral("AMOUNT"),
             QCoreApplication::translate("Elect::Cli", "in the wallet's currency, such as 1500 or 1500.50")}};
}

int WalletTopUp::execute(CommandContext& context, const QCommandLineParser& parser, const QStringList&) const
{
    const QString text = parser.positionalArguments().value(0);
    auto db = context.connectAccount();
    if (!db)
        return context.fail(db.error());
    WalletRepository repository(**db);
    const auto wallet = repository.wallet();
    if (!wallet)
        return context.fail(wallet.error());
    const auto amount = Money::parse(text, wallet->currency);
    if (!amount)
        return context.usage(QCoreApplication::translate("Elect::Cli",
                                                         "AMOUNT must be a positive amount in %1 such as 1500 or "
                                                         "1500.50, not \"%2\"")
                                 .arg(wallet->currency, text),
                             name());
    const auto id = repository.requestTopUp(*amount);
    if (!id)
        return context.fail(id.error());
    context.out() << QCoreApplication::translate("Elect::Cli", "Top-up %1 of %2 requested.")
                         .arg(*id)
                         .arg(Money::format(*amount, wallet->currency))
                  << Qt::endl
                  << QCoreApplication::translate("Elect::Cli",
                                                 "elect serve now opens a Stripe checkout page for it. Run \"elect "
                                                 "wallet\" in a moment to see the page's address (or open the wallet "
                                                 "in elect-admin), and pay there; the wallet is credited as soon as "
                                                 "Stripe confirms the payment.")
                  << Qt::endl;
    return Ok;
}

} // namespace Elect::Cli
