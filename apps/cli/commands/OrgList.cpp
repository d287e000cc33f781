#include "apps/cli/commands/OrgList.h"

#include "core/db/AccountRepository.h"

#include <QCoreApplication>

namespace Elect::Cli {

QString OrgList::description() const
{
    return QCoreApplication::translate("Elect::Cli", "list organizations (--as a system admin)");
}

QList<QCommandLineOption> OrgList::options() const
{
    return {{QStringLiteral("pending"),
             QCoreApplication::translate("Elect::Cli", "only those waiting to be accepted or rejected")}};
}

int OrgList::execute(CommandContext& context, const QCommandLineParser& parser, const QStringList&) const
{
    auto db = context.connectAccount();
    if (!db)
        return context.fail(db.error());
    const auto list = AccountRepository(**db).organizations(parser.isSet(QStringLiteral("pending")));
    if (!list)
        return context.fail(list.error());
    for (const Organization& org : *list)
        context.out() << QStringLiteral("%1\t%2\t%3\t%4\t%5")
                             .arg(org.id)
                             .arg(org.name, org.country, toString(org.status), org.ownerEmail)
                      << Qt::endl;
    return Ok;
}

} // namespace Elect::Cli
