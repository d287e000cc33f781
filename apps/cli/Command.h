#pragma once

#include "apps/cli/CommandContext.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

namespace Elect::Cli {

/// One command of `elect` ("db init", "org accept", "tally", ...): its name, a one-line description,
/// its own options and arguments, and what it does. Commands hold no state; they are registered in
/// one table (Commands.h) and run with a CommandContext.
class Command
{
public:
    /// A positional argument, as the help shows it.
    struct Argument
    {
        QString name;        ///< as written in the usage line: ID, FILE, KIND
        QString description; ///< translated
        bool required = true;
    };

    virtual ~Command();
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;

    /// The words that name the command: "db init", "tally".
    QString name() const { return m_name; }
    /// One translated line for "elect --help".
    virtual QString description() const = 0;
    /// This command's options, with translated descriptions; --help is added by run().
    virtual QList<QCommandLineOption> options() const { return {}; }
    /// This command's positional arguments, in order.
    virtual QList<Argument> arguments() const { return {}; }

    /// Runs the command with \a args (the words after its name): parses them with a parser that knows
    /// only this command's options; prints the help and returns Ok for --help; prints a usage error and
    /// returns Usage for an option of another command, a missing or an extra argument; else execute().
    int run(CommandContext& context, const QStringList& args) const;
    /// The translated help: usage line, description, arguments and options.
    QString helpText() const;

protected:
    explicit Command(QString name) : m_name(std::move(name)) {}
    /// Does the work once the arguments are known to fit. \a args are the words run() was given
    /// (the commands that wrap an older runner pass them on). Returns an Exit status.
    virtual int execute(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) const = 0;

private:
    QString m_name;
};

} // namespace Elect::Cli
