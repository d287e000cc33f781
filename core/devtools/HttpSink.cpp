#include "core/devtools/HttpSink.h"

#include <QHash>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>

namespace Elect {

struct HttpSink::Server : QTcpServer
{
    std::atomic<qint64>* counter = nullptr;
    QHash<QTcpSocket*, QByteArray> buffers;

    void read(QTcpSocket* socket)
    {
        QByteArray& buffer = buffers[socket];
        buffer += socket->readAll();
        QByteArray out;
        for (;;) {
            const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                break;
            qsizetype length = 0;
            const QByteArray head = buffer.left(headerEnd).toLower();
            const qsizetype at = head.indexOf("content-length:");
            if (at >= 0)
                length = head.mid(at + 15, head.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
            if (buffer.size() < headerEnd + 4 + length)
                break;
            buffer.remove(0, headerEnd + 4 + length);
            const qint64 n = ++*counter;
            const QByteArray body =
                "{\"sid\":\"SM" + QByteArray::number(n).rightJustified(32, '0') + "\",\"status\":\"queued\"}";
            out += "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: " +
                   QByteArray::number(body.size()) + "\r\n\r\n" + body;
        }
        if (!out.isEmpty())
            socket->write(out);
    }
};

HttpSink::HttpSink()
{
    m_thread.start();
    QSemaphore ready;
    auto* server = new Server;
    server->counter = &m_requests;
    server->moveToThread(&m_thread);
    QMetaObject::invokeMethod(server, [this, server, &ready] {
        if (server->listen(QHostAddress::LocalHost, 0))
            m_port = server->serverPort();
        QObject::connect(server, &QTcpServer::newConnection, server, [server] {
            while (QTcpSocket* s = server->nextPendingConnection()) {
                s->setSocketOption(QAbstractSocket::LowDelayOption, 1);
                QObject::connect(s, &QTcpSocket::readyRead, server, [server, s] { server->read(s); });
                QObject::connect(s, &QTcpSocket::disconnected, server, [server, s] {
                    server->buffers.remove(s);
                    s->deleteLater();
                });
            }
        });
        ready.release();
    });
    ready.acquire();
    m_server = server;
}

HttpSink::~HttpSink()
{
    QMetaObject::invokeMethod(
        m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

} // namespace Elect
