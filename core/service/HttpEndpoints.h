#pragma once

#include "core/Result.h"
#include "core/service/HttpReply.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>

#include <functional>
#include <memory>

class QHttpServer;
class QThreadPool;

namespace Elect::Service {

/// The HTTP side of `elect serve`, meant to sit behind the operator's TLS proxy:
/// - `POST /stripe/webhook`: Stripe's events (the signature is checked by the handler set here);
/// - `GET /dummy/{organization}/voters/{national_id}`: the built-in stand-in for an organization's
///   eligibility API (only with `--dummy-api`, and only to peers on this machine: 403 otherwise);
/// - `GET /health`: 200 while the service runs, for the operator's monitoring;
/// - `POST /api/auth/{register,verify-email,resend-verification,forgot-password,reset-password}`: the
///   registration API (RegistrationApi, set here), given the request's peer address and X-Forwarded-For.
/// Bodies larger than 256 KiB are refused with 413 before a handler sees them. Nothing a request holds
/// (a national id, a signature) is logged.
///
/// Every handler runs on the thread of this object, one request at a time, except a registration request's slow step
/// (DeferredReply::slow: account-state's login to PostgreSQL), which runs on a pool of its own of at most
/// slowThreads() threads, so that a wrong password held by auth_delay keeps no other request waiting. The pool's
/// size caps the proofs (and so their connections) at once; up to slowQueue() more wait their turn in order; a request
/// beyond both is answered 503 "unavailable" with Retry-After: 5 at once.
class HttpEndpoints : public QObject
{
    Q_OBJECT
public:
    using WebhookHandler = std::function<HttpReply(const QByteArray& signatureHeader, const QByteArray& body)>;
    using EligibilityHandler = std::function<HttpReply(qint64 organizationId, const QString& nationalId)>;
    struct ApiRequest
    {
        QString route; ///< the last part of /api/auth/<route>
        QHostAddress peer;
        QByteArray forwardedFor; ///< the X-Forwarded-For header, as received
        QByteArray contentType;
        QByteArray body;
    };
    using RegistrationHandler = std::function<DeferredReply(const ApiRequest& request)>;

    explicit HttpEndpoints(QObject* parent = nullptr);
    ~HttpEndpoints() override;

    void setStripeWebhook(WebhookHandler handler) { m_webhook = std::move(handler); }
    void setDummyEligibility(EligibilityHandler handler) { m_dummy = std::move(handler); }
    void setRegistration(RegistrationHandler handler) { m_registration = std::move(handler); }

    /// Starts listening; the port actually bound (useful with port 0), or why it cannot.
    Result<quint16> listen(const QHostAddress& address, quint16 port);
    /// Stops accepting connections.
    void close();

    /// How many slow steps run at once (default 4), and how many more may wait (default 28).
    void setSlowLimits(int threads, int queued);
    int slowThreads() const;
    int slowQueue() const { return m_slowQueue; }
    /// Slow steps started and not yet answered (running or waiting).
    int slowInFlight() const { return m_slowInFlight; }

private:
    std::unique_ptr<QHttpServer> m_server;
    std::unique_ptr<QThreadPool> m_slowPool;
    int m_slowQueue = 28;
    int m_slowInFlight = 0;
    WebhookHandler m_webhook;
    EligibilityHandler m_dummy;
    RegistrationHandler m_registration;
};

} // namespace Elect::Service
