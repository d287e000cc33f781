#pragma once

#include "apps/cli/Command.h"

namespace Elect::Cli {

/// `elect import voters|candidates --election ID FILE [--encoding E] [--delimiter D] [--check]`: loads a CSV into a
/// draft election, all or nothing.
class Import : public Command
{
public:
    Import() : Command(QStringLiteral("import")) {}
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    QList<Argument> arguments() const override;

protected:
    int execute(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) const override;
};

} // namespace Elect::Cli
