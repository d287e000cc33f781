#pragma once

#include "apps/cli/Command.h"

namespace Elect::Cli {

/// `elect serve`: the long-running service (core/service/Service): sends the outbox, takes Stripe's
/// webhooks, closes and counts elections. Exits cleanly on SIGTERM; `--once` for cron-style runs.
class Serve : public Command
{
public:
    Serve() : Command(QStringLiteral("serve")) {}
    QString description() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) const override;
};

/// `elect serve check`: tries the database and each configured provider and says what is wrong in a sentence.
class ServeCheck : public Command
{
public:
    ServeCheck() : Command(QStringLiteral("serve check")) {}
    QString description() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) const override;
};

} // namespace Elect::Cli
