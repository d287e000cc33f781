#include "core/csv/PhoneNumber.h"

#include "core/domain/Digits.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <utility>

namespace Elect::Csv {

namespace {

struct Country
{
    const char* iso;
    const char* callingCode;
    const char* trunk; ///< national trunk prefix, dropped in international form ("" when none)
    int minNational;   ///< national significant number length, without the trunk prefix
    int maxNational;
};

// Calling codes (ITU-T E.164 assignments), trunk prefixes and lengths of national significant
// numbers (ITU national numbering plans), loose enough for landlines and mobiles alike.
const Country countries[] = {
    {"EG", "20", "0", 8, 10},  {"SA", "966", "0", 8, 9}, {"AE", "971", "0", 8, 9}, {"JO", "962", "0", 8, 9},
    {"LB", "961", "0", 7, 8},  {"MA", "212", "0", 9, 9}, {"TN", "216", "", 8, 8},  {"DZ", "213", "0", 8, 9},
    {"IQ", "964", "0", 8, 10}, {"KW", "965", "", 7, 8},  {"QA", "974", "", 7, 8},  {"BH", "973", "", 8, 8},
    {"OM", "968", "", 7, 8},   {"GB", "44", "0", 7, 10}, {"US", "1", "1", 10, 10}, {"CA", "1", "1", 10, 10},
    {"FR", "33", "0", 9, 9},   {"DE", "49", "0", 6, 13}, {"SY", "963", "0", 8, 9}, {"PS", "970", "0", 8, 9},
    {"LY", "218", "0", 8, 9},  {"SD", "249", "0", 9, 9}, {"YE", "967", "0", 7, 9}, {"TR", "90", "0", 10, 10},
    {"IT", "39", "", 6, 11},   {"ES", "34", "", 9, 9},   {"NL", "31", "0", 9, 9},
};

const Country* countryByIso(const QString& iso)
{
    const QString key = iso.trimmed().toUpper();
    for (const Country& c : countries) {
        if (key == QLatin1String(c.iso))
            return &c;
    }
    return nullptr;
}

// The country whose calling code starts \a digits (longest match; +1 gives the US entry, whose
// plan Canada shares).
const Country* countryByCallingCode(const QString& digits)
{
    const Country* best = nullptr;
    for (const Country& c : countries) {
        const QLatin1String code(c.callingCode);
        if (digits.startsWith(code) && (!best || code.size() > qsizetype(qstrlen(best->callingCode))))
            best = &c;
    }
    return best;
}

// What a phone number may hold besides digits and a leading +: spaces, dashes, dots, parentheses,
// slashes and direction marks and embeddings.
bool ignorable(char16_t c)
{
    switch (c) {
    case u' ':
    case u'\t':
    case u'-':
    case u'.':
    case u'(':
    case u')':
    case u'/':
    case u'\u00A0':
    case u'\u2007':
    case u'\u2009':
    case u'\u202F':
    case u'\u200B':
    case u'\u200E':
    case u'\u200F':
    case u'\u202A':
    case u'\u202B':
    case u'\u202C':
    case u'\u202D':
    case u'\u202E':
    case u'\u2066':
    case u'\u2067':
    case u'\u2068':
    case u'\u2069':
    case u'\u061C':
    case u'\u2010':
    case u'\u2011':
    case u'\u2012':
    case u'\u2013':
    case u'\u2014':
    case u'\u2212':
        return true;
    default:
        return false;
    }
}

bool inRange(qsizetype n, const Country& c)
{
    return n >= c.minNational && n <= c.maxNational;
}

Result<QString> failure(const QString& message)
{
    return Result<QString>::failure(ErrorCode::InvalidInput, message);
}

Result<QString> finish(const QString& callingCode, const QString& national)
{
    const qsizetype total = callingCode.size() + national.size();
    if (total < 8 || total > 15) {
        return failure(QCoreApplication::translate(
                           "Elect::Csv",
                           "A phone number in international form has 8 to 15 digits with its country code; this one "
                           "has %1. Check for missing or extra digits.")
                           .arg(total));
    }
    return QString(QLatin1Char('+') + callingCode + national);
}

// The digits of \a input as ASCII, with whether a + came before them; refuses anything else and
// Excel's scientific notation.
Result<QString> readDigits(const QString& input, bool& plus)
{
    QString text = input.trimmed();
    if (text.startsWith(QLatin1Char('\'')))
        text.remove(0, 1);
    if (text.isEmpty())
        return failure(QCoreApplication::translate("Elect::Csv", "The phone number is empty."));

    static const QRegularExpression scientific(QStringLiteral("^[0-9]+([.,][0-9]+)?[eE]\\+?[0-9]+$"));
    if (text.contains(u'e', Qt::CaseInsensitive) && scientific.match(text).hasMatch()) {
        return failure(QCoreApplication::translate(
            "Elect::Csv", "Excel has turned this phone number into scientific notation and lost digits. Format the "
                          "column as Text in Excel, enter the numbers again, and save."));
    }

    // One + (or a full-width +) may stand before the first digit, among ignorable characters.
    qsizetype first = 0;
    while (first < text.size() && ignorable(text.at(first).unicode()))
        ++first;
    plus = first < text.size() && (text.at(first) == u'+' || text.at(first) == u'\uFF0B');
    if (plus)
        text.remove(first, 1);
    const Digits::Normalized read = Digits::asciiDigits(text, ignorable);
    if (!read.ok()) {
        return failure(QCoreApplication::translate(
            "Elect::Csv", "A phone number may contain only digits, spaces, dashes, dots, parentheses and a "
                          "leading +."));
    }
    if (read.digits.isEmpty())
        return failure(QCoreApplication::translate("Elect::Csv", "The phone number has no digits."));
    return read.digits;
}

// A number written with its calling code: the trunk prefix some write after it ("+44 (0)20") is
// dropped, and the national part must fit the country's lengths.
Result<QString> fromInternational(const QString& international)
{
    const Country* country = countryByCallingCode(international);
    if (!country)
        return finish(QString(), international);
    const QString code = QLatin1String(country->callingCode);
    QString national = international.mid(code.size());
    // "+44 (0)20 ..." writes the trunk prefix that international form drops.
    const QLatin1String trunk(country->trunk);
    if (!inRange(national.size(), *country) && trunk.size() > 0 && national.startsWith(trunk) &&
        inRange(national.size() - trunk.size(), *country)) {
        national = national.mid(trunk.size());
    }
    if (!inRange(national.size(), *country)) {
        return failure(QCoreApplication::translate(
                           "Elect::Csv",
                           "After the country code +%1, a phone number has %2 to %3 digits; this one has %4. "
                           "Check for missing or extra digits.")
                           .arg(code)
                           .arg(country->minNational)
                           .arg(country->maxNational)
                           .arg(national.size()));
    }
    return finish(code, national);
}

// A number without calling code, read in the numbering of \a home (the organization's country).
Result<QString> fromNational(const QString& digits, const Country* home, const QString& defaultCountry)
{
    if (!home) {
        return failure(
            QCoreApplication::translate(
                "Elect::Csv", "This phone number has no country code and the organization's country (%1) is not one "
                              "Elect knows the numbering of. Write it in international form, starting with + and the "
                              "country code.")
                .arg(defaultCountry.isEmpty() ? QCoreApplication::translate("Elect::Csv", "none") : defaultCountry));
    }
    const QString code = QLatin1String(home->callingCode);
    const QLatin1String trunk(home->trunk);
    if (trunk.size() > 0 && digits.startsWith(trunk) && inRange(digits.size() - trunk.size(), *home))
        return finish(code, digits.mid(trunk.size()));
    if (inRange(digits.size(), *home) && (trunk.size() == 0 || !digits.startsWith(trunk)))
        return finish(code, digits);
    // Excel drops the leading "+" of "+20100...": the calling code is there, the plus is not.
    if (digits.startsWith(code) && inRange(digits.size() - code.size(), *home))
        return finish(code, digits.mid(code.size()));
    if (trunk.size() > 0) {
        return failure(QCoreApplication::translate(
                           "Elect::Csv",
                           "A phone number in %1 has %2 to %3 digits after the leading %4 (or write it with +%5); "
                           "this one has %6. Check for missing or extra digits.")
                           .arg(QLatin1String(home->iso))
                           .arg(home->minNational)
                           .arg(home->maxNational)
                           .arg(trunk)
                           .arg(code)
                           .arg(digits.size() - (digits.startsWith(trunk) ? trunk.size() : 0)));
    }
    return failure(QCoreApplication::translate(
                       "Elect::Csv",
                       "A phone number in %1 has %2 to %3 digits (or write it with +%4); this one has %5. Check for "
                       "missing or extra digits.")
                       .arg(QLatin1String(home->iso))
                       .arg(home->minNational)
                       .arg(home->maxNational)
                       .arg(code)
                       .arg(digits.size()));
}

} // namespace

bool isKnownPhoneCountry(const QString& country)
{
    return countryByIso(country) != nullptr;
}

QString maskedPhone(const QString& input)
{
    QString out = input.trimmed();
    int keep = 3;
    for (qsizetype i = out.size() - 1; i >= 0; --i) {
        if (Digits::valueOf(out.at(i).unicode()) < 0)
            continue;
        if (keep > 0)
            --keep;
        else
            out[i] = QChar(u'\u2022');
    }
    return out;
}

Result<QString> normalizePhone(const QString& input, const QString& defaultCountry)
{
    bool plus = false;
    const Result<QString> read = readDigits(input, plus);
    if (!read)
        return read;
    const QString& digits = *read;
    const Country* home = countryByIso(defaultCountry);
    if (plus)
        return fromInternational(digits);
    if (digits.startsWith(QLatin1String("00")) && digits.size() > 2)
        return fromInternational(digits.mid(2));
    if (home && QLatin1String(home->callingCode) == QLatin1String("1") && digits.startsWith(QLatin1String("011")) &&
        digits.size() > 3) {
        return fromInternational(digits.mid(3));
    }
    return fromNational(digits, home, defaultCountry);
}

} // namespace Elect::Csv
