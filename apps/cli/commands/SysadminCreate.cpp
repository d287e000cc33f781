#include "apps/cli/commands/SysadminCreate.h"

#include "core/db/AccountRepository.h"

#include <QCoreApplication>

namespace Elect::Cli {

QString SysadminCreate::description() const
{
    return QCoreApplication::translate("Elect::Cli",
                                       "create a system admin (as the superuser, or --as a system admin)");
}

QList<QCommandLineOption> SysadminCreate::options() const
{
    return {
        {QStringLiteral("email"), QCoreApplication::translate("Elect::Cli", "the new admin's email"),
         QStringLiteral("E")},
        {QStringLiteral("first-name"), QCoreApplication::translate("Elect::Cli", "the new admin's first name"),
         QStringLiteral("F")},
        {QStringLiteral("last-name"), QCoreApplication::translate("Elect::Cli", "the new admin's last name"),
         QStringLiteral("L")},
    };
}

int SysadminCreate::execute(CommandContext& context, const QCommandLineParser& parser, const QStringList&) const
{
    const QString email = parser.value(QStringLiteral("email"));
    if (email.isEmpty())
        return context.usage(
            QCoreApplication::translate("Elect::Cli", "sysadmin create needs --email, --first-name and --last-name"),
            name());
    auto db = context.options().as.isEmpty() ? context.connectAdministrator() : context.connectAccount();
    if (!db)
        return context.fail(db.error());
    const QString firstName = parser.value(QStringLiteral("first-name"));
    const QString lastName = parser.value(QStringLiteral("last-name"));
    const auto password = context.readNewPassword(
        QCoreApplication::translate("Elect::Cli", "Password for the new system admin: "), {email, firstName, lastName});
    if (!password)
        return context.fail(password.error());
    const auto id = AccountRepository(**db).createSystemAdmin({email, firstName, lastName, *password});
    if (!id)
        return context.fail(id.error());
    context.out()
        << QCoreApplication::translate("Elect::Cli", "System admin %1 created; they can sign in now.").arg(email)
        << Qt::endl;
    return Ok;
}

} // namespace Elect::Cli
