#include "core/integrations/stripe/WebhookSignature.h"

#include "core/crypto/Crypto.h"

namespace Elect::Integrations {

WebhookSignature::WebhookSignature(QList<QByteArray> secrets, qint64 toleranceSeconds)
    : m_secrets(std::move(secrets)), m_tolerance(toleranceSeconds)
{}

WebhookSignature::Verdict WebhookSignature::verify(const QByteArray& header, const QByteArray& body,
                                                   qint64 nowSeconds) const
{
    QByteArray timestamp;
    QList<QByteArray> signatures;
    for (const QByteArray& item : header.split(',')) {
        const int eq = item.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = item.left(eq).trimmed();
        const QByteArray value = item.mid(eq + 1).trimmed();
        if (key == "t")
            timestamp = value;
        else if (key == "v1")
            signatures << QByteArray::fromHex(value);
    }
    bool numeric = false;
    const qint64 t = timestamp.toLongLong(&numeric);
    if (!numeric || t < 0 || signatures.isEmpty())
        return Verdict::Malformed;

    bool matched = false;
    const QByteArray signedText = timestamp + '.' + body;
    for (const QByteArray& secret : m_secrets) {
        const QByteArray expected = Crypto::hmacSha256(secret, signedText);
        for (const QByteArray& candidate : signatures)
            matched |= Crypto::equalConstantTime(expected, candidate);
    }
    if (!matched)
        return Verdict::NoMatch;
    // Compared as a difference so that a huge t cannot overflow into the window.
    if (t > nowSeconds + m_tolerance || nowSeconds - t > m_tolerance)
        return Verdict::OutsideWindow;
    return Verdict::Valid;
}

} // namespace Elect::Integrations
