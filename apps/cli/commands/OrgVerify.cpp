#include "apps/cli/commands/OrgVerify.h"

#include "core/db/AccountRepository.h"

#include <QCoreApplication>

namespace Elect::Cli {

QString OrgVerify::description() const
{
    return QCoreApplication::translate("Elect::Cli", "verify an email: with the emailed code, or --as a system admin");
}

QList<QCommandLineOption> OrgVerify::options() const
{
    return {{QStringLiteral("email"),
             QCoreApplication::translate("Elect::Cli", "as a system admin: verify this account's email"),
             QStringLiteral("E")}};
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
        if (Status s = context.ensureServer(); !s)
            return context.fail(s.error());
        auto db = context.connectAs(QLatin1String(kRegistrarRole), QLatin1String(kRegistrarPassword));
        if (!db)
            return context.fail(db.error());
        const auto token =
            context.readPassword(QCoreApplication::translate("Elect::Cli", "Verification code from the email: "));
        if (!token)
            return context.fail(token.error());
        if (Status s = AccountRepository(**db).verifyEmail(*token); !s)
            return context.fail(s.error());
    }
    context.out() << QCoreApplication::translate("Elect::Cli", "The email address is verified.") << Qt::endl;
    return Ok;
}

} // namespace Elect::Cli
