#include "apps/cli/commands/PricingList.h"

#include "core/db/WalletRepository.h"
#include "core/domain/Money.h"

#include <QCoreApplication>

namespace Elect::Cli {

QString PricingList::description() const
{
    return QCoreApplication::translate("Elect::Cli", "list what publishing an election costs by its number of voters "
                                                     "(--as staff or a system admin)");
}

int PricingList::execute(CommandContext& context, const QCommandLineParser&, const QStringList&) const
{
    auto db = context.connectAccount();
    if (!db)
        return context.fail(db.error());
    const auto tiers = WalletRepository(**db).pricingTiers();
    if (!tiers)
        return context.fail(tiers.error());
    for (const PricingTier& t : *tiers)
        context.out() << t.id << '\t' << t.minVoters << ".."
                      << (t.maxVoters ? QString::number(*t.maxVoters) : QString()) << '\t'
                      << Money::format(t.price, t.currency) << Qt::endl;
    return Ok;
}

} // namespace Elect::Cli
