#include "apps/cli/commands/OrgRegister.h"

#include "core/service/RegistrationClient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QNetworkAccessManager>

namespace Elect::Cli {

QCommandLineOption registrationApiOption()
{
    return {QStringLiteral("api"),
            QCoreApplication::translate("Elect::Cli",
                                        "the registration API of elect serve (default http://127.0.0.1:8181, this "
                                        "machine's serve)"),
            QStringLiteral("URL")};
}

RegistrationClient::Answer waitForAnswer(QFuture<RegistrationClient::Answer> future)
{
    if (!future.isFinished()) {
        QFutureWatcher<RegistrationClient::Answer> watcher;
        QEventLoop loop;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    return future.result();
}

QUrl registrationApi(const QCommandLineParser& parser)
{
    return parser.isSet(QStringLiteral("api")) ? QUrl(parser.value(QStringLiteral("api")), QUrl::StrictMode)
                                               : RegistrationClient::defaultApi();
}

QString OrgRegister::description() const
{
    return QCoreApplication::translate("Elect::Cli",
                                       "register an organization and its owner through elect serve's registration API");
}

QList<QCommandLineOption> OrgRegister::options() const
{
    return {
        {QStringLiteral("email"), QCoreApplication::translate("Elect::Cli", "the owner's email"), QStringLiteral("E")},
        {QStringLiteral("first-name"), QCoreApplication::translate("Elect::Cli", "the owner's first name"),
         QStringLiteral("F")},
        {QStringLiteral("last-name"), QCoreApplication::translate("Elect::Cli", "the owner's last name"),
         QStringLiteral("L")},
        {QStringLiteral("name"), QCoreApplication::translate("Elect::Cli", "the organization's name"),
         QStringLiteral("ORG")},
        {QStringLiteral("country"), QCoreApplication::translate("Elect::Cli", "the organization's country (ISO code)"),
         QStringLiteral("CC")},
        registrationApiOption(),
    };
}

int OrgRegister::execute(CommandContext& context, const QCommandLineParser& parser, const QStringList&) const
{
    for (const char* required : {"email", "first-name", "last-name", "name", "country"})
        if (parser.value(QLatin1String(required)).isEmpty())
            return context.usage(
                QCoreApplication::translate("Elect::Cli", "org register needs --%1").arg(QLatin1String(required)),
                name());
    const auto password = context.readPassword(
        QCoreApplication::translate("Elect::Cli", "Password for the organization's owner: "), true);
    if (!password)
        return context.fail(password.error());
    QNetworkAccessManager network;
    RegistrationClient client(&network, registrationApi(parser));
    const auto answer = waitForAnswer(client.registerOrganization(
        {parser.value(QStringLiteral("email")), *password, parser.value(QStringLiteral("first-name")),
         parser.value(QStringLiteral("last-name")), parser.value(QStringLiteral("name")),
         parser.value(QStringLiteral("country"))}));
    if (!answer.ok()) {
        QString message = answer.message;
        if (!answer.warning.isEmpty())
            message += u' ' + answer.warning;
        for (const QString& s : answer.suggestions)
            message += u' ' + s;
        return context.fail({answer.outcome == RegistrationClient::Answer::Outcome::Unavailable
                                 ? ErrorCode::Unavailable
                                 : ErrorCode::InvalidInput,
                             message});
    }
    context.out() << QCoreApplication::translate(
                         "Elect::Cli",
                         "Registration of %1 sent. If the email can be registered, a verification code is on its way "
                         "to it: enter it with \"elect org verify\"; then a system admin accepts the organization.")
                         .arg(parser.value(QStringLiteral("name")))
                  << Qt::endl;
    return Ok;
}

} // namespace Elect::Cli
