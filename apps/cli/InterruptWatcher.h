#pragma once

#include <atomic>
#include <functional>
#include <thread>

namespace Elect::Cli {

/// While it lives, Ctrl-C (SIGINT) and SIGTERM do not end the process: each calls \a onInterrupt on a
/// thread of its own (the signal handler only writes a byte to a pipe, which is all a handler may safely
/// do), so that a command can stop its work in order, e.g. cancel the server's statement and roll back.
/// The previous handlers come back when it goes; a second signal after the first still only reaches
/// \a onInterrupt, which must therefore be safe to call more than once.
class InterruptWatcher
{
public:
    explicit InterruptWatcher(std::function<void()> onInterrupt);
    ~InterruptWatcher();
    InterruptWatcher(const InterruptWatcher&) = delete;
    InterruptWatcher& operator=(const InterruptWatcher&) = delete;

    /// True once a signal arrived.
    bool interrupted() const { return m_interrupted; }

private:
    std::function<void()> m_onInterrupt;
    std::atomic<bool> m_interrupted{false};
    std::thread m_thread;
};

} // namespace Elect::Cli
