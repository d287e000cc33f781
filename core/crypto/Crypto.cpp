#include "core/crypto/Crypto.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <cstdlib>

namespace Elect::Crypto {

QByteArray hmacSha256(const QByteArray& key, const QByteArray& data)
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int length = 0;
    const unsigned char* result =
        HMAC(EVP_sha256(), key.constData(), int(key.size()), reinterpret_cast<const unsigned char*>(data.constData()),
             size_t(data.size()), reinterpret_cast<unsigned char*>(out.data()), &length);
    if (!result || length != 32)
        std::abort();
    return out;
}

QByteArray sha256(const QByteArray& data)
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_Digest(data.constData(), size_t(data.size()), reinterpret_cast<unsigned char*>(out.data()), &length,
                   EVP_sha256(), nullptr) != 1 ||
        length != 32)
        std::abort();
    return out;
}

QByteArray randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), count) != 1)
        std::abort();
    return out;
}

QByteArray randomPassword()
{
    return randomBytes(24).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool equalConstantTime(const QByteArray& a, const QByteArray& b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

} // namespace Elect::Crypto
