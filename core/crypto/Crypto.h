#pragma once

#include <QByteArray>

#include <memory>

namespace Elect::Crypto {

/// HMAC-SHA256 under one key, for many messages: the key is set up once (a million national ids in an
/// import cost a millionth of the set-up each). Not thread-safe; use one per thread.
class HmacSha256
{
public:
    explicit HmacSha256(const QByteArray& key);
    ~HmacSha256();
    HmacSha256(const HmacSha256&) = delete;
    HmacSha256& operator=(const HmacSha256&) = delete;
    /// 32 bytes.
    QByteArray operator()(const QByteArray& data);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

/// HMAC-SHA256 (OpenSSL). 32 bytes.
QByteArray hmacSha256(const QByteArray& key, const QByteArray& data);
/// SHA-256 (OpenSSL). 32 bytes.
QByteArray sha256(const QByteArray& data);
/// \a count bytes from OpenSSL's CSPRNG. Aborts rather than return predictable bytes.
QByteArray randomBytes(int count);
/// A random password for a machine account (kiosks, services): 24 bytes, base64url, 32 characters.
QByteArray randomPassword();
/// Compares without leaking where the inputs differ.
bool equalConstantTime(const QByteArray& a, const QByteArray& b);

} // namespace Elect::Crypto
