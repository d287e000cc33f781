#include "core/csv/TextDecoder.h"

#include <QStringList>

namespace Elect::Csv {

namespace {

// Upper halves of the code pages, from the published tables (unicode.org / Microsoft bestfit).
const char16_t windows1256[128] = {
    0x20AC, 0x067E, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 0x80
    0x02C6, 0x2030, 0x0679, 0x2039, 0x0152, 0x0686, 0x0698, 0x0688, // 0x88
    0x06AF, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 0x90
    0x06A9, 0x2122, 0x0691, 0x203A, 0x0153, 0x200C, 0x200D, 0x06BA, // 0x98
    0x00A0, 0x060C, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7, // 0xA0
    0x00A8, 0x00A9, 0x06BE, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF, // 0xA8
    0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7, // 0xB0
    0x00B8, 0x00B9, 0x061B, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x061F, // 0xB8
    0x06C1, 0x0621, 0x0622, 0x0623, 0x0624, 0x0625, 0x0626, 0x0627, // 0xC0
    0x0628, 0x0629, 0x062A, 0x062B, 0x062C, 0x062D, 0x062E, 0x062F, // 0xC8
    0x0630, 0x0631, 0x0632, 0x0633, 0x0634, 0x0635, 0x0636, 0x00D7, // 0xD0
    0x0637, 0x0638, 0x0639, 0x063A, 0x0640, 0x0641, 0x0642, 0x0643, // 0xD8
    0x00E0, 0x0644, 0x00E2, 0x0645, 0x0646, 0x0647, 0x0648, 0x00E7, // 0xE0
    0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x0649, 0x064A, 0x00EE, 0x00EF, // 0xE8
    0x064B, 0x064C, 0x064D, 0x064E, 0x00F4, 0x064F, 0x0650, 0x00F7, // 0xF0
    0x0651, 0x00F9, 0x0652, 0x00FB, 0x00FC, 0x200E, 0x200F, 0x06D2, // 0xF8
};

// The five undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 controls, as browsers do.
const char16_t windows1252[128] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 0x80
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 0x88
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 0x90
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 0x98
    0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7, // 0xA0
    0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF, // 0xA8
    0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7, // 0xB0
    0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF, // 0xB8
    0x00C0, 0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x00C7, // 0xC0
    0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD, 0x00CE, 0x00CF, // 0xC8
    0x00D0, 0x00D1, 0x00D2, 0x00D3, 0x00D4, 0x00D5, 0x00D6, 0x00D7, // 0xD0
    0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x00DD, 0x00DE, 0x00DF, // 0xD8
    0x00E0, 0x00E1, 0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7, // 0xE0
    0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x00EC, 0x00ED, 0x00EE, 0x00EF, // 0xE8
    0x00F0, 0x00F1, 0x00F2, 0x00F3, 0x00F4, 0x00F5, 0x00F6, 0x00F7, // 0xF0
    0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x00FD, 0x00FE, 0x00FF, // 0xF8
};

void decodeSingleByte(QByteArrayView bytes, QString& out, const char16_t* upper)
{
    const qsizetype start = out.size();
    out.resize(start + bytes.size());
    QChar* dst = out.data() + start;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        dst[i] = QChar(b < 0x80 || !upper ? char16_t(b) : upper[b - 0x80]);
    }
}

void appendCodePoint(QString& out, char32_t cp)
{
    if (cp < 0x10000) {
        out.append(QChar(char16_t(cp)));
    } else {
        out.append(QChar(QChar::highSurrogate(cp)));
        out.append(QChar(QChar::lowSurrogate(cp)));
    }
}

// Length of the UTF-8 sequence a lead byte announces, 0 for a byte that cannot start one.
int sequenceLength(unsigned char b)
{
    if (b < 0x80)
        return 1;
    if (b >= 0xC2 && b <= 0xDF)
        return 2;
    if (b >= 0xE0 && b <= 0xEF)
        return 3;
    if (b >= 0xF0 && b <= 0xF4)
        return 4;
    return 0;
}

// Whether the n bytes at p form a valid (shortest-form, non-surrogate, <= U+10FFFF) sequence.
bool validSequence(const unsigned char* p, int n, char32_t& cp)
{
    for (int i = 1; i < n; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return false;
    }
    switch (n) {
    case 2:
        cp = char32_t(p[0] & 0x1F) << 6 | (p[1] & 0x3F);
        return true;
    case 3:
        cp = char32_t(p[0] & 0x0F) << 12 | char32_t(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
        return cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF);
    case 4:
        cp = char32_t(p[0] & 0x07) << 18 | char32_t(p[1] & 0x3F) << 12 | char32_t(p[2] & 0x3F) << 6 | (p[3] & 0x3F);
        return cp >= 0x10000 && cp <= 0x10FFFF;
    default:
        return false;
    }
}

} // namespace

TextDecoder::TextDecoder(Encoding encoding) : m_encoding(encoding) {}

std::optional<Encoding> TextDecoder::fromName(const QString& name)
{
    QString key = name.trimmed().toLower();
    key.remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char(' '));
    if (key == QLatin1String("utf8"))
        return Encoding::Utf8;
    if (key == QLatin1String("utf16") || key == QLatin1String("utf16le") || key == QLatin1String("unicode"))
        return Encoding::Utf16LE;
    if (key == QLatin1String("utf16be"))
        return Encoding::Utf16BE;
    if (key == QLatin1String("windows1256") || key == QLatin1String("cp1256") || key == QLatin1String("arabic"))
        return Encoding::Windows1256;
    if (key == QLatin1String("iso88591") || key == QLatin1String("latin1"))
        return Encoding::Latin1;
    if (key == QLatin1String("windows1252") || key == QLatin1String("cp1252"))
        return Encoding::Windows1252;
    return std::nullopt;
}

QString TextDecoder::name(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("utf-8");
    case Encoding::Utf16LE:
        return QStringLiteral("utf-16le");
    case Encoding::Utf16BE:
        return QStringLiteral("utf-16be");
    case Encoding::Windows1256:
        return QStringLiteral("windows-1256");
    case Encoding::Latin1:
        return QStringLiteral("iso-8859-1");
    case Encoding::Windows1252:
        return QStringLiteral("windows-1252");
    }
    return QString();
}

QStringList TextDecoder::knownNames()
{
    return {QStringLiteral("utf-8"),       QStringLiteral("utf-16"),       QStringLiteral("utf-16le"),
            QStringLiteral("utf-16be"),    QStringLiteral("windows-1256"), QStringLiteral("iso-8859-1"),
            QStringLiteral("windows-1252")};
}

Encoding TextDecoder::guessSingleByte(QByteArrayView sample)
{
    // In windows-1256 the Arabic letters occupy most of 0xC1..0xDF and a few above; in Latin text
    // those bytes are capital accented letters, rare next to the lower-case ones at 0xE0..0xFF.
    qsizetype high = 0;
    qsizetype arabicLetters = 0;
    for (const char c : sample) {
        const auto b = static_cast<unsigned char>(c);
        if (b < 0x80)
            continue;
        ++high;
        if (b >= 0xC1 && b <= 0xDF && b != 0xD7)
            ++arabicLetters;
    }
    if (high > 0 && arabicLetters * 10 >= high * 4)
        return Encoding::Windows1256;
    return Encoding::Windows1252;
}

bool TextDecoder::decode(QByteArrayView bytes, QString& out, bool last)
{
    switch (m_encoding) {
    case Encoding::Utf8:
        return decodeUtf8(bytes, out, last);
    case Encoding::Utf16LE:
    case Encoding::Utf16BE:
        decodeUtf16(bytes, out, m_encoding == Encoding::Utf16BE);
        if (last && !m_pending.isEmpty()) {
            out.append(QChar::ReplacementCharacter);
            m_pending.clear();
        }
        return true;
    case Encoding::Windows1256:
        decodeSingleByte(bytes, out, windows1256);
        return true;
    case Encoding::Windows1252:
        decodeSingleByte(bytes, out, windows1252);
        return true;
    case Encoding::Latin1:
        decodeSingleByte(bytes, out, nullptr);
        return true;
    }
    return true;
}

bool TextDecoder::decodeUtf8(QByteArrayView bytes, QString& out, bool last)
{
    QByteArray joined;
    QByteArrayView data = bytes;
    if (!m_pending.isEmpty()) {
        joined = m_pending + bytes.toByteArray();
        m_pending.clear();
        data = joined;
    }
    const auto* p = reinterpret_cast<const unsigned char*>(data.data());
    const qsizetype size = data.size();
    out.reserve(out.size() + size);
    qsizetype i = 0;
    while (i < size) {
        // Runs of ASCII are the common case.
        qsizetype j = i;
        while (j < size && p[j] < 0x80)
            ++j;
        if (j > i) {
            out.append(QLatin1String(reinterpret_cast<const char*>(p + i), j - i));
            i = j;
            continue;
        }
        const int n = sequenceLength(p[i]);
        if (n == 0)
            return false;
        if (i + n > size) {
            // A sequence cut by the chunk boundary: check what is there, keep it for the next call.
            for (qsizetype k = i + 1; k < size; ++k) {
                if ((p[k] & 0xC0) != 0x80)
                    return false;
            }
            if (last)
                return false;
            m_pending = QByteArray(reinterpret_cast<const char*>(p + i), size - i);
            return true;
        }
        char32_t cp = 0;
        if (!validSequence(p + i, n, cp))
            return false;
        appendCodePoint(out, cp);
        i += n;
    }
    return true;
}

void TextDecoder::decodeUtf16(QByteArrayView bytes, QString& out, bool bigEndian)
{
    QByteArray joined;
    QByteArrayView data = bytes;
    if (!m_pending.isEmpty()) {
        joined = m_pending + bytes.toByteArray();
        m_pending.clear();
        data = joined;
    }
    const qsizetype units = data.size() / 2;
    const qsizetype start = out.size();
    out.resize(start + units);
    QChar* dst = out.data() + start;
    const auto* p = reinterpret_cast<const unsigned char*>(data.data());
    for (qsizetype i = 0; i < units; ++i) {
        const unsigned char a = p[2 * i];
        const unsigned char b = p[2 * i + 1];
        dst[i] = QChar(bigEndian ? char16_t(a << 8 | b) : char16_t(b << 8 | a));
    }
    if (data.size() % 2)
        m_pending = QByteArray(1, data.back());
}

} // namespace Elect::Csv
