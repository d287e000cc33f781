#pragma once

#include "apps/cli/Command.h"

namespace Elect::Cli {

/// `elect sysadmin create --email E --first-name F --last-name L`: a system admin, as the superuser or --as a system
/// admin.
class SysadminCreate : public Command
{
public:
    SysadminCreate() : Command(QStringLiteral("sysadmin create")) {}
    QString description() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) const override;
};

} // namespace Elect::Cli
