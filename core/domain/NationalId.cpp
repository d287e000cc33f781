#include "core/domain/NationalId.h"

#include "core/crypto/Crypto.h"
#include "core/domain/Digits.h"

#include <QCoreApplication>

namespace Elect::NationalId {

namespace {

// What a national id may hold besides digits: spaces, direction marks and dashes. Kept in step
// with elect.normalize_national_id (core/sql/0004_national_ids.sql).
bool isIgnorable(char16_t c)
{
    switch (c) {
    case u' ':
    case u'\t':
    case u'\u00A0': // no-break space
    case u'\u2007': // figure space
    case u'\u2009': // thin space
    case u'\u202F': // narrow no-break space
    case u'\u200B': // zero-width space
    case u'\u200E': // left-to-right mark
    case u'\u200F': // right-to-left mark
    case u'\u061C': // Arabic letter mark
    case u'-':
    case u'\u2010':
    case u'\u2011':
    case u'\u2012':
    case u'\u2013':
    case u'\u2014':
    case u'\u2015':
    case u'\u2212': // minus sign
    case u'\uFE63':
    case u'\uFF0D':
        return true;
    default:
        return false;
    }
}

} // namespace

Result<QString> normalize(const QString& input)
{
    const Digits::Normalized read = Digits::asciiDigits(input, isIgnorable);
    if (!read.ok()) {
        return Result<QString>::failure(
            ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "Elect::NationalId",
                "A national id may contain only digits, spaces and dashes; character %1 is not allowed.")
                .arg(read.invalidAt + 1));
    }
    const QString& out = read.digits;
    if (out.isEmpty())
        return Result<QString>::failure(ErrorCode::InvalidInput,
                                        QCoreApplication::translate("Elect::NationalId", "The national id is empty."));
    if (out.size() < 4)
        return Result<QString>::failure(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("Elect::NationalId", "A national id has at least 4 digits; this one has %1.")
                .arg(out.size()));
    if (out.size() > 32)
        return Result<QString>::failure(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("Elect::NationalId", "A national id has at most 32 digits; this one has %1.")
                .arg(out.size()));
    return out;
}

QByteArray hmac(const QByteArray& key, const QString& normalized)
{
    return Crypto::hmacSha256(key, normalized.toUtf8());
}

Hasher::Hasher(const QByteArray& key) : m_hmac(std::make_unique<Crypto::HmacSha256>(key)) {}
Hasher::~Hasher() = default;
QByteArray Hasher::operator()(const QString& normalized)
{
    return (*m_hmac)(normalized.toUtf8());
}

QString masked(const QString& normalized, int visible)
{
    if (normalized.size() <= visible)
        return QString(normalized.size(), QChar(u'\u2022'));
    return QString(normalized.size() - visible, QChar(u'\u2022')) + normalized.right(visible);
}

} // namespace Elect::NationalId
