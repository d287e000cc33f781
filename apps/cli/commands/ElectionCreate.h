#pragma once

#include "apps/cli/Command.h"

namespace Elect::Cli {

/// `elect election create --title T --starts ISO --ends ISO [...]`: a draft election of the --as account's
/// organization.
class ElectionCreate : public Command
{
public:
    ElectionCreate() : Command(QStringLiteral("election create")) {}
    QString description() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) const override;
};

} // namespace Elect::Cli
