#pragma once

#include "apps/cli/CommandContext.h"
#include "apps/cli/PasswordSource.h"

#include <QStringList>
#include <QTextStream>

#include <memory>

namespace Elect::Cli {

/// The `elect` command line: parses the global options once, finds the command in the table
/// (Commands.h) and runs it with a CommandContext. Prints to the streams it is given, so tests run it
/// in-process.
class Cli
{
public:
    Cli(QTextStream& out, QTextStream& err) : m_out(out), m_err(err) {}

    /// Passwords for the next run() from \a source instead of --password-fd or the terminal (tests).
    void setPasswordSource(std::unique_ptr<PasswordSource> source) { m_passwords = std::move(source); }

    /// Runs `elect ARGS` (\a args without the program's name). Returns an Exit status: Ok, UserError
    /// (one line on err), or Usage for an unknown command or option, a missing or extra argument.
    int run(const QStringList& args);

    /// The translated text of "elect --help": the global options and every command of the table.
    static QString helpText();

private:
    int usage(const QString& message);
    /// "elect org" without a known second word: the group's commands (help), or a usage error.
    int group(const QString& noun, const QString& word);

    QTextStream& m_out;
    QTextStream& m_err;
    std::unique_ptr<PasswordSource> m_passwords;
};

} // namespace Elect::Cli
