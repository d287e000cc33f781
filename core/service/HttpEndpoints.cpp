#include "core/service/HttpEndpoints.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QLoggingCategory>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThreadPool>

#include <memory>

Q_LOGGING_CATEGORY(lcHttp, "elect.serve.http", QtInfoMsg)

namespace Elect::Service {

namespace {

constexpr qsizetype kMaxBody = 256 * 1024;

QHttpServerResponse toQt(const HttpReply& r)
{
    QHttpServerResponse response(QByteArrayLiteral("application/json"), r.body,
                                 QHttpServerResponse::StatusCode(r.status));
    for (const auto& [name, value] : r.headers)
        response.addHeader(name, value);
    return response;
}

QHttpServerResponse plain(int status, const char* text)
{
    return QHttpServerResponse(QByteArrayLiteral("text/plain; charset=utf-8"), QByteArray(text) + '\n',
                               QHttpServerResponse::StatusCode(status));
}

// More slow steps than the pool runs and queues: the client tries again shortly (RegistrationClient says that the
// service cannot work right now), rather than waiting behind a flood.
HttpReply busy()
{
    return {503,
            QByteArrayLiteral("{\"error\":\"unavailable\",\"message\":\"The service is busy. Try again in a few "
                              "seconds.\",\"retry_after\":5}"),
            {{QByteArrayLiteral("Retry-After"), QByteArrayLiteral("5")}}};
}

} // namespace

HttpEndpoints::HttpEndpoints(QObject* parent)
    : QObject(parent), m_server(std::make_unique<QHttpServer>()), m_slowPool(std::make_unique<QThreadPool>())
{
    m_slowPool->setMaxThreadCount(4);
    m_server->route(QStringLiteral("/health"), QHttpServerRequest::Method::Get, [] { return plain(200, "ok"); });
    m_server->route(QStringLiteral("/stripe/webhook"), QHttpServerRequest::Method::Post,
                    [this](const QHttpServerRequest& request) {
                        if (!m_webhook)
                            return plain(404, "payments are not configured on this server");
                        if (request.body().size() > kMaxBody)
                            return plain(413, "too large");
                        return toQt(m_webhook(request.value(QByteArrayLiteral("Stripe-Signature")), request.body()));
                    });
    m_server->route(QStringLiteral("/dummy/<arg>/voters/<arg>"), QHttpServerRequest::Method::Get,
                    [this](qint64 organization, const QString& nationalId, const QHttpServerRequest& request) {
                        if (!m_dummy)
                            return plain(404, "the dummy eligibility API is off (elect serve --dummy-api)");
                        // The stand-in answers this machine only (the demo, the tests), whatever the address
                        // serve listens on: it hands out phone numbers.
                        if (!request.remoteAddress().isLoopback())
                            return plain(403, "the dummy eligibility API answers only this machine");
                        return toQt(m_dummy(organization, nationalId));
                    });
    m_server->route(
        QStringLiteral("/api/auth/<arg>"), QHttpServerRequest::Method::Post,
        [this](const QString& route, const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            if (!m_registration) {
                plain(404, "registration is not served here").write(std::move(responder));
                return;
            }
            DeferredReply answer =
                m_registration({route, request.remoteAddress(), request.value(QByteArrayLiteral("X-Forwarded-For")),
                                request.value(QByteArrayLiteral("Content-Type")), request.body()});
            if (!answer.slow) {
                toQt(answer.reply).write(std::move(responder));
                return;
            }
            if (m_slowInFlight >= slowThreads() + m_slowQueue) {
                qCWarning(lcHttp).noquote() << QStringLiteral("POST /api/auth/%1: 503, %2 slow requests in flight")
                                                   .arg(route)
                                                   .arg(m_slowInFlight);
                toQt(busy()).write(std::move(responder));
                return;
            }
            ++m_slowInFlight;
            qCDebug(lcHttp).noquote() << QStringLiteral("POST /api/auth/%1: off the request thread (%2 in flight)")
                                             .arg(route)
                                             .arg(m_slowInFlight);
            // The request (and its socket) may be gone when the answer is ready: the client hung up.
            const QPointer<QTcpSocket> socket(responder.socket());
            auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
            QtConcurrent::run(m_slowPool.get(), std::move(answer.slow))
                .then(this, [this, socket, held](const DeferredReply::Finish& finish) {
                    --m_slowInFlight;
                    const HttpReply reply = finish();
                    if (socket && socket->state() == QAbstractSocket::ConnectedState)
                        toQt(reply).write(std::move(*held));
                });
        });
}

HttpEndpoints::~HttpEndpoints()
{
    // Steps not yet started are dropped; running ones end (a login takes at most its connect timeout) before the
    // server and its sockets go.
    m_slowPool->clear();
    m_slowPool->waitForDone();
}

void HttpEndpoints::setSlowLimits(int threads, int queued)
{
    Q_ASSERT(threads > 0 && queued >= 0);
    m_slowPool->setMaxThreadCount(threads);
    m_slowQueue = queued;
}

int HttpEndpoints::slowThreads() const
{
    return m_slowPool->maxThreadCount();
}

Result<quint16> HttpEndpoints::listen(const QHostAddress& address, quint16 port)
{
    const quint16 bound = m_server->listen(address, port);
    if (bound == 0)
        return Result<quint16>::failure(
            ErrorCode::Unavailable,
            QCoreApplication::translate("Elect::Service",
                                        "Cannot listen on %1:%2; another program may use the port. Choose another "
                                        "with [http] listen.")
                .arg(address.toString())
                .arg(port));
    return bound;
}

void HttpEndpoints::close()
{
    for (QTcpServer* s : m_server->servers())
        s->close();
}

} // namespace Elect::Service
