#pragma once

#include "apps/cli/Command.h"

namespace Elect::Cli {

/// `elect kiosk enable ID`: an organization's owner turns one of its kiosks on again.
class KioskEnable : public Command
{
public:
    KioskEnable() : Command(QStringLiteral("kiosk enable")) {}
    QString description() const override;
    QList<Argument> arguments() const override;

protected:
    int execute(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) const override;
};

} // namespace Elect::Cli
