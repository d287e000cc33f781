#pragma once

#include "apps/cli/Command.h"
#include "core/service/RegistrationClient.h"

#include <QFuture>

namespace Elect::Cli {

/// `--api URL`: the registration API of elect serve that org register and org verify talk to.
QCommandLineOption registrationApiOption();
/// Its value, or the local serve's (RegistrationClient::defaultApi()).
QUrl registrationApi(const QCommandLineParser& parser);
/// The answer, after running an event loop until it comes.
RegistrationClient::Answer waitForAnswer(QFuture<RegistrationClient::Answer> future);

/// `elect org register --email E --first-name F --last-name L --name ORG --country CC [--api URL]`: an organization
/// and its owner, through elect serve's registration API (the database has no registration login).
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
