#include "apps/cli/PasswordSource.h"

#include <QCoreApplication>

#include <termios.h>
#include <unistd.h>

namespace Elect::Cli {

Result<QString> FdPasswordSource::read(const QString&, bool)
{
    // One byte at a time, so that the next call (or the next command) gets the next line.
    QByteArray line;
    char c = 0;
    while (::read(m_fd, &c, 1) == 1 && c != '\n')
        line.append(c);
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return Result<QString>::failure(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("Elect::Cli", "no password could be read from file descriptor %1").arg(m_fd));
    return QString::fromUtf8(line);
}

QString TerminalPasswordSource::ask(const QString& prompt)
{
    m_err << prompt << Qt::flush;
    termios old{};
    ::tcgetattr(STDIN_FILENO, &old);
    termios silent = old;
    silent.c_lflag &= ~tcflag_t(ECHO);
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    QByteArray line;
    char c = 0;
    while (::read(STDIN_FILENO, &c, 1) == 1 && c != '\n')
        line.append(c);
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    m_err << Qt::endl;
    return QString::fromUtf8(line);
}

Result<QString> TerminalPasswordSource::read(const QString& prompt, bool confirm)
{
    if (!::isatty(STDIN_FILENO))
        return Result<QString>::failure(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("Elect::Cli",
                                        "a password is needed and there is no terminal to ask it on; give it with "
                                        "--password-fd N"));
    const QString first = ask(prompt);
    if (first.isEmpty())
        return Result<QString>::failure(ErrorCode::InvalidInput,
                                        QCoreApplication::translate("Elect::Cli", "no password given"));
    if (confirm && ask(QCoreApplication::translate("Elect::Cli", "Again, to confirm: ")) != first)
        return Result<QString>::failure(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("Elect::Cli", "the two passwords differ; nothing was changed"));
    return first;
}

} // namespace Elect::Cli
