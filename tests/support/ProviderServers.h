#pragma once

// Real servers on 127.0.0.1 that stand in for the providers in integration tests:
// - PrismServer: Prism (tests/servers) serving a provider's own OpenAPI description, so a request the
//   real API would refuse is refused here too;
// - ScriptedHttpServer: a plain HTTP/1.1 server that answers each request with the next scripted
//   answer (a status, headers and body; or silence, to test timeouts) and keeps what it received.

#include "Specs.h"
#include "TestPaths.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFuture>
#include <QHostAddress>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <deque>
#include <memory>

namespace Elect::Test {

/// A port nobody listens on right now.
inline quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

/// The fields of an application/x-www-form-urlencoded body, decoded.
inline QMap<QString, QString> formFields(const QByteArray& body)
{
    QMap<QString, QString> fields;
    for (const QByteArray& pair : body.split('&')) {
        const int eq = int(pair.indexOf('='));
        QByteArray key = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        fields.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                      QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return fields;
}

/// A server from tests/servers/node_modules run as a child process for one test, stopped with it.
class NodeServer
{
public:
    ~NodeServer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(2000);
        }
    }
    bool started() const { return m_started; }
    QString why() const { return m_why; }

protected:
    /// Starts tests/servers/node_modules/.bin/\a tool with \a args and waits up to a minute until \a ready says yes.
    template <typename Ready>
    void start(const QString& tool, const QStringList& args, Ready ready)
    {
        const QString program = QStringLiteral(ELECT_SOURCE_DIR "/tests/servers/node_modules/.bin/") + tool;
        if (!QFile::exists(program)) {
            m_why = tool + QStringLiteral(" is not installed: run scripts/install-deps --test-servers");
            return;
        }
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(program, args);
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 60000 && m_process.state() != QProcess::NotRunning) {
            if (ready()) {
                m_started = true;
                return;
            }
            m_process.waitForReadyRead(200);
        }
        m_why = tool + QStringLiteral(" did not start: ") + QString::fromUtf8(m_process.readAll().right(2000));
    }
    void fail(QString why) { m_why = std::move(why); }

private:
    QProcess m_process;
    bool m_started = false;
    QString m_why;
};

/// Prism serving a provider's own OpenAPI description.
class PrismServer : public NodeServer
{
public:
    /// Starts Prism on a free port with \a specFile (a file in the specs folder); check started() (and why()).
    explicit PrismServer(const QString& specFile)
    {
        const QString specs = specsDir();
        if (specs.isEmpty()) {
            fail(QStringLiteral("the providers' specs are missing (ELECT_SPECS_DIR)"));
            return;
        }
        m_port = freePort();
        start(QStringLiteral("prism"),
              {QStringLiteral("mock"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
               QString::number(m_port), specs + QLatin1Char('/') + specFile},
              [this] {
                  QTcpSocket probe;
                  probe.connectToHost(QHostAddress::LocalHost, m_port);
                  return probe.waitForConnected(200);
              });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

private:
    quint16 m_port = 0;
};

/// maildev (tests/servers): an SMTP server on 127.0.0.1 whose messages are read back over its HTTP API.
class MaildevServer : public NodeServer
{
public:
    /// With \a user, SMTP AUTH is required.
    explicit MaildevServer(const QString& user = {}, const QString& password = {})
    {
        m_smtpPort = freePort();
        m_webPort = freePort();
        QStringList args{QStringLiteral("--ip"),      QStringLiteral("127.0.0.1"), QStringLiteral("--web-ip"),
                         QStringLiteral("127.0.0.1"), QStringLiteral("-s"),        QString::number(m_smtpPort),
                         QStringLiteral("-w"),        QString::number(m_webPort)};
        if (!user.isEmpty())
            args << QStringLiteral("--incoming-user") << user << QStringLiteral("--incoming-pass") << password;
        start(QStringLiteral("maildev"), args, [this] { return get(QStringLiteral("/api/healthz")) == "true"; });
    }
    QUrl smtpUrl() const { return QUrl(QStringLiteral("smtp://127.0.0.1:%1").arg(m_smtpPort)); }
    /// GET on maildev's HTTP API (e.g. "/api/email"); empty when it does not answer.
    QByteArray get(const QString& path)
    {
        QNetworkAccessManager network;
        QNetworkReply* reply =
            network.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_webPort).arg(path))));
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            reply->abort();
        const QByteArray body = reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
        delete reply;
        return body;
    }

private:
    quint16 m_smtpPort = 0;
    quint16 m_webPort = 0;
};

/// The result of a client's future, waiting on this thread's event loop (where the replies arrive).
template <typename T>
T await(QFuture<T> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 60000))
        qFatal("the client never finished");
    return future.result();
}

class ScriptedHttpServer : public QObject
{
public:
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        bool silent = false; ///< read the request, never answer
    };
    struct Received
    {
        QByteArray method;
        QByteArray path;
        QByteArray headers; ///< raw header block, lower-case names
        QByteArray body;
    };

    ScriptedHttpServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection())
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        });
    }
    void push(Answer answer) { m_script.push_back(std::move(answer)); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    const QList<Received>& received() const { return m_received; }

private:
    void read(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const int headerEnd = int(buffer.indexOf("\r\n\r\n"));
        if (headerEnd < 0)
            return;
        const QByteArray head = buffer.left(headerEnd);
        const QByteArray lowerHead = head.toLower();
        int length = 0;
        const int at = int(lowerHead.indexOf("content-length:"));
        if (at >= 0)
            length = lowerHead.mid(at + 15, lowerHead.indexOf("\r\n", at) - at - 15).trimmed().toInt();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        Received r;
        const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
        r.method = requestLine.value(0);
        r.path = requestLine.value(1);
        r.headers = lowerHead;
        r.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        m_received << r;

        Answer answer = m_script.empty() ? Answer{500, "no answer scripted", {}, false} : m_script.front();
        if (!m_script.empty())
            m_script.pop_front();
        if (answer.silent)
            return;
        QByteArray out = "HTTP/1.1 " + QByteArray::number(answer.status) + " Scripted\r\n";
        out += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(answer.body.size()) + "\r\n";
        for (const auto& [name, value] : answer.headers)
            out += name + ": " + value + "\r\n";
        out += "Connection: close\r\n\r\n" + answer.body;
        socket->write(out);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    std::deque<Answer> m_script;
    QList<Received> m_received;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

} // namespace Elect::Test
