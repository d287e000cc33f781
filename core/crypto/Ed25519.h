#pragma once

#include "core/Result.h"

#include <QByteArray>

namespace Elect::Crypto {

/// An Ed25519 key pair (OpenSSL), as PEM: the private key in PKCS#8 ("PRIVATE KEY"), the public key in
/// SubjectPublicKeyInfo ("PUBLIC KEY"), the forms `openssl genpkey -algorithm ed25519` and `openssl pkey
/// -pubout` read and write.
struct Ed25519KeyPair
{
    QByteArray privatePem; ///< secret
    QByteArray publicPem;
};

/// A fresh pair from OpenSSL's CSPRNG.
Result<Ed25519KeyPair> generateEd25519();
/// The 64-byte signature of \a message under \a privatePem. Refuses a key that is not an Ed25519 private key.
Result<QByteArray> signEd25519(const QByteArray& privatePem, const QByteArray& message);
/// True only when \a signature is \a message's signature under \a publicPem (an Ed25519 public key); false for
/// anything else, a malformed key or signature included.
bool verifyEd25519(const QByteArray& publicPem, const QByteArray& message, const QByteArray& signature);
/// Whether \a publicPem is an Ed25519 public key.
bool isEd25519PublicKey(const QByteArray& publicPem);

} // namespace Elect::Crypto
