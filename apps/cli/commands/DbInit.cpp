#include "apps/cli/commands/DbInit.h"

#include "core/db/EmbeddedServer.h"

#include <QCoreApplication>

namespace Elect::Cli {

QString DbInit::description() const
{
    return QCoreApplication::translate("Elect::Cli", "create roles, database and schema, then migrate");
}

QList<QCommandLineOption> DbInit::options() const
{
    return {{QStringLiteral("service-password-fd"),
             QCoreApplication::translate("Elect::Cli",
                                         "read the password of the elect_service login (for \"elect serve\") from "
                                         "file descriptor N"),
             QStringLiteral("N")}};
}

int DbInit::execute(CommandContext& context, const QCommandLineParser& parser, const QStringList&) const
{
    QString servicePassword;
    if (parser.isSet(QStringLiteral("service-password-fd"))) {
        bool ok = false;
        const int fd = parser.value(QStringLiteral("service-password-fd")).toInt(&ok);
        if (!ok || fd < 0)
            return context.usage(
                QCoreApplication::translate("Elect::Cli", "--service-password-fd needs a file descriptor number"),
                name());
        const auto pw = FdPasswordSource(fd).read({}, false);
        if (!pw)
            return context.fail(pw.error());
        servicePassword = *pw;
    }
    if (Status s = context.initialize(servicePassword); !s)
        return context.fail(s.error());
    context.out() << QCoreApplication::translate("Elect::Cli", "The Elect database is ready on %1.")
                         .arg(context.baseSettings().describe())
                  << Qt::endl;
    if (!context.embedded())
        context.out() << QCoreApplication::translate(
                             "Elect::Cli",
                             "On a server of your own, add these lines to postgresql.conf and restart PostgreSQL, so "
                             "that weak passwords are refused, each failed sign-in costs half a second, and a failed "
                             "statement (which may carry a password) is not copied into the log:")
                      << Qt::endl
                      << EmbeddedServer::hardeningConfig() << Qt::endl;
    return Ok;
}

} // namespace Elect::Cli
