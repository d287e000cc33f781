#pragma once

#include "apps/cli/Command.h"

namespace Elect::Cli {

/// `elect db status`: lists the applied and the pending migrations.
class DbStatus : public Command
{
public:
    DbStatus() : Command(QStringLiteral("db status")) {}
    QString description() const override;

protected:
    int execute(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) const override;
};

} // namespace Elect::Cli
