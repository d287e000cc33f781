#include "apps/cli/Command.h"

#include "apps/cli/Commands.h"

#include <QCoreApplication>

namespace Elect::Cli {

namespace {

QCommandLineOption helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                              QCoreApplication::translate("Elect::Cli", "show this help"));
}

QString optionSyntax(const QCommandLineOption& option)
{
    QStringList names;
    for (const QString& n : option.names())
        names << (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
    QString text = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        text += QLatin1Char(' ') + option.valueName();
    return text;
}

// Two columns: the syntax, then the description, wrapped under itself when the syntax is long.
void appendRow(QString& text, const QString& left, const QString& right)
{
    constexpr int column = 26;
    text += QStringLiteral("  ") + left;
    if (left.size() + 2 < column - 1)
        text += QString(column - 2 - left.size(), QLatin1Char(' '));
    else
        text += QLatin1Char('\n') + QString(column, QLatin1Char(' '));
    text += QString(right).replace(QLatin1Char('\n'), QLatin1Char('\n') + QString(column, QLatin1Char(' ')));
    text += QLatin1Char('\n');
}

} // namespace

Command::~Command() = default;

QString Command::helpText() const
{
    QString usage = QStringLiteral("elect [global options] %1").arg(m_name);
    const QList<QCommandLineOption> own = options();
    if (!own.isEmpty())
        usage += QStringLiteral(" [options]");
    for (const Argument& a : arguments())
        usage += a.required ? QStringLiteral(" %1").arg(a.name) : QStringLiteral(" [%1]").arg(a.name);

    QString text = QCoreApplication::translate("Elect::Cli", "Usage: %1").arg(usage) + QStringLiteral("\n\n") +
                   description() + QLatin1Char('\n');
    if (!arguments().isEmpty()) {
        text += QLatin1Char('\n') + QCoreApplication::translate("Elect::Cli", "Arguments:") + QLatin1Char('\n');
        for (const Argument& a : arguments())
            appendRow(text, a.name, a.description);
    }
    text += QLatin1Char('\n') + QCoreApplication::translate("Elect::Cli", "Options:") + QLatin1Char('\n');
    for (const QCommandLineOption& o : own + QList<QCommandLineOption>{helpOption()})
        appendRow(text, optionSyntax(o), o.description());
    // "wallet" also names "wallet top-up": say so where the person looks.
    QString more;
    for (const auto& c : commands())
        if (c->name().startsWith(m_name + QLatin1Char(' ')))
            appendRow(more, c->name(), c->description());
    if (!more.isEmpty())
        text += QLatin1Char('\n') + QCoreApplication::translate("Elect::Cli", "Commands:") + QLatin1Char('\n') + more;
    text += QLatin1Char('\n') +
            QCoreApplication::translate("Elect::Cli",
                                        "Global options (--db, --data-dir, --as, --password-fd) go before the command; "
                                        "see \"elect --help\".") +
            QLatin1Char('\n');
    return text;
}

int Command::run(CommandContext& context, const QStringList& args) const
{
    QCommandLineParser parser;
    // As the tally's own parser: "-seats 3" is "--seats 3", never "-s -e -a ...".
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help = helpOption();
    parser.addOptions(options());
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("elect")} + args))
        return context.usage(parser.errorText(), m_name);
    if (parser.isSet(help)) {
        context.out() << helpText() << Qt::flush;
        return Ok;
    }
    const QList<Argument> declared = arguments();
    const QStringList given = parser.positionalArguments();
    for (int i = given.size(); i < declared.size(); ++i) {
        if (declared.at(i).required)
            return context.usage(
                QCoreApplication::translate("Elect::Cli", "%1 needs %2").arg(m_name, declared.at(i).name), m_name);
    }
    if (given.size() > declared.size())
        return context.usage(QCoreApplication::translate("Elect::Cli", "%1: unexpected argument \"%2\"")
                                 .arg(m_name, given.at(declared.size())),
                             m_name);
    return execute(context, parser, args);
}

} // namespace Elect::Cli
