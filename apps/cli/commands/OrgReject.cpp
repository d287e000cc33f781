#include "apps/cli/commands/OrgReject.h"

#include "core/db/AccountRepository.h"

#include <QCoreApplication>

namespace Elect::Cli {

QString OrgReject::description() const
{
    return QCoreApplication::translate("Elect::Cli",
                                       "reject a registered organization, saying why (--as a system admin)");
}

QList<QCommandLineOption> OrgReject::options() const
{
    return {{QStringLiteral("reason"),
             QCoreApplication::translate("Elect::Cli", "why it is rejected; the organization is told"),
             QStringLiteral("TEXT")}};
}

QList<Command::Argument> OrgReject::arguments() const
{
    return {{QStringLiteral("ID"),
             QCoreApplication::translate("Elect::Cli", "the organization's id (see \"elect org list\")")}};
}

int OrgReject::execute(CommandContext& context, const QCommandLineParser& parser, const QStringList&) const
{
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (!ok)
        return context.usage(
            QCoreApplication::translate("Elect::Cli", "org %1 needs the organization's id (see \"elect org list\")")
                .arg(QStringLiteral("reject")),
            name());
    const QString reason = parser.value(QStringLiteral("reason"));
    if (reason.trimmed().isEmpty())
        return context.usage(
            QCoreApplication::translate("Elect::Cli", "org reject needs --reason, which the organization is told"),
            name());
    auto db = context.connectAccount();
    if (!db)
        return context.fail(db.error());
    if (Status s = AccountRepository(**db).rejectOrganization(id, reason); !s)
        return context.fail(s.error());
    context.out() << QCoreApplication::translate("Elect::Cli", "Organization %1 rejected.").arg(id) << Qt::endl;
    return Ok;
}

} // namespace Elect::Cli
