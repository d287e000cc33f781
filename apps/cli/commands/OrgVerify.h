#pragma once

#include "apps/cli/Command.h"

namespace Elect::Cli {

/// `elect org verify [--email E] [--api URL]`: verifies an email, with the emailed code (through elect serve's
/// registration API) or, as a system admin, for the account with email E.
class OrgVerify : public Command
{
public:
    OrgVerify() : Command(QStringLiteral("org verify")) {}
    QString description() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) const override;
};

} // namespace Elect::Cli
