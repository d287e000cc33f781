#pragma once

#include "apps/cli/Command.h"

namespace Elect::Cli {

/// `elect wallet [--organization ID]`: an organization's balance, its movements and its unpaid top-ups (the owner's or
/// an admin's own; any organization's for a system admin).
class Wallet : public Command
{
public:
    Wallet() : Command(QStringLiteral("wallet")) {}
    QString description() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) const override;
};

} // namespace Elect::Cli
