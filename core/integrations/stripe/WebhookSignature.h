#pragma once

#include <QByteArray>
#include <QList>

namespace Elect::Integrations {

/// Checks a Stripe webhook's `Stripe-Signature` header against the raw request body, as Stripe
/// documents it: the signed text is "<t>.<body>", signed with HMAC-SHA256 under the endpoint's
/// whole `whsec_...` secret; the header may carry several `v1=` signatures (any one may match) and
/// `v0=` ones (ignored). Unlike Stripe's own libraries, a timestamp more than the tolerance in the
/// future is refused too, so that a leaked signature cannot be kept for later.
class WebhookSignature
{
public:
    enum class Verdict {
        Valid,
        Malformed,    ///< no `t=` or not a number, or no `v1=` at all
        NoMatch,      ///< no v1 signature matches any of the secrets (wrong secret, tampered body)
        OutsideWindow ///< signed more than the tolerance before or after now
    };

    /// \a secrets: the endpoint's current secret and, while a rotation is under way, the previous one.
    explicit WebhookSignature(QList<QByteArray> secrets, qint64 toleranceSeconds = 300);

    /// \a nowSeconds: Unix time of the check (the caller's clock). Signatures are compared in
    /// constant time; the body is never logged.
    Verdict verify(const QByteArray& header, const QByteArray& body, qint64 nowSeconds) const;

    /// The hex v1 signature of \a body at \a timestamp under \a secret (what Stripe sends; for tests and tools).
    static QByteArray sign(const QByteArray& secret, const QByteArray& timestamp, const QByteArray& body);

private:
    QList<QByteArray> m_secrets;
    qint64 m_tolerance;
};

} // namespace Elect::Integrations
