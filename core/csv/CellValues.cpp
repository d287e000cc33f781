#include "core/csv/CellValues.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Elect::Csv::CellValues {

namespace {

bool isInvisibleMark(char16_t c)
{
    return c == u'\u200E' || c == u'\u200F' || c == u'\u061C' || c == u'\u200B' || c == u'\uFEFF' ||
           (c >= u'\u202A' && c <= u'\u202E') || (c >= u'\u2066' && c <= u'\u2069');
}

QString asciiDigits(const QString& text)
{
    QString out = text;
    for (QChar& ch : out) {
        const char16_t c = ch.unicode();
        if (c >= u'\u0660' && c <= u'\u0669')
            ch = QChar(u'0' + (c - u'\u0660'));
        else if (c >= u'\u06F0' && c <= u'\u06F9')
            ch = QChar(u'0' + (c - u'\u06F0'));
    }
    return out;
}

Result<QDate> dateFailure(const QString& message)
{
    return Result<QDate>::failure(ErrorCode::InvalidInput, message);
}

} // namespace

QString cleanText(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (isInvisibleMark(c))
            continue;
        out.append(ch.category() == QChar::Other_Control ? QChar(u' ') : ch);
    }
    return out.simplified().normalized(QString::NormalizationForm_C);
}

QString cleanParagraphs(const QString& text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    QStringList kept;
    for (const QString& line : lines) {
        const QString clean = cleanText(line);
        if (clean.isEmpty() && (kept.isEmpty() || kept.last().isEmpty()))
            continue;
        kept << clean;
    }
    while (!kept.isEmpty() && kept.last().isEmpty())
        kept.removeLast();
    return kept.join(QLatin1Char('\n'));
}

bool looksScientific(const QString& text)
{
    // Only a cell with an E can be in scientific notation; most cells are spared the expression.
    if (!text.contains(u'e', Qt::CaseInsensitive))
        return false;
    static const QRegularExpression re(QStringLiteral("^[0-9]+([.,][0-9]+)?[eE][+]?[0-9]+$"));
    return re.match(asciiDigits(text.trimmed())).hasMatch();
}

QString withoutTextMarker(const QString& text)
{
    QString t = text.trimmed();
    if (t.startsWith(QLatin1Char('\'')))
        t.remove(0, 1);
    return t.trimmed();
}

QString maskDigits(const QString& text, int visible)
{
    QString out = text;
    int keep = visible;
    for (qsizetype i = out.size() - 1; i >= 0; --i) {
        if (!out.at(i).isDigit())
            continue;
        if (keep > 0)
            --keep;
        else
            out[i] = QChar(u'\u2022');
    }
    return out;
}

Result<QDate> parseDate(const QString& text, QDate notAfter)
{
    const QString t = asciiDigits(cleanText(withoutTextMarker(text)));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression dayFirst(QStringLiteral("^(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4})$"));
    static const QRegularExpression serial(QStringLiteral("^\\d{4,6}$"));
    int year = 0, month = 0, day = 0;
    if (const auto m = iso.match(t); m.hasMatch()) {
        year = m.captured(1).toInt();
        month = m.captured(2).toInt();
        day = m.captured(3).toInt();
    } else if (const auto d = dayFirst.match(t); d.hasMatch()) {
        day = d.captured(1).toInt();
        month = d.captured(3).toInt();
        year = d.captured(4).toInt();
        if (month > 12 && day <= 12) {
            return dateFailure(QCoreApplication::translate(
                "Elect::Csv", "This date looks month first (mm/dd/yyyy); Elect reads dates day first "
                              "(dd/mm/yyyy). Write it as yyyy-mm-dd to avoid any doubt."));
        }
    } else if (serial.match(t).hasMatch()) {
        return dateFailure(QCoreApplication::translate(
            "Elect::Csv", "Excel has stored this date as a number. Format the column as a date (yyyy-mm-dd) or "
                          "as Text in Excel, and save again."));
    } else {
        return dateFailure(QCoreApplication::translate(
            "Elect::Csv", "A date is written yyyy-mm-dd (1980-03-25) or dd/mm/yyyy (25/03/1980)."));
    }
    const QDate date(year, month, day);
    if (!date.isValid())
        return dateFailure(
            QCoreApplication::translate("Elect::Csv", "This date does not exist; check the day and the month."));
    if (year < 1900)
        return dateFailure(
            QCoreApplication::translate("Elect::Csv", "A date before 1900 is not accepted; check the year."));
    if (notAfter.isValid() && date > notAfter)
        return dateFailure(QCoreApplication::translate("Elect::Csv", "This date is in the future; check the year."));
    return date;
}

} // namespace Elect::Csv::CellValues
