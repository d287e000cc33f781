#include "apps/cli/commands/OrgVerify.h"

#include "apps/cli/commands/OrgRegister.h"
#include "core/db/AccountRepository.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace Elect::Cli {

QString OrgVerify::description() const
{
    return QCoreApplication::translate("Elect::Cli", "verify an email: with the emailed code, or --as a system admin");
}

QList<QCommandLineOption> OrgVerify::options() const
{
    return {{QStringLiteral("email"),
             QCoreApplication::translate("Elect::Cli", "as a system admin: verify this account's email"),
             QStringLiteral("E")},
            registrationApiOption()};
}

int OrgVerify::execute(CommandContext& context, const QCommandLineParser& parser, const QStringList&) const
{
    if (parser.isSet(QStringLiteral("email"))) {
        auto db = context.connectAccount();
        if (!db)
            return context.fail(db.error());
        if (Status s = AccountRepository(**db).verifyEmailByAdmin(parser.value(QStringLiteral("email"))); !s)
            return context.fail(s.error());
    } else {
        const auto token =
            context.readPassword(QCoreApplication::translate("Elect::Cli", "Verification code from the email: "));
        if (!token)
            return context.fail(token.error());
        QNetworkAccessManager network;
        RegistrationClient client(&network, registrationApi(parser));
        const auto answer = waitForAnswer(client.verifyEmail(*token));
        if (!answer.ok())
            return context.fail({answer.outcome == RegistrationClient::Answer::Outcome::Unavailable
                                     ? ErrorCode::Unavailable
                                     : ErrorCode::InvalidInput,
                                 answer.message});
    }
    context.out() << QCoreApplication::translate("Elect::Cli", "The email address is verified.") << Qt::endl;
    return Ok;
}

} // namespace Elect::Cli
