#pragma once

#include "core/Result.h"

#include <QString>
#include <QTextStream>

namespace Elect::Cli {

/// Where a command's passwords come from. Passwords are never taken from the command line.
class PasswordSource
{
public:
    virtual ~PasswordSource() = default;
    /// One password. \a prompt is shown where a person types it; \a confirm asks twice there and fails
    /// when the two differ. Fails (with a message that says what to do) when none can be read.
    virtual Result<QString> read(const QString& prompt, bool confirm) = 0;
};

/// Reads one line per call from a file descriptor (--password-fd N); \a prompt and \a confirm are ignored.
class FdPasswordSource : public PasswordSource
{
public:
    explicit FdPasswordSource(int fd) : m_fd(fd) {}
    Result<QString> read(const QString& prompt, bool confirm) override;

private:
    int m_fd;
};

/// Asks on the terminal without echo (prompts on \a err); refuses when standard input is no terminal.
class TerminalPasswordSource : public PasswordSource
{
public:
    explicit TerminalPasswordSource(QTextStream& err) : m_err(err) {}
    Result<QString> read(const QString& prompt, bool confirm) override;

private:
    QString ask(const QString& prompt);

    QTextStream& m_err;
};

} // namespace Elect::Cli
