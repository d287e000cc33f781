#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

#include <utility>

namespace Elect::Service {

/// An answer of one of `elect serve`'s HTTP endpoints, apart from the HTTP server that sends it (so
/// that the endpoints are tested without one). The body is JSON unless an endpoint says otherwise.
struct HttpReply
{
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    HttpReply(int status = 200, QByteArray body = {}, Headers headers = {})
        : status(status), body(std::move(body)), headers(std::move(headers))
    {}

    int status;
    QByteArray body;
    Headers headers; ///< beyond Content-Type (e.g. Retry-After)
};

} // namespace Elect::Service
