#pragma once

#include "apps/cli/Command.h"

namespace Elect::Cli {

/// `elect pricing list`: the pricing tiers for publishing an election (staff and system admins).
class PricingList : public Command
{
public:
    PricingList() : Command(QStringLiteral("pricing list")) {}
    QString description() const override;

protected:
    int execute(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) const override;
};

} // namespace Elect::Cli
