#pragma once

#include "apps/cli/Command.h"

namespace Elect::Cli {

/// `elect election list`: the elections the --as account sees, one a line (tab-separated).
class ElectionList : public Command
{
public:
    ElectionList() : Command(QStringLiteral("election list")) {}
    QString description() const override;

protected:
    int execute(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) const override;
};

} // namespace Elect::Cli
