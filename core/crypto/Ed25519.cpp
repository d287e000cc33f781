#include "core/crypto/Ed25519.h"

#include <QCoreApplication>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

namespace Elect::Crypto {

namespace {

struct Free
{
    void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); }
    void operator()(EVP_PKEY_CTX* c) const { EVP_PKEY_CTX_free(c); }
    void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
    void operator()(BIO* b) const { BIO_free(b); }
};
template <typename T>
using Owned = std::unique_ptr<T, Free>;

Owned<EVP_PKEY> readKey(const QByteArray& pem, bool isPrivate)
{
    Owned<BIO> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    if (!bio)
        return nullptr;
    Owned<EVP_PKEY> key(isPrivate ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr)
                                  : PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
    if (!key || EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_ED25519)
        return nullptr;
    return key;
}

QByteArray drain(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, int(size)) : QByteArray();
}

Error failure(const char* what)
{
    return {ErrorCode::Internal, QCoreApplication::translate("Elect::Crypto", "OpenSSL could not %1.")
                                     .arg(QCoreApplication::translate("Elect::Crypto", what))};
}

} // namespace

Result<Ed25519KeyPair> generateEd25519()
{
    Owned<EVP_PKEY> key(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
    if (!key)
        return failure(QT_TRANSLATE_NOOP("Elect::Crypto", "make an Ed25519 key"));
    Owned<BIO> priv(BIO_new(BIO_s_mem()));
    Owned<BIO> pub(BIO_new(BIO_s_mem()));
    if (!priv || !pub || PEM_write_bio_PrivateKey(priv.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1 ||
        PEM_write_bio_PUBKEY(pub.get(), key.get()) != 1)
        return failure(QT_TRANSLATE_NOOP("Elect::Crypto", "write an Ed25519 key"));
    return Ed25519KeyPair{drain(priv.get()), drain(pub.get())};
}

Result<QByteArray> signEd25519(const QByteArray& privatePem, const QByteArray& message)
{
    const Owned<EVP_PKEY> key = readKey(privatePem, true);
    if (!key)
        return Result<QByteArray>::failure(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("Elect::Crypto", "The file is not an Ed25519 private key in PEM form."));
    Owned<EVP_MD_CTX> ctx(EVP_MD_CTX_new());
    QByteArray signature(64, '\0');
    size_t length = size_t(signature.size());
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1 ||
        EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
                       reinterpret_cast<const unsigned char*>(message.constData()), size_t(message.size())) != 1 ||
        length != 64)
        return failure(QT_TRANSLATE_NOOP("Elect::Crypto", "sign with an Ed25519 key"));
    return signature;
}

bool verifyEd25519(const QByteArray& publicPem, const QByteArray& message, const QByteArray& signature)
{
    if (signature.size() != 64)
        return false;
    const Owned<EVP_PKEY> key = readKey(publicPem, false);
    if (!key)
        return false;
    Owned<EVP_MD_CTX> ctx(EVP_MD_CTX_new());
    return ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) == 1 &&
           EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(signature.constData()),
                            size_t(signature.size()), reinterpret_cast<const unsigned char*>(message.constData()),
                            size_t(message.size())) == 1;
}

bool isEd25519PublicKey(const QByteArray& publicPem)
{
    return readKey(publicPem, false) != nullptr;
}

} // namespace Elect::Crypto
