#pragma once

#include "apps/cli/Command.h"

namespace Elect::Cli {

/// `elect kiosk disable ID`: an organization's owner turns one of its kiosks off. The kiosk loses its
/// login and its open sessions end at once (docs/security.md).
class KioskDisable : public Command
{
public:
    KioskDisable() : Command(QStringLiteral("kiosk disable")) {}
    QString description() const override;
    QList<Argument> arguments() const override;

    /// The work of both `kiosk disable` and `kiosk enable`.
    static int setEnabled(CommandContext& context, const QCommandLineParser& parser, const QString& name, bool enabled);

protected:
    int execute(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) const override;
};

} // namespace Elect::Cli
