#include "core/domain/NationalId.h"

#include "core/crypto/Crypto.h"

#include <QCoreApplication>

namespace Elect::NationalId {

namespace {

// Kept in step with elect.normalize_national_id (core/sql/0004_national_ids.sql).
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

int digitValue(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'\u0660' && c <= u'\u0669')
        return c - u'\u0660';
    if (c >= u'\u06F0' && c <= u'\u06F9')
        return c - u'\u06F0';
    return -1;
}

} // namespace

Result<QString> normalize(const QString& input)
{
    QString out;
    out.reserve(input.size());
    for (qsizetype i = 0; i < input.size(); ++i) {
        const char16_t c = input.at(i).unicode();
        if (isIgnorable(c))
            continue;
        const int d = digitValue(c);
        if (d < 0) {
            return Result<QString>::failure(
                ErrorCode::InvalidInput,
                QCoreApplication::translate(
                    "Elect::NationalId",
                    "A national id may contain only digits, spaces and dashes; character %1 is not allowed.")
                    .arg(i + 1));
        }
        out.append(QChar(u'0' + d));
    }
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
