#pragma once

#include <QByteArray>
#include <QThread>
#include <QUrl>

#include <atomic>
#include <memory>

namespace Elect {

/// A provider that takes everything, for benchmarks: an HTTP/1.1 server on 127.0.0.1, on its own thread,
/// that answers every request at once with 201 and a Twilio-shaped message (keep-alive), and counts them.
class HttpSink
{
public:
    HttpSink();
    ~HttpSink();
    HttpSink(const HttpSink&) = delete;
    HttpSink& operator=(const HttpSink&) = delete;

    bool ok() const { return m_port != 0; }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    qint64 requests() const { return m_requests.load(); }

private:
    QThread m_thread;
    quint16 m_port = 0;
    std::atomic<qint64> m_requests{0};
    struct Server;
    Server* m_server = nullptr; // lives on m_thread
};

} // namespace Elect
