#pragma once

#include "apps/cli/Command.h"

namespace Elect::Cli {

/// `elect server start`: starts the embedded server (refused with --db).
class ServerStart : public Command
{
public:
    ServerStart() : Command(QStringLiteral("server start")) {}
    QString description() const override;

protected:
    int execute(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) const override;
};

} // namespace Elect::Cli
