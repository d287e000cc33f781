#include "core/integrations/stripe/WebhookSignature.h"

#include "core/crypto/Crypto.h"

namespace Elect::Integrations {

namespace {

// A v1 signature as Stripe writes it: 64 lower-case hex digits, nothing else.
bool isSignatureHex(const QByteArray& value)
{
    if (value.size() != 64)
        return false;
    for (char c : value) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

} // namespace

WebhookSignature::WebhookSignature(QList<QByteArray> secrets, qint64 toleranceSeconds)
    : m_secrets(std::move(secrets)), m_tolerance(toleranceSeconds)
{}

QByteArray WebhookSignature::sign(const QByteArray& secret, const QByteArray& timestamp, const QByteArray& body)
{
    return Crypto::hmacSha256(secret, timestamp + '.' + body).toHex();
}

WebhookSignature::Verdict WebhookSignature::verify(const QByteArray& header, const QByteArray& body,
                                                   qint64 nowSeconds) const
{
    QByteArray timestamp;
    QList<QByteArray> signatures;
    for (const QByteArray& item : header.split(',')) {
        const int eq = item.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = item.left(eq);
        const QByteArray value = item.mid(eq + 1); // as Stripe's libraries read it: no spaces
        if (key == "t")
            timestamp = value;
        else if (key == "v1" && isSignatureHex(value))
            signatures << QByteArray::fromHex(value); // fromHex would skip stray characters: checked first
    }
    bool numeric = !timestamp.isEmpty() && timestamp.size() <= 12;
    for (char c : timestamp)
        numeric = numeric && c >= '0' && c <= '9';
    const qint64 t = numeric ? timestamp.toLongLong() : -1;
    if (!numeric || signatures.isEmpty())
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
