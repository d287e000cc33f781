#pragma once

#include "core/Result.h"
#include "core/service/HttpReply.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>

#include <functional>
#include <memory>

class QHttpServer;

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
    using RegistrationHandler = std::function<HttpReply(const ApiRequest& request)>;

    explicit HttpEndpoints(QObject* parent = nullptr);
    ~HttpEndpoints() override;

    void setStripeWebhook(WebhookHandler handler) { m_webhook = std::move(handler); }
    void setDummyEligibility(EligibilityHandler handler) { m_dummy = std::move(handler); }
    void setRegistration(RegistrationHandler handler) { m_registration = std::move(handler); }

    /// Starts listening; the port actually bound (useful with port 0), or why it cannot.
    Result<quint16> listen(const QHostAddress& address, quint16 port);
    /// Stops accepting connections.
    void close();

private:
    std::unique_ptr<QHttpServer> m_server;
    WebhookHandler m_webhook;
    EligibilityHandler m_dummy;
    RegistrationHandler m_registration;
};

} // namespace Elect::Service
