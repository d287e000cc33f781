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

class PrismServer
{
public:
    /// Starts Prism on a free port with \a specFile (a file in the specs folder); waits until it listens.
    /// Check started() (and why()) afterwards.
    explicit PrismServer(const QString& specFile)
    {
        const QString prism = QStringLiteral(ELECT_SOURCE_DIR "/tests/servers/node_modules/.bin/prism");
        if (!QFile::exists(prism)) {
            m_why = QStringLiteral("Prism is not installed: run scripts/install-deps --test-servers");
            return;
        }
        const QString specs = specsDir();
        if (specs.isEmpty()) {
            m_why = QStringLiteral("the providers' specs are missing (ELECT_SPECS_DIR)");
            return;
        }
        m_port = freePort();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(prism, {QStringLiteral("mock"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                                QStringLiteral("-p"), QString::number(m_port), specs + QLatin1Char('/') + specFile});
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 60000 && m_process.state() != QProcess::NotRunning) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_port);
            if (probe.waitForConnected(200)) {
                m_started = true;
                return;
            }
            m_process.waitForReadyRead(200);
        }
        m_why = QStringLiteral("Prism did not start: ") + QString::fromUtf8(m_process.readAll().right(2000));
    }
    ~PrismServer()
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
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

private:
    QProcess m_process;
    quint16 m_port = 0;
    bool m_started = false;
    QString m_why;
};

/// maildev (tests/servers): an SMTP server on 127.0.0.1 whose messages are read back over its HTTP API.
class MaildevServer
{
public:
    /// With \a user, SMTP AUTH is required.
    explicit MaildevServer(const QString& user = {}, const QString& password = {})
    {
        const QString maildev = QStringLiteral(ELECT_SOURCE_DIR "/tests/servers/node_modules/.bin/maildev");
        if (!QFile::exists(maildev)) {
            m_why = QStringLiteral("maildev is not installed: run scripts/install-deps --test-servers");
            return;
        }
        m_smtpPort = freePort();
        m_webPort = freePort();
        QStringList args{QStringLiteral("--ip"),      QStringLiteral("127.0.0.1"), QStringLiteral("--web-ip"),
                         QStringLiteral("127.0.0.1"), QStringLiteral("-s"),        QString::number(m_smtpPort),
                         QStringLiteral("-w"),        QString::number(m_webPort)};
        if (!user.isEmpty())
            args << QStringLiteral("--incoming-user") << user << QStringLiteral("--incoming-pass") << password;
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(maildev, args);
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 60000 && m_process.state() != QProcess::NotRunning) {
            if (get(QStringLiteral("/api/healthz")) == "true") {
                m_started = true;
                return;
            }
            m_process.waitForReadyRead(200);
        }
        m_why = QStringLiteral("maildev did not start: ") + QString::fromUtf8(m_process.readAll().right(2000));
    }
    ~MaildevServer()
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
    QProcess m_process;
    quint16 m_smtpPort = 0;
    quint16 m_webPort = 0;
    bool m_started = false;
    QString m_why;
};

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
