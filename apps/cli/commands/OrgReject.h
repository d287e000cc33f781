#pragma once

#include "apps/cli/Command.h"

namespace Elect::Cli {

/// `elect org reject ID --reason TEXT`: a system admin rejects a registered organization, saying why.
class OrgReject : public Command
{
public:
    OrgReject() : Command(QStringLiteral("org reject")) {}
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    QList<Argument> arguments() const override;

protected:
    int execute(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) const override;
};

} // namespace Elect::Cli
