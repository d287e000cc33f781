#include "apps/cli/Cli.h"

#include "apps/cli/Commands.h"

#include "Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>

namespace Elect::Cli {

namespace {

QString commandRows(const QString& prefix)
{
    int width = 0;
    for (const auto& c : commands())
        width = std::max(width, int(c->name().size()));
    QString text;
    for (const auto& c : commands()) {
        if (c->name().startsWith(prefix))
            text += QStringLiteral("  %1  %2\n").arg(c->name(), -width).arg(c->description());
    }
    return text;
}

// The second words of the commands whose first word is \a noun ("org" -> register, verify, ...).
QStringList subcommands(const QString& noun)
{
    QStringList words;
    for (const auto& c : commands()) {
        if (c->name().startsWith(noun + QLatin1Char(' ')))
            words << c->name().section(QLatin1Char(' '), 1);
    }
    return words;
}

} // namespace

QString Cli::helpText()
{
    return QCoreApplication::translate("Elect::Cli", "elect: Elect's command line for IT staff.") +
           QStringLiteral("\n\n") +
           QCoreApplication::translate("Elect::Cli", "Usage: elect [global options] COMMAND [options]") +
           QStringLiteral("\n\n") +
           QCoreApplication::translate(
               "Elect::Cli",
               "Global options:\n"
               "  --db URI             use this PostgreSQL server "
               "(postgresql://user@host:5432/elect?sslmode=require).\n"
               "                       libpq's environment (PGHOST, PGPASSWORD, PGSSLMODE, ...) and ~/.pgpass "
               "apply.\n"
               "                       Without --db, Elect's own embedded server is used.\n"
               "  --data-dir DIR       where the embedded server keeps its files ($ELECT_DATA_DIR; default: the\n"
               "                       user's data folder, /var/lib/elect/postgres for root)\n"
               "  --as EMAIL           act as this Elect account; its password is asked without echo\n"
               "  --password-fd N      read passwords from file descriptor N, one line each, instead of asking\n"
               "  --help, --version") +
           QStringLiteral("\n\n") + QCoreApplication::translate("Elect::Cli", "Commands:") + QLatin1Char('\n') +
           commandRows(QString()) + QLatin1Char('\n') +
           QCoreApplication::translate("Elect::Cli", "Run \"elect COMMAND --help\" for a command's options.") +
           QLatin1Char('\n') +
           QCoreApplication::translate("Elect::Cli",
                                       "Exit status: 0 done, 1 a problem (explained on stderr), 2 wrong usage.") +
           QLatin1Char('\n');
}

int Cli::usage(const QString& message)
{
    m_err << "elect: " << message << Qt::endl
          << QCoreApplication::translate("Elect::Cli", "Run \"elect --help\" for usage.") << Qt::endl;
    return Usage;
}

int Cli::group(const QString& noun, const QString& word)
{
    if (word == QLatin1String("--help") || word == QLatin1String("-h") || word == QLatin1String("help")) {
        m_out
            << QCoreApplication::translate("Elect::Cli", "Usage: elect [global options] %1 COMMAND [options]").arg(noun)
            << QStringLiteral("\n\n") << commandRows(noun + QLatin1Char(' ')) << Qt::flush;
        return Ok;
    }
    const QString choices = subcommands(noun).join(QStringLiteral(", "));
    if (word.isEmpty())
        return usage(QCoreApplication::translate("Elect::Cli", "%1: say one of %2").arg(noun, choices));
    return usage(QCoreApplication::translate("Elect::Cli", "unknown command \"%1 %2\"; %1 takes one of %3")
                     .arg(noun, word, choices));
}

int Cli::run(const QStringList& args)
{
    QCommandLineParser parser;
    // Global options come before the command; everything after the command's name is the command's.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption db(QStringLiteral("db"), QString(), QStringLiteral("URI"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption as(QStringLiteral("as"), QString(), QStringLiteral("EMAIL"));
    const QCommandLineOption passwordFd(QStringLiteral("password-fd"), QString(), QStringLiteral("N"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringLiteral("version"));
    parser.addOptions({db, dataDir, as, passwordFd, help, version});
    if (!parser.parse(QStringList{QStringLiteral("elect")} + args))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        m_out << helpText() << Qt::flush;
        return Ok;
    }
    if (parser.isSet(version)) {
        m_out << "elect " << kVersion << Qt::endl;
        return Ok;
    }
    GlobalOptions globals;
    globals.dbUri = parser.value(db);
    globals.dataDir = parser.isSet(dataDir) ? parser.value(dataDir) : qEnvironmentVariable("ELECT_DATA_DIR");
    globals.as = parser.value(as);
    if (parser.isSet(passwordFd)) {
        bool ok = false;
        globals.passwordFd = parser.value(passwordFd).toInt(&ok);
        if (!ok || globals.passwordFd < 0)
            return usage(QCoreApplication::translate("Elect::Cli", "--password-fd needs a file descriptor number"));
    }

    QStringList words = parser.positionalArguments();
    if (words.isEmpty()) {
        m_out << helpText() << Qt::flush;
        return Usage;
    }
    const QString noun = words.takeFirst();
    if (noun == QLatin1String("help")) {
        // "elect help org accept" is "elect org accept --help".
        if (const Command* c = findCommand(words.join(QLatin1Char(' '))); c && !words.isEmpty()) {
            m_out << c->helpText() << Qt::flush;
            return Ok;
        }
        // "elect help db" is "elect db --help".
        if (words.size() == 1 && !subcommands(words.first()).isEmpty())
            return group(words.first(), QStringLiteral("--help"));
        m_out << helpText() << Qt::flush;
        return Ok;
    }
    // "serve check" before "serve": a two-word command wins over the one-word command of the same noun.
    const Command* command = words.isEmpty() ? nullptr : findCommand(noun + QLatin1Char(' ') + words.first());
    if (command)
        words.removeFirst();
    else
        command = findCommand(noun);
    if (!command) {
        if (subcommands(noun).isEmpty())
            return usage(QCoreApplication::translate("Elect::Cli", "unknown command \"%1\"").arg(noun));
        const QString word = words.value(0);
        command = findCommand(noun + QLatin1Char(' ') + word);
        if (!command)
            return group(noun, word);
        words.removeFirst();
    }
    CommandContext context(m_out, m_err, globals, std::move(m_passwords));
    return command->run(context, words);
}

} // namespace Elect::Cli
