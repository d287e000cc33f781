#pragma once

#include <QByteArray>

namespace Elect::Crypto {

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
