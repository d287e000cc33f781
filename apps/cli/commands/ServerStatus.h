#pragma once

#include "apps/cli/Command.h"

namespace Elect::Cli {

/// `elect server status`: says whether the embedded server runs; exit 1 when it does not, or does not exist.
class ServerStatus : public Command
{
public:
    ServerStatus() : Command(QStringLiteral("server status")) {}
    QString description() const override;

protected:
    int execute(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) const override;
};

} // namespace Elect::Cli
