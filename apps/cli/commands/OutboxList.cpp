#include "apps/cli/commands/OutboxList.h"

#include "core/db/OutboxAdminRepository.h"

#include <QCoreApplication>

namespace Elect::Cli {

namespace {
constexpr const char* kServiceLogin = "elect_service";

// One field of a tab-separated line: no tab or line break of a provider's text splits it.
QString field(QString text)
{
    text.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
    return text.isEmpty() ? QStringLiteral("-") : text;
}
} // namespace

QString OutboxList::description() const
{
    return QCoreApplication::translate("Elect::Cli",
                                       "list outgoing messages (--as a system admin or --as elect_service)");
}

QList<QCommandLineOption> OutboxList::options() const
{
    return {
        {QStringLiteral("failed"), QCoreApplication::translate("Elect::Cli", "only the messages given up")},
        {QStringLiteral("kind"),
         QCoreApplication::translate("Elect::Cli", "only messages of this kind (verify_email, voter_code_sms, ...)"),
         QStringLiteral("K")}};
}

Result<std::unique_ptr<Database>> OutboxList::connectOperator(CommandContext& context)
{
    if (context.options().as != QLatin1String(kServiceLogin))
        return context.connectAccount();
    if (Status s = context.ensureServer(); !s)
        return s.error();
    const auto password = context.readPassword(
        QCoreApplication::translate("Elect::Cli", "Password for %1: ").arg(QLatin1String(kServiceLogin)));
    if (!password)
        return password.error();
    return context.connectAs(QLatin1String(kServiceLogin), *password);
}

int OutboxList::execute(CommandContext& context, const QCommandLineParser& parser, const QStringList&) const
{
    auto db = connectOperator(context);
    if (!db)
        return context.fail(db.error());
    const auto list =
        OutboxAdminRepository(**db).list(parser.isSet(QStringLiteral("failed")), parser.value(QStringLiteral("kind")));
    if (!list)
        return context.fail(list.error());
    for (const OutboxEntry& e : *list) {
        const QString organization =
            e.organizationId ? QStringLiteral("%1 %2").arg(*e.organizationId).arg(e.organizationName) : QString();
        context.out() << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7")
                             .arg(QString::number(e.id), e.kind, field(organization), e.status,
                                  QString::number(e.attempts),
                                  e.status == QLatin1String("pending") ? e.nextAttemptAt.toString(Qt::ISODate)
                                                                       : QStringLiteral("-"),
                                  field(e.lastError))
                      << Qt::endl;
    }
    return Ok;
}

} // namespace Elect::Cli
