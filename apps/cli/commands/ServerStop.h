#pragma once

#include "apps/cli/Command.h"

namespace Elect::Cli {

/// `elect server stop`: stops the embedded server (refused with --db).
class ServerStop : public Command
{
public:
    ServerStop() : Command(QStringLiteral("server stop")) {}
    QString description() const override;

protected:
    int execute(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) const override;
};

} // namespace Elect::Cli
