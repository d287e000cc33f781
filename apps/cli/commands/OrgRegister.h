#pragma once

#include "apps/cli/Command.h"

namespace Elect::Cli {

/// `elect org register --email E --first-name F --last-name L --name ORG --country CC`: an organization and its owner.
class OrgRegister : public Command
{
public:
    OrgRegister() : Command(QStringLiteral("org register")) {}
    QString description() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) const override;
};

} // namespace Elect::Cli
