#include "core/crypto/Crypto.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <cstdlib>

namespace Elect::Crypto {

namespace {
// OpenSSL 3 looks algorithms up by name on every implicit use; fetching them once saves most of the
// cost of hashing short inputs. The fetched objects live as long as the process.
EVP_MD* sha256Digest()
{
    static EVP_MD* const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md;
}

EVP_MAC* hmacAlgorithm()
{
    static EVP_MAC* const mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    return mac;
}
} // namespace

struct HmacSha256::State
{
    EVP_MAC_CTX* ctx = nullptr;
};

HmacSha256::HmacSha256(const QByteArray& key) : m_state(std::make_unique<State>())
{
    m_state->ctx = hmacAlgorithm() ? EVP_MAC_CTX_new(hmacAlgorithm()) : nullptr;
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                                 OSSL_PARAM_construct_end()};
    if (!m_state->ctx || EVP_MAC_init(m_state->ctx, reinterpret_cast<const unsigned char*>(key.constData()),
                                      size_t(key.size()), params) != 1)
        std::abort();
}

HmacSha256::~HmacSha256()
{
    EVP_MAC_CTX_free(m_state->ctx);
}

QByteArray HmacSha256::operator()(const QByteArray& data)
{
    QByteArray out(32, Qt::Uninitialized);
    size_t length = 0;
    // A null key restarts with the key given at construction.
    if (EVP_MAC_init(m_state->ctx, nullptr, 0, nullptr) != 1 ||
        EVP_MAC_update(m_state->ctx, reinterpret_cast<const unsigned char*>(data.constData()), size_t(data.size())) !=
            1 ||
        EVP_MAC_final(m_state->ctx, reinterpret_cast<unsigned char*>(out.data()), &length, size_t(out.size())) != 1 ||
        length != 32)
        std::abort();
    return out;
}

QByteArray hmacSha256(const QByteArray& key, const QByteArray& data)
{
    return HmacSha256(key)(data);
}

QByteArray sha256(const QByteArray& data)
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int length = 0;
    if (!sha256Digest() ||
        EVP_Digest(data.constData(), size_t(data.size()), reinterpret_cast<unsigned char*>(out.data()), &length,
                   sha256Digest(), nullptr) != 1 ||
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
