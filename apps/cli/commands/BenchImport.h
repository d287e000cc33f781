#pragma once

#include "apps/cli/Command.h"

namespace Elect::Cli {

/// `elect bench import [--rows N]`: times the voter import against plain COPY (runBenchImport does the work).
class BenchImport : public Command
{
public:
    BenchImport() : Command(QStringLiteral("bench import")) {}
    QString description() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) const override;
};

} // namespace Elect::Cli
