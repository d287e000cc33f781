#pragma once

#include "apps/cli/Command.h"

namespace Elect::Cli {

/// `elect db init [--service-password-fd N]`: creates the roles, the database and the schema, then migrates; safe to
/// run again.
class DbInit : public Command
{
public:
    DbInit() : Command(QStringLiteral("db init")) {}
    QString description() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) const override;
};

} // namespace Elect::Cli
