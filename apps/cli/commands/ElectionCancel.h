#pragma once

#include "apps/cli/Command.h"

namespace Elect::Cli {

/// `elect election cancel ID`: the owner cancels a draft, or a published election that has not started (refunding its
/// charge).
class ElectionCancel : public Command
{
public:
    ElectionCancel() : Command(QStringLiteral("election cancel")) {}
    QString description() const override;
    QList<Argument> arguments() const override;

protected:
    int execute(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) const override;
};

} // namespace Elect::Cli
