#pragma once

#include "apps/cli/Command.h"

namespace Elect::Cli {

/// `elect org accept ID`: a system admin accepts a registered organization.
class OrgAccept : public Command
{
public:
    OrgAccept() : Command(QStringLiteral("org accept")) {}
    QString description() const override;
    QList<Argument> arguments() const override;

protected:
    int execute(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) const override;
};

} // namespace Elect::Cli
