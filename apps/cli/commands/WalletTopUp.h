#pragma once

#include "apps/cli/Command.h"

namespace Elect::Cli {

/// `elect wallet top-up AMOUNT`: the owner asks to pay AMOUNT (in the wallet's currency) into the wallet; `elect serve`
/// opens the Stripe checkout page where it is paid.
class WalletTopUp : public Command
{
public:
    WalletTopUp() : Command(QStringLiteral("wallet top-up")) {}
    QString description() const override;
    QList<Argument> arguments() const override;

protected:
    int execute(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) const override;
};

} // namespace Elect::Cli
