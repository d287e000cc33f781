#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace Elect::Crypto {
class HmacSha256;
}

namespace Elect {

/// National ids as Elect stores them: normalized, then HMAC-SHA256 under the organization's key.
/// The database has the same two functions (elect.normalize_national_id, elect.national_id_hmac);
/// tests/data/national_id_vectors.json checks that both agree.
namespace NationalId {

/// Removes spaces (including no-break and thin spaces and direction marks) and dashes, and maps
/// Arabic-Indic (U+0660..0669) and Eastern Arabic-Indic (U+06F0..06F9) digits to ASCII. Refuses
/// anything else, and results shorter than 4 or longer than 32 digits, with a message that says why
/// without repeating the id.
Result<QString> normalize(const QString& input);

/// HMAC-SHA256 of the normalized id's UTF-8 bytes under \a key (32 bytes). 32 bytes.
QByteArray hmac(const QByteArray& key, const QString& normalized);

/// The same HMAC for many ids under one organization's key, set up once (imports).
class Hasher
{
public:
    explicit Hasher(const QByteArray& key);
    ~Hasher();
    QByteArray operator()(const QString& normalized);

private:
    std::unique_ptr<Crypto::HmacSha256> m_hmac;
};

/// The id with all but the last \a visible digits masked ("••••••••••1234"), for messages.
QString masked(const QString& normalized, int visible = 3);

} // namespace NationalId
} // namespace Elect
