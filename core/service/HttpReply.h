#pragma once

#include <QByteArray>

namespace Elect::Service {

/// An answer of one of `elect serve`'s HTTP endpoints, apart from the HTTP server that sends it (so
/// that the endpoints are tested without one). The body is JSON unless an endpoint says otherwise.
struct HttpReply
{
    int status = 200;
    QByteArray body;
};

} // namespace Elect::Service
