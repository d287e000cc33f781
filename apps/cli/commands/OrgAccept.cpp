#include "apps/cli/commands/OrgAccept.h"

#include "core/db/AccountRepository.h"

#include <QCoreApplication>

namespace Elect::Cli {

QString OrgAccept::description() const
{
    return QCoreApplication::translate("Elect::Cli", "accept a registered organization (--as a system admin)");
}

QList<Command::Argument> OrgAccept::arguments() const
{
    return {{QStringLiteral("ID"),
             QCoreApplication::translate("Elect::Cli", "the organization's id (see \"elect org list\")")}};
}

int OrgAccept::execute(CommandContext& context, const QCommandLineParser& parser, const QStringList&) const
{
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (!ok)
        return context.usage(
            QCoreApplication::translate("Elect::Cli", "org %1 needs the organization's id (see \"elect org list\")")
                .arg(QStringLiteral("accept")),
            name());
    auto db = context.connectAccount();
    if (!db)
        return context.fail(db.error());
    if (Status s = AccountRepository(**db).acceptOrganization(id); !s)
        return context.fail(s.error());
    context.out() << QCoreApplication::translate("Elect::Cli", "Organization %1 accepted.").arg(id) << Qt::endl;
    return Ok;
}

} // namespace Elect::Cli
