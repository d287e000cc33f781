#pragma once

#include "apps/cli/Command.h"

namespace Elect::Cli {

/// `elect bench admin [--voters N]`: elect-admin's voters list timed on an N-voter election in a throwaway
/// embedded server, on the offscreen platform. The widgets run in elect-bench-admin, a program installed
/// beside elect, so that elect itself (a tool for servers without a display) never links Qt Widgets; this
/// command runs it and passes its output on.
class BenchAdmin : public Command
{
public:
    BenchAdmin() : Command(QStringLiteral("bench admin")) {}
    QString description() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) const override;
};

} // namespace Elect::Cli
