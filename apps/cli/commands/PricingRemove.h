#pragma once

#include "apps/cli/Command.h"

namespace Elect::Cli {

/// `elect pricing remove ID`: a system admin removes a pricing tier.
class PricingRemove : public Command
{
public:
    PricingRemove() : Command(QStringLiteral("pricing remove")) {}
    QString description() const override;
    QList<Argument> arguments() const override;

protected:
    int execute(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) const override;
};

} // namespace Elect::Cli
