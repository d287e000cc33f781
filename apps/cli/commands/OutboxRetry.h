#pragma once

#include "apps/cli/Command.h"

namespace Elect::Cli {

/// `elect outbox retry ID`: sends a failed (or waiting) message again at the next run of `elect serve`,
/// its attempts counted from zero. As a system admin or as the service login (see OutboxList).
class OutboxRetry : public Command
{
public:
    OutboxRetry() : Command(QStringLiteral("outbox retry")) {}
    QString description() const override;
    QList<Argument> arguments() const override;

protected:
    int execute(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) const override;
};

} // namespace Elect::Cli
