#pragma once

#include <QObject>

class QSocketNotifier;

namespace Elect::Cli {

/// Log lines of `elect serve` on stdout with their level: "<6>elect.serve: ..." prefixes when systemd's
/// journal reads the stream (JOURNAL_STREAM is set), "2026-11-30T18:00:00Z info elect.serve: ..."
/// otherwise. Debug lines only with \a verbose.
void installServeLogging(bool verbose);

/// SIGTERM and SIGINT, turned into a Qt signal on the main thread (a self-pipe), so that serve finishes
/// the work in flight before it exits. A second signal while stopping exits at once.
class StopSignals : public QObject
{
    Q_OBJECT
public:
    explicit StopSignals(QObject* parent = nullptr);
    ~StopSignals() override;

Q_SIGNALS:
    void stopRequested();

private:
    QSocketNotifier* m_notifier = nullptr;
    int m_count = 0;
};

} // namespace Elect::Cli
