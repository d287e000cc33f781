#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

#include <functional>
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

/// An answer that may need slow work first (a login to PostgreSQL, which auth_delay holds half a second when the
/// password is wrong). Without \c slow, \c reply is the answer. With it, \c slow runs on a worker thread and must not
/// touch a shared connection; the step it returns runs back on the request thread (it may use the service's
/// connection there) and gives the answer.
struct DeferredReply
{
    using Finish = std::function<HttpReply()>;
    using Slow = std::function<Finish()>;

    DeferredReply(HttpReply reply) : reply(std::move(reply)) {}
    explicit DeferredReply(Slow slow) : slow(std::move(slow)) {}

    /// The answer, the slow step run on the calling thread (for callers with no thread of their own to spare).
    HttpReply wait() const { return slow ? slow()() : reply; }

    HttpReply reply;
    Slow slow;
};

} // namespace Elect::Service
