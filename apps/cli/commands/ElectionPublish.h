#pragma once

#include "apps/cli/Command.h"

namespace Elect::Cli {

/// `elect election publish ID`: the owner publishes a draft election, charging the wallet by its tier.
class ElectionPublish : public Command
{
public:
    ElectionPublish() : Command(QStringLiteral("election publish")) {}
    QString description() const override;
    QList<Argument> arguments() const override;

protected:
    int execute(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) const override;
};

} // namespace Elect::Cli
