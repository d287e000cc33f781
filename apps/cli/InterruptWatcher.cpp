#include "apps/cli/InterruptWatcher.h"

#include <QtGlobal>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace Elect::Cli {

namespace {

// One watcher at a time (one command runs per process); the handler reaches it through this descriptor.
int g_writeEnd = -1;
struct sigaction g_previousInt;
struct sigaction g_previousTerm;

constexpr char kSignalled = 's';
constexpr char kStop = 'q';

extern "C" void onSignal(int)
{
    const int saved = errno;
    const char byte = kSignalled;
    [[maybe_unused]] const ssize_t n = ::write(g_writeEnd, &byte, 1);
    errno = saved;
}

} // namespace

InterruptWatcher::InterruptWatcher(std::function<void()> onInterrupt) : m_onInterrupt(std::move(onInterrupt))
{
    Q_ASSERT(g_writeEnd == -1);
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        return; // then the signals keep their default: the process ends and the server rolls back
    g_writeEnd = fds[1];
    const int readEnd = fds[0];
    m_thread = std::thread([this, readEnd] {
        char byte = 0;
        while (::read(readEnd, &byte, 1) == 1 && byte == kSignalled) {
            m_interrupted = true;
            m_onInterrupt();
        }
        ::close(readEnd);
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, &g_previousInt);
    ::sigaction(SIGTERM, &action, &g_previousTerm);
}

InterruptWatcher::~InterruptWatcher()
{
    if (g_writeEnd == -1)
        return;
    ::sigaction(SIGINT, &g_previousInt, nullptr);
    ::sigaction(SIGTERM, &g_previousTerm, nullptr);
    const char byte = kStop;
    [[maybe_unused]] const ssize_t n = ::write(g_writeEnd, &byte, 1);
    m_thread.join();
    ::close(g_writeEnd);
    g_writeEnd = -1;
}

} // namespace Elect::Cli
