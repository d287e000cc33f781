#pragma once

#include "apps/cli/Command.h"

namespace Elect::Cli {

/// `elect db migrate`: applies the pending migrations.
class DbMigrate : public Command
{
public:
    DbMigrate() : Command(QStringLiteral("db migrate")) {}
    QString description() const override;

protected:
    int execute(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) const override;
};

} // namespace Elect::Cli
