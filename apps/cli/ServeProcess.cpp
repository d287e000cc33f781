#include "apps/cli/ServeProcess.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Elect::Cli {

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int number)
{
    const char byte = char(number);
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[0], &byte, 1);
}

void serveMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    static const bool journal = qEnvironmentVariableIsSet("JOURNAL_STREAM");
    int priority = 6;
    const char* level = "info";
    switch (type) {
    case QtDebugMsg:
        priority = 7;
        level = "debug";
        break;
    case QtInfoMsg:
        break;
    case QtWarningMsg:
        priority = 4;
        level = "warning";
        break;
    case QtCriticalMsg:
        priority = 3;
        level = "error";
        break;
    case QtFatalMsg:
        priority = 2;
        level = "fatal";
        break;
    }
    const QByteArray category = context.category ? QByteArray(context.category) : QByteArray("elect");
    QByteArray line;
    if (journal)
        line = '<' + QByteArray::number(priority) + '>' + category + ": " + message.toUtf8() + '\n';
    else
        line = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() + ' ' + level + ' ' + category + ": " +
               message.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

void installServeLogging(bool verbose)
{
    QLoggingCategory::setFilterRules(verbose ? QStringLiteral("elect.*.debug=true") : QStringLiteral("*.debug=false"));
    qInstallMessageHandler(serveMessage);
}

StopSignals::StopSignals(QObject* parent) : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalPipe) != 0)
        return;
    ::fcntl(g_signalPipe[0], F_SETFL, O_NONBLOCK);
    ::fcntl(g_signalPipe[1], F_SETFL, O_NONBLOCK);
    m_notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        while (::read(g_signalPipe[1], &byte, 1) == 1) {
            if (++m_count > 1)
                std::_Exit(1); // asked twice: the operator wants out now; leases give the rest back
        }
        Q_EMIT stopRequested();
    });
    struct sigaction action
    {
    };
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
}

StopSignals::~StopSignals()
{
    ::signal(SIGTERM, SIG_DFL);
    ::signal(SIGINT, SIG_DFL);
    delete m_notifier;
    m_notifier = nullptr;
    for (int& fd : g_signalPipe) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
}

} // namespace Elect::Cli
