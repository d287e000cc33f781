#include "apps/cli/commands/PricingSet.h"

#include "core/db/WalletRepository.h"
#include "core/domain/Money.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Elect::Cli {

QString PricingSet::description() const
{
    return QCoreApplication::translate("Elect::Cli", "set the price of elections from --min voters (--as a system "
                                                     "admin)");
}

QList<QCommandLineOption> PricingSet::options() const
{
    return {
        {QStringLiteral("min"), QCoreApplication::translate("Elect::Cli", "the tier's lowest number of voters"),
         QStringLiteral("N")},
        {QStringLiteral("max"),
         QCoreApplication::translate("Elect::Cli", "the tier's highest number of voters (default: no limit)"),
         QStringLiteral("N")},
        {QStringLiteral("price"),
         QCoreApplication::translate("Elect::Cli", "what publishing costs, such as 150 or 150.50 (0: free)"),
         QStringLiteral("AMOUNT")},
        {QStringLiteral("currency"), QCoreApplication::translate("Elect::Cli", "ISO currency code (default EGP)"),
         QStringLiteral("C")},
    };
}

int PricingSet::execute(CommandContext& context, const QCommandLineParser& parser, const QStringList&) const
{
    PricingTier tier;
    tier.currency = parser.isSet(QStringLiteral("currency")) ? parser.value(QStringLiteral("currency")).toUpper()
                                                             : QStringLiteral("EGP");
    bool ok = false;
    tier.minVoters = parser.value(QStringLiteral("min")).toInt(&ok);
    if (!parser.isSet(QStringLiteral("min")) || !ok || tier.minVoters < 0)
        return context.usage(
            QCoreApplication::translate("Elect::Cli", "pricing set needs --min, a number of voters (0 or more)"),
            name());
    if (parser.isSet(QStringLiteral("max"))) {
        tier.maxVoters = parser.value(QStringLiteral("max")).toInt(&ok);
        if (!ok)
            return context.usage(QCoreApplication::translate("Elect::Cli", "--max must be a number of voters"), name());
    }
    const QString price = parser.value(QStringLiteral("price"));
    static const QRegularExpression zero(QStringLiteral("^0+(\\.0+)?$"));
    const bool free = zero.match(price.trimmed()).hasMatch();
    const auto amount = free ? std::optional<qint64>(0) : Money::parse(price, tier.currency);
    if (!parser.isSet(QStringLiteral("price")) || !amount)
        return context.usage(QCoreApplication::translate("Elect::Cli",
                                                         "pricing set needs --price, an amount in %1 such as 150 or "
                                                         "150.50 (0 for free)")
                                 .arg(tier.currency),
                             name());
    tier.price = *amount;
    auto db = context.connectAccount();
    if (!db)
        return context.fail(db.error());
    const auto id = WalletRepository(**db).setPricingTier(tier);
    if (!id)
        return context.fail(id.error());
    const QString range = tier.maxVoters ? QStringLiteral("%1..%2").arg(tier.minVoters).arg(*tier.maxVoters)
                                         : QStringLiteral("%1..").arg(tier.minVoters);
    context.out() << QCoreApplication::translate("Elect::Cli", "Pricing tier %1 set: elections of %2 voters cost %3.")
                         .arg(*id)
                         .arg(range, Money::format(tier.price, tier.currency))
                  << Qt::endl;
    return Ok;
}

} // namespace Elect::Cli
