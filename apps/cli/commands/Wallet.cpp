#include "apps/cli/commands/Wallet.h"

#include "core/db/WalletRepository.h"
#include "core/domain/Money.h"

#include <QCoreApplication>

namespace Elect::Cli {

QString Wallet::description() const
{
    return QCoreApplication::translate("Elect::Cli",
                                       "show an organization's wallet: balance, movements, unpaid top-ups (--as its "
                                       "owner or an admin, or a system admin with --organization)");
}

QList<QCommandLineOption> Wallet::options() const
{
    return {
        {QStringLiteral("organization"),
         QCoreApplication::translate("Elect::Cli", "a system admin: the organization's id (see \"elect org list\")"),
         QStringLiteral("ID")}};
}

int Wallet::execute(CommandContext& context, const QCommandLineParser& parser, const QStringList&) const
{
    std::optional<qint64> organization;
    if (parser.isSet(QStringLiteral("organization"))) {
        bool ok = false;
        organization = parser.value(QStringLiteral("organization")).toLongLong(&ok);
        if (!ok || *organization <= 0)
            return context.usage(QCoreApplication::translate("Elect::Cli",
                                                             "--organization needs the organization's id (see \"elect "
                                                             "org list\")"),
                                 name());
    }
    auto db = context.connectAccount();
    if (!db)
        return context.fail(db.error());
    WalletRepository repository(**db);
    const auto wallet = repository.wallet(organization);
    if (!wallet)
        return context.fail(wallet.error());
    const auto topUps = repository.topUps(wallet->organizationId);
    if (!topUps)
        return context.fail(topUps.error());

    QTextStream& out = context.out();
    out << QCoreApplication::translate("Elect::Cli", "Balance of organization %1: %2")
               .arg(wallet->organizationId)
               .arg(Money::format(wallet->balance, wallet->currency))
        << Qt::endl;
    for (const WalletTransaction& t : wallet->transactions) {
        const bool in = t.kind != WalletTransaction::Kind::Charge;
        out << t.createdAt.toString(Qt::ISODate) << '\t' << WalletRepository::keyOf(t.kind) << '\t'
            << (in ? QStringLiteral("+") : QStringLiteral("-")) << Money::format(t.amount, t.currency);
        if (t.electionId)
            out << '\t' << QCoreApplication::translate("Elect::Cli", "election %1").arg(*t.electionId);
        out << Qt::endl;
    }
    for (const TopUp& t : *topUps) {
        if (t.status == TopUp::Status::Open)
            out << QCoreApplication::translate("Elect::Cli", "Top-up %1 of %2 waits for payment at %3")
                       .arg(t.id)
                       .arg(Money::format(t.amount, t.currency), t.checkoutUrl.toString())
                << Qt::endl;
        else if (t.status == TopUp::Status::Pending)
            out << QCoreApplication::translate("Elect::Cli",
                                               "Top-up %1 of %2 is requested; its checkout page opens once elect "
                                               "serve has created it.")
                       .arg(t.id)
                       .arg(Money::format(t.amount, t.currency))
                << Qt::endl;
    }
    return Ok;
}

} // namespace Elect::Cli
