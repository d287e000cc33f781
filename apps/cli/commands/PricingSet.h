#pragma once

#include "apps/cli/Command.h"

namespace Elect::Cli {

/// `elect pricing set --min N [--max N] --price AMOUNT [--currency C]`: a system admin sets the tier that starts at N
/// voters.
class PricingSet : public Command
{
public:
    PricingSet() : Command(QStringLiteral("pricing set")) {}
    QString description() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) const override;
};

} // namespace Elect::Cli
