#include "core/service/HttpEndpoints.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QTcpServer>

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

} // namespace

HttpEndpoints::HttpEndpoints(QObject* parent) : QObject(parent), m_server(std::make_unique<QHttpServer>())
{
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
    m_server->route(QStringLiteral("/api/auth/<arg>"), QHttpServerRequest::Method::Post,
                    [this](const QString& route, const QHttpServerRequest& request) {
                        if (!m_registration)
                            return plain(404, "registration is not served here");
                        return toQt(m_registration({route, request.remoteAddress(),
                                                    request.value(QByteArrayLiteral("X-Forwarded-For")),
                                                    request.value(QByteArrayLiteral("Content-Type")), request.body()}));
                    });
}

HttpEndpoints::~HttpEndpoints() = default;

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
