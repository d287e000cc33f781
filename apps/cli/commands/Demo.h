#pragma once

#include "apps/cli/Command.h"

namespace Elect::Cli {

/// `elect demo [--headless]`: creates the demo on the embedded server and says how to use it.
class Demo : public Command
{
public:
    Demo() : Command(QStringLiteral("demo")) {}
    QString description() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) const override;
};

} // namespace Elect::Cli
