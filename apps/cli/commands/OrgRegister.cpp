#include "apps/cli/commands/OrgRegister.h"

#include "core/db/AccountRepository.h"

#include <QCoreApplication>

namespace Elect::Cli {

QString OrgRegister::description() const
{
    return QCoreApplication::translate("Elect::Cli", "register an organization and its owner");
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
    };
}

int OrgRegister::execute(CommandContext& context, const QCommandLineParser& parser, const QStringList&) const
{
    for (const char* required : {"email", "first-name", "last-name", "name", "country"})
        if (parser.value(QLatin1String(required)).isEmpty())
            return context.usage(
                QCoreApplication::translate("Elect::Cli", "org register needs --%1").arg(QLatin1String(required)),
                name());
    if (Status s = context.ensureServer(); !s)
        return context.fail(s.error());
    auto db = context.connectAs(QLatin1String(kRegistrarRole), QLatin1String(kRegistrarPassword));
    if (!db)
        return context.fail(db.error());
    const auto password = context.readPassword(
        QCoreApplication::translate("Elect::Cli", "Password for the organization's owner: "), true);
    if (!password)
        return context.fail(password.error());
    const auto id = AccountRepository(**db).registerOrganization(
        {parser.value(QStringLiteral("email")), parser.value(QStringLiteral("first-name")),
         parser.value(QStringLiteral("last-name")), *password},
        parser.value(QStringLiteral("name")), parser.value(QStringLiteral("country")));
    if (!id)
        return context.fail(id.error());
    context.out() << QCoreApplication::translate(
                         "Elect::Cli",
                         "Organization %1 registered (id %2). Next: verify the email with the code \"elect serve\" "
                         "sends, then a system admin accepts it.")
                         .arg(parser.value(QStringLiteral("name")))
                         .arg(*id)
                  << Qt::endl;
    return Ok;
}

} // namespace Elect::Cli
