#include "core/tally/ReaderSupport.h"

#include <QCoreApplication>
#include <QFile>

namespace Elect::Tally::Reading {

namespace {

char16_t unitOf(QChar ch)
{
    return ch.unicode();
}

char16_t unitOf(char ch)
{
    return char16_t(uchar(ch));
}

template <typename Text>
qint64 parseDigits(const Text& text, qint64 limit)
{
    if (text.isEmpty() || text.size() > 18)
        return -1;
    qint64 value = 0;
    for (const auto ch : text) {
        const char16_t unit = unitOf(ch);
        if (unit < u'0' || unit > u'9')
            return -1;
        value = value * 10 + (unit - u'0');
    }
    return value <= limit ? value : -1;
}

} // namespace

Error lineError(qint64 line, const QString& what)
{
    return Error{ErrorCode::InvalidInput,
                 QCoreApplication::translate("Elect::Tally", "Line %1: %2").arg(line).arg(what)};
}

qint64 parseCount(QStringView text, qint64 limit)
{
    return parseDigits(text, limit);
}

qint64 parseCount(QByteArrayView text, qint64 limit)
{
    return parseDigits(text, limit);
}

QString shown(const QString& text)
{
    return text.left(40);
}

QString shown(const QByteArray& utf8)
{
    return QString::fromUtf8(utf8.left(40));
}

Result<QByteArray> readWholeFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<QByteArray>::failure(
            ErrorCode::NotFound,
            QCoreApplication::translate("Elect::Tally", "Cannot read %1: %2").arg(path, file.errorString()));
    }
    return file.readAll();
}

} // namespace Elect::Tally::Reading
