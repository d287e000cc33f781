#pragma once

#include "apps/cli/Command.h"

namespace Elect::Cli {

/// `elect org list [--pending]`: the organizations, one a line (tab-separated), as a system admin.
class OrgList : public Command
{
public:
    OrgList() : Command(QStringLiteral("org list")) {}
    QString description() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) const override;
};

} // namespace Elect::Cli
