#pragma once

#include "apps/cli/Command.h"

namespace Elect::Cli {

/// `elect tally --method M [options] FILE`: counts a BLT or CSV ballot file (runTally does the work).
class TallyFile : public Command
{
public:
    TallyFile() : Command(QStringLiteral("tally")) {}
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    QList<Argument> arguments() const override;

protected:
    int execute(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) const override;
};

} // namespace Elect::Cli
