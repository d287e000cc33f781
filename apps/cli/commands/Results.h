#pragma once

#include "apps/cli/Command.h"

namespace Elect::Cli {

/// `elect results ID`: the stored results of a tallied election (candidate, votes, rank, won), as the
/// organization's staff or a system admin see them; one line per candidate, tab-separated, the district or
/// governorate first for elections counted per constituency.
class Results : public Command
{
public:
    Results() : Command(QStringLiteral("results")) {}
    QString description() const override;
    QList<Argument> arguments() const override;

protected:
    int execute(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) const override;
};

} // namespace Elect::Cli
