#include "apps/cli/commands/Demo.h"

#include "core/db/AccountRepository.h"
#include "core/db/ElectionRepository.h"
#include "core/devtools/DemoSeeder.h"

#include <QCoreApplication>

namespace Elect::Cli {

namespace {

// How one demo account connected, in a line for people; an error when a call it makes fails.
Result<QString> describeConnection(CommandContext& context, const DemoSeeder::Account& account)
{
    auto db = context.connectAs(account.loginRole, account.password);
    if (!db)
        return db.message();
    const auto who = AccountRepository(**db).whoAmI();
    if (!who)
        return who.message();
    if (who->isSystemAdmin()) {
        const auto all = AccountRepository(**db).organizations();
        if (!all)
            return all.error();
        const auto pending = AccountRepository(**db).organizations(true);
        if (!pending)
            return pending.error();
        return QCoreApplication::translate(
                   "Elect::Cli", "signed in as a system admin; sees %1 organization(s), %2 waiting for review")
            .arg(all->size())
            .arg(pending->size());
    }
    if (who->kind == Identity::Kind::Kiosk) {
        const auto running = ElectionRepository(**db).runningForKiosk();
        if (!running)
            return running.error();
        return QCoreApplication::translate("Elect::Cli",
                                           "signed in as a kiosk of %1; sees %2 running election(s) and no table")
            .arg(who->organizationName)
            .arg(running->size());
    }
    const auto elections = ElectionRepository(**db).list();
    if (!elections)
        return elections.error();
    return QCoreApplication::translate("Elect::Cli", "signed in as %1 of %2; sees %3 election(s)")
        .arg(toString(who->role), who->organizationName)
        .arg(elections->size());
}

} // namespace

QString Demo::description() const
{
    return QCoreApplication::translate("Elect::Cli", "create the demo on the embedded server and say how to use it");
}

QList<QCommandLineOption> Demo::options() const
{
    return {{QStringLiteral("headless"),
             QCoreApplication::translate("Elect::Cli", "leave out the hint to open the admin app")}};
}

int Demo::execute(CommandContext& context, const QCommandLineParser& parser, const QStringList&) const
{
    if (!context.embedded())
        return context.usage(
            QCoreApplication::translate("Elect::Cli", "demo runs on the embedded server only; leave out --db"), name());
    if (Status s = context.initialize(QString()); !s)
        return context.fail(s.error());
    auto superuser = context.connectAdministrator();
    if (!superuser)
        return context.fail(superuser.error());

    // The demo's passwords are kept beside the cluster (0600), so a second run and elect-admin --demo find them.
    EmbeddedServer& server = context.server();
    QTextStream& out = context.out();
    const QString credentialsPath = DemoSeeder::accountsFile(server.root());
    const auto stored = DemoSeeder::loadAccounts(credentialsPath);
    const QList<DemoSeeder::Account> previous = stored ? *stored : QList<DemoSeeder::Account>();
    DemoSeeder seeder(**superuser, [&context](const QString& role, const QString& password) {
        return context.connectAs(role, password);
    });
    const auto outcome = seeder.run(previous);
    if (!outcome)
        return context.fail(outcome.error());
    if (outcome->accounts != previous) {
        if (Status s = DemoSeeder::saveAccounts(credentialsPath, outcome->accounts); !s)
            return context.fail(s.error());
    }
    for (const QString& line : outcome->lines)
        out << line << Qt::endl;
    out << Qt::endl
        << QCoreApplication::translate("Elect::Cli", "Server: %1 (embedded; log %2)")
               .arg(context.baseSettings().describe(), server.logFile())
        << Qt::endl;
    if (!server.notes().isEmpty())
        out << server.notes() << Qt::endl;
    out << Qt::endl
        << QCoreApplication::translate(
               "Elect::Cli", "Accounts, and how each connected (every person and kiosk is its own PostgreSQL login):")
        << Qt::endl;
    for (const auto& a : outcome->accounts) {
        const auto how = describeConnection(context, a);
        if (!how)
            return context.fail(how.error());
        out << QStringLiteral("  %1\n    %2%3\n    %4")
                   .arg(a.label,
                        a.email.isEmpty() ? QString()
                                          : QCoreApplication::translate("Elect::Cli", "email: %1, ").arg(a.email),
                        QCoreApplication::translate("Elect::Cli", "login role: %1").arg(a.loginRole), *how)
            << Qt::endl;
    }
    out << Qt::endl
        << QCoreApplication::translate("Elect::Cli", "The passwords are in %1, readable only by you.")
               .arg(credentialsPath)
        << Qt::endl;
    if (!parser.isSet(QStringLiteral("headless")))
        out << Qt::endl
            << QCoreApplication::translate("Elect::Cli",
                                           "Open the admin app signed in as the owner: elect-admin --demo")
            << Qt::endl;
    out << QCoreApplication::translate("Elect::Cli", "Stop the server with: elect server stop") << Qt::endl;
    return Ok;
}

} // namespace Elect::Cli
