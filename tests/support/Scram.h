#pragma once

// SCRAM-SHA-256 verifiers computed by hand (RFC 5802 / RFC 7677), so that a test can send what a modified
// client could: one with too few iterations or a short salt. Elect itself uses libpq (scramVerifier()).

#include <QByteArray>
#include <QString>

#include <cstring>

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

namespace Elect::Test {

/// "SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>" for an ASCII \a password (SASLprep leaves
/// ASCII as it is), with a random salt of \a saltBytes.
inline QString scramVerifierWith(const QByteArray& password, int iterations, int saltBytes = 16)
{
    QByteArray salt(saltBytes, Qt::Uninitialized);
    RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), saltBytes);
    unsigned char salted[SHA256_DIGEST_LENGTH];
    PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()),
                      reinterpret_cast<const unsigned char*>(salt.constData()), saltBytes, iterations, EVP_sha256(),
                      sizeof salted, salted);
    const auto hmac = [&salted](const char* text) {
        unsigned char out[SHA256_DIGEST_LENGTH];
        unsigned int length = 0;
        HMAC(EVP_sha256(), salted, sizeof salted, reinterpret_cast<const unsigned char*>(text), strlen(text), out,
             &length);
        return QByteArray(reinterpret_cast<const char*>(out), int(length));
    };
    const QByteArray clientKey = hmac("Client Key");
    unsigned char stored[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char*>(clientKey.constData()), size_t(clientKey.size()), stored);
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()),
             QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(stored), sizeof stored).toBase64()),
             QString::fromLatin1(hmac("Server Key").toBase64()));
}

} // namespace Elect::Test
