#include "core/csv/CsvReader.h"

#include <QCoreApplication>
#include <QIODevice>

namespace Elect::Csv {

namespace {

QString linePrefix(qint64 line)
{
    return QCoreApplication::translate("Elect::Csv", "Line %1: ").arg(line);
}

QString recordTooLong()
{
    return QCoreApplication::translate("Elect::Csv",
                                       "a record is longer than %1 characters; most likely a quote is never closed. "
                                       "Check the quotes from this line on.")
        .arg(CsvReader::maxRecordChars());
}

bool allEmpty(const QStringList& fields)
{
    for (const QString& f : fields) {
        if (!f.isEmpty())
            return false;
    }
    return true;
}

} // namespace

CsvReader::CsvReader(QIODevice* device, ReaderOptions options, Dialect dialect)
    : m_device(device), m_options(std::move(options)), m_dialect(dialect)
{
    Q_ASSERT(m_device);
}

QString CsvReader::encodingName() const
{
    return TextDecoder::name(m_decoder.encoding());
}

void CsvReader::fail(qint64 line, const QString& message)
{
    if (!m_error)
        m_error = Error{ErrorCode::InvalidInput, linePrefix(line) + message};
}

QString CsvReader::decodeProblem(qint64 line) const
{
    const QString guess = TextDecoder::name(TextDecoder::guessSingleByte(m_failedSample));
    const QString what =
        guess == QLatin1String("windows-1256")
            ? QCoreApplication::translate("Elect::Csv", "It looks like Arabic Windows text (%1).").arg(guess)
            : QCoreApplication::translate("Elect::Csv",
                                          "It looks like Western European Windows text (%1 or iso-8859-1).")
                  .arg(guess);
    return linePrefix(line) +
           QCoreApplication::translate(
               "Elect::Csv",
               "the file is not valid UTF-8 text. %1 Import it again with that encoding chosen (--encoding %2), "
               "or save it from Excel as \"CSV UTF-8\".")
               .arg(what, guess);
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_chunk.size() != chunkBytes())
        m_chunk.resize(chunkBytes());
    const qint64 n = m_device->read(m_chunk.data(), chunkBytes());
    if (n < 0) {
        m_eof = true;
        fail(
            m_line,
            QCoreApplication::translate("Elect::Csv", "the file could not be read (%1).").arg(m_device->errorString()));
        return false;
    }
    m_bytesRead += n;
    const bool last = n == 0 || m_device->atEnd();
    const QByteArrayView bytes(m_chunk.constData(), n);
    if (!m_decoder.decode(bytes, m_text, last)) {
        m_decodeFailed = true;
        m_failedSample = bytes.toByteArray();
        m_eof = true;
        return true;
    }
    if (last)
        m_eof = true;
    return n > 0;
}

// Chooses the encoding (the one asked for, a byte order mark, UTF-16 without one, else UTF-8)
// and skips the byte order mark.
Status CsvReader::startDecoding()
{
    std::optional<Encoding> chosen;
    if (!m_options.encoding.isEmpty()) {
        chosen = TextDecoder::fromName(m_options.encoding);
        if (!chosen) {
            return Status::failure(
                ErrorCode::InvalidInput,
                QCoreApplication::translate("Elect::Csv", "Unknown encoding \"%1\". Choose one of: %2.")
                    .arg(m_options.encoding, TextDecoder::knownNames().join(QLatin1String(", "))));
        }
    }

    // Look at the first bytes (without consuming more than one chunk) for a byte order mark.
    QByteArray head(4, '\0');
    const qint64 peeked = m_device->peek(head.data(), head.size());
    head.resize(peeked > 0 ? peeked : 0);
    int bomLength = 0;
    std::optional<Encoding> detected;
    if (head.startsWith("\xEF\xBB\xBF")) {
        detected = Encoding::Utf8;
        bomLength = 3;
    } else if (head.startsWith("\xFF\xFE")) {
        detected = Encoding::Utf16LE;
        bomLength = 2;
    } else if (head.startsWith("\xFE\xFF")) {
        detected = Encoding::Utf16BE;
        bomLength = 2;
    } else if (head.size() >= 4 && head[0] != 0 && head[1] == 0 && head[2] != 0 && head[3] == 0) {
        detected = Encoding::Utf16LE; // UTF-16 text without a byte order mark
    } else if (head.size() >= 4 && head[0] == 0 && head[1] != 0 && head[2] == 0 && head[3] != 0) {
        detected = Encoding::Utf16BE;
    }

    Encoding encoding = Encoding::Utf8;
    if (chosen) {
        encoding = *chosen;
        // A byte order mark wins over the byte order the user guessed; it is skipped either way.
        const bool utf16 = encoding == Encoding::Utf16LE || encoding == Encoding::Utf16BE;
        if (utf16 && bomLength == 2)
            encoding = *detected;
        if (!((utf16 && bomLength == 2) || (encoding == Encoding::Utf8 && bomLength == 3)))
            bomLength = 0;
    } else if (detected) {
        encoding = *detected;
    }
    m_decoder = TextDecoder(encoding);
    if (bomLength > 0) {
        m_device->read(head.data(), bomLength);
        m_bytesRead += bomLength;
    }

    return success();
}

Status CsvReader::open()
{
    Q_ASSERT(!m_opened);
    m_opened = true;
    if (!m_device->isOpen() && !m_device->open(QIODevice::ReadOnly)) {
        fail(1, QCoreApplication::translate("Elect::Csv", "the file could not be opened (%1).")
                    .arg(m_device->errorString()));
        return Status(*m_error);
    }

    if (const Status chosen = startDecoding(); !chosen)
        return chosen;
    fill();
    if (m_text.startsWith(QChar(0xFEFF)))
        m_text.remove(0, 1);

    m_delimiter = m_options.delimiter.isNull() ? detectDelimiter() : m_options.delimiter;
    if (m_delimiter == QLatin1Char('"') || m_delimiter == QLatin1Char('\r') || m_delimiter == QLatin1Char('\n')) {
        return Status::failure(
            ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "Elect::Csv",
                "A quote or a line break cannot be the delimiter; choose a comma, a semicolon or a tab."));
    }

    QStringList fields;
    switch (readRecord(fields)) {
    case Outcome::Record:
        m_header = fields;
        m_headerLine = m_recordLine;
        return success();
    case Outcome::End:
        fail(m_line,
             QCoreApplication::translate("Elect::Csv", "the file is empty. Its first line must name the columns."));
        return Status(*m_error);
    case Outcome::Failed:
        break;
    }
    return Status(*m_error);
}

QChar CsvReader::detectDelimiter()
{
    // Counts candidates on the first line with content, outside quotes; reads more if that line is
    // not complete yet (up to the record limit).
    for (;;) {
        int comma = 0, semicolon = 0, tab = 0;
        bool quoted = false;
        bool content = false;
        bool complete = false;
        for (qsizetype i = m_pos; i < m_text.size(); ++i) {
            const QChar c = m_text.at(i);
            if (c == QLatin1Char('"')) {
                quoted = !quoted;
            } else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
                if (content) {
                    complete = true;
                    break;
                }
            } else if (!quoted && c == QLatin1Char(',')) {
                ++comma;
            } else if (!quoted && c == QLatin1Char(';')) {
                ++semicolon;
            } else if (!quoted && c == QLatin1Char('\t')) {
                ++tab;
            }
            if (c != QLatin1Char('\n') && c != QLatin1Char('\r'))
                content = true;
        }
        if (complete || m_eof || m_text.size() - m_pos > maxRecordChars() || !fill()) {
            if (tab > comma && tab >= semicolon)
                return QLatin1Char('\t');
            if (semicolon > comma)
                return QLatin1Char(';');
            return QLatin1Char(',');
        }
    }
}

bool CsvReader::next(QStringList& fields)
{
    Q_ASSERT(m_opened);
    if (m_error)
        return false;
    return readRecord(fields) == Outcome::Record;
}

CsvReader::Outcome CsvReader::readRecord(QStringList& fields)
{
    for (;;) {
        if (m_error)
            return Outcome::Failed;
        Scan scan;
        // After undecodable bytes the text stops mid-record: that record is never returned.
        const bool atEof = m_eof && !m_decodeFailed;
        switch (parse(fields, scan, atEof)) {
        case Parse::Complete:
            if (scan.end - m_pos > maxRecordChars()) {
                fail(m_line, recordTooLong());
                return Outcome::Failed;
            }
            m_recordLine = m_line;
            m_line += scan.lineBreaks;
            m_pos = scan.end;
            if (scan.blank || (!m_dialect.keepEmptyRecords && allEmpty(fields)))
                continue;
            return Outcome::Record;
        case Parse::Malformed:
            fail(m_line + scan.lineBreaks, scan.problem);
            return Outcome::Failed;
        case Parse::NeedMore:
            break;
        }
        if (m_eof) {
            if (m_decodeFailed) {
                const qint64 line =
                    m_line + m_text.count(QLatin1Char('\n')) - m_text.left(m_pos).count(QLatin1Char('\n'));
                m_error = Error{ErrorCode::InvalidInput, decodeProblem(line)};
                return Outcome::Failed;
            }
            m_atEnd = true;
            return Outcome::End; // only when nothing is left to parse
        }
        if (m_text.size() - m_pos > maxRecordChars()) {
            fail(m_line, recordTooLong());
            return Outcome::Failed;
        }
        // Drop what was consumed, then read the next chunk and parse the record again from its start.
        m_text.remove(0, m_pos);
        m_pos = 0;
        fill();
    }
}

// Parses one record from m_pos. NeedMore when the text ends before the record does and more may
// come (or, with atEof, when nothing at all is left).
CsvReader::Parse CsvReader::parse(QStringList& fields, Scan& scan, bool atEof)
{
    fields.clear();
    scan = Scan();
    const QChar* s = m_text.constData();
    const qsizetype n = m_text.size();
    qsizetype i = m_pos;
    if (i >= n)
        return Parse::NeedMore;
    if (!m_dialect.comment.isNull()) {
        if (const std::optional<Parse> comment = skipComment(fields, scan, atEof))
            return *comment;
    }
    const char16_t delimiter = m_delimiter.unicode();
    bool quotedAny = false;
    QString field;
    for (;;) {
        field.clear();
        qsizetype start = i;
        if (m_dialect.trimSpaces) {
            while (start < n && s[start] != delimiter && s[start] != u'\r' && s[start] != u'\n' && s[start].isSpace())
                ++start;
        }
        const bool quoted = start < n && s[start] == u'"';
        quotedAny = quotedAny || quoted;
        if (quoted)
            i = start;
        const Parse read = quoted ? parseQuoted(field, i, scan, atEof) : parseUnquoted(field, i, scan);
        if (read != Parse::Complete)
            return read;
        fields.append(field);
        if (i >= n) {
            if (!atEof)
                return Parse::NeedMore;
            break;
        }
        if (s[i] == delimiter) {
            ++i;
            if (i >= n && !atEof)
                return Parse::NeedMore;
            if (i >= n) {
                fields.append(QString()); // "a,b," ends with an empty field
                break;
            }
            continue;
        }
        // End of the record: CRLF, LF or a lone CR.
        if (s[i] == u'\r') {
            if (i + 1 >= n && !atEof)
                return Parse::NeedMore;
            i += (i + 1 < n && s[i + 1] == u'\n') ? 2 : 1;
        } else {
            ++i;
        }
        ++scan.lineBreaks;
        break;
    }
    scan.end = i;
    scan.blank = fields.size() == 1 && !quotedAny && fields.first().isEmpty();
    return Parse::Complete;
}

// A comment line at m_pos is returned as one blank record; nothing when m_pos starts no comment.
std::optional<CsvReader::Parse> CsvReader::skipComment(QStringList& fields, Scan& scan, bool atEof)
{
    const QChar* s = m_text.constData();
    const qsizetype n = m_text.size();
    qsizetype i = m_pos;
    while (i < n && (s[i] == u' ' || s[i] == u'\t'))
        ++i;
    if (i >= n && !atEof)
        return Parse::NeedMore;
    if (i >= n || s[i] != m_dialect.comment)
        return std::nullopt;
    while (i < n && s[i] != u'\n' && s[i] != u'\r')
        ++i;
    if (i >= n && !atEof)
        return Parse::NeedMore;
    if (i < n) {
        if (s[i] == u'\r' && i + 1 >= n && !atEof)
            return Parse::NeedMore;
        i += (s[i] == u'\r' && i + 1 < n && s[i + 1] == u'\n') ? 2 : 1;
        scan.lineBreaks = 1;
    }
    fields = QStringList{QString()};
    scan.end = i;
    scan.blank = true;
    return Parse::Complete;
}

// A quoted value from s[i] (the opening quote) to just after its closing quote and any spaces.
CsvReader::Parse CsvReader::parseQuoted(QString& field, qsizetype& i, Scan& scan, bool atEof)
{
    const QChar* s = m_text.constData();
    const qsizetype n = m_text.size();
    const char16_t delimiter = m_delimiter.unicode();
    const int openedAt = scan.lineBreaks;
    ++i;
    bool closed = false;
    bool sawCr = false;
    while (!closed) {
        qsizetype j = i;
        while (j < n && s[j] != u'"') {
            if (s[j] == u'\n' || (s[j] == u'\r' && (j + 1 >= n || s[j + 1] != u'\n')))
                ++scan.lineBreaks;
            if (s[j] == u'\r')
                sawCr = true;
            ++j;
        }
        field.append(s + i, j - i);
        i = j;
        if (i >= n) {
            if (!atEof)
                return Parse::NeedMore;
            scan.lineBreaks = openedAt;
            scan.problem = QCoreApplication::translate(
                "Elect::Csv", "a quoted value starts here but its closing quote (\") is missing. Close the "
                              "quote, or remove it if the value has no delimiter or line break inside.");
            return Parse::Malformed;
        }
        // s[i] is a quote: doubled, or the closing one.
        if (i + 1 < n && s[i + 1] == u'"') {
            field.append(QLatin1Char('"'));
            i += 2;
        } else if (i + 1 >= n && !atEof) {
            return Parse::NeedMore;
        } else {
            ++i;
            closed = true;
        }
    }
    if (sawCr) {
        field.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        field.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    }
    while (i < n && s[i] == u' ' && delimiter != u' ')
        ++i;
    if (i < n && s[i] != delimiter && s[i] != u'\r' && s[i] != u'\n') {
        scan.problem = QCoreApplication::translate(
            "Elect::Csv", "unexpected text after the closing quote of a value. Inside a quoted value, write a "
                          "quote as two quotes (\"\").");
        return Parse::Malformed;
    }
    return Parse::Complete;
}

// An unquoted value from s[i] to the next delimiter or line end.
CsvReader::Parse CsvReader::parseUnquoted(QString& field, qsizetype& i, Scan& scan)
{
    const QChar* s = m_text.constData();
    const qsizetype n = m_text.size();
    const char16_t delimiter = m_delimiter.unicode();
    qsizetype j = i;
    while (j < n && s[j] != delimiter && s[j] != u'\r' && s[j] != u'\n') {
        if (s[j] == u'"' && m_dialect.strictQuotes) {
            scan.problem = QCoreApplication::translate(
                "Elect::Csv", "a quote inside a value that does not start with one. Quote the whole value and "
                              "write the quote as two quotes (\"\").");
            return Parse::Malformed;
        }
        ++j;
    }
    field.append(s + i, j - i);
    if (m_dialect.trimSpaces)
        field = field.trimmed();
    i = j;
    return Parse::Complete;
}

} // namespace Elect::Csv
