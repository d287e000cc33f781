#pragma once

#include "core/csv/TextDecoder.h"
#include "core/Result.h"

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

namespace Elect::Csv {

struct ReaderOptions
{
    /// Empty: detect (byte order mark, else UTF-8, refusing bytes that are not UTF-8). Otherwise one
    /// of TextDecoder::knownNames(): "utf-8", "utf-16", "utf-16le", "utf-16be", "windows-1256",
    /// "iso-8859-1", "windows-1252".
    QString encoding;
    /// Null: detect from the header line (comma, semicolon or tab, whichever occurs most outside
    /// quotes; comma when none does). Otherwise any character but a quote, CR or LF.
    QChar delimiter;
};

/// How strictly the text is read, beyond RFC 4180. The defaults are those of the CSV import
/// (spreadsheets' files); the ballot files of Tally::BallotCsvReader use all four.
struct Dialect
{
    /// Not null: a line whose first character other than spaces and tabs is this one, at the start
    /// of a record, is a comment and is skipped like a blank line.
    QChar comment;
    /// True: white space around an unquoted value is dropped, and may stand before an opening quote.
    bool trimSpaces = false;
    /// True: a quote inside a value that does not start with one is an error instead of a literal
    /// quote.
    bool strictQuotes = false;
    /// True: a record whose values are all empty (",," or "") is returned, not skipped. Blank lines
    /// are skipped either way.
    bool keepEmptyRecords = false;
};

/// Streaming RFC 4180 reader. Memory does not depend on the file's size: the device is read in
/// 64 KiB chunks and only the record being parsed is kept (at most maxRecordChars()).
///
/// Promises: quoted fields with doubled quotes, delimiters and line breaks inside; CRLF, LF or CR
/// line ends; a missing final line end; a byte order mark is skipped; line breaks inside a quoted
/// value come back as "\n". A quote inside an unquoted value ("5\" screen") is kept literally.
/// Records with no content at all (blank lines, or only delimiters as Excel writes them) are skipped.
///
/// Refuses, with a message that starts with "Line N: " and stops the reading: a quote that is never
/// closed, text after a closing quote, a quote inside an unquoted value (with strictQuotes), a record
/// longer than maxRecordChars(), bytes that are not valid in the encoding (UTF-8; the message names
/// the likely encoding and how to choose it).
///
/// The one RFC 4180 tokenizer of Elect: the CSV import reads voters and candidates with it, and
/// Tally::BallotCsvReader reads ballots with it (with a comment character, trimmed values, strict
/// quotes and empty records kept).
class CsvReader
{
public:
    CsvReader(QIODevice* device, ReaderOptions options = {}, Dialect dialect = {});

    /// Detects the encoding and the delimiter and reads the header record (the first record with
    /// content). Opens the device read-only if it is not open. Fails on an empty file, an unknown
    /// encoding name or any of the errors next() can give.
    Status open();

    QStringList header() const { return m_header; }
    /// The physical line of the header record (1 unless blank lines precede it).
    qint64 headerLine() const { return m_headerLine; }
    /// Canonical name of the encoding in use ("utf-8", "utf-16le", "windows-1256", ...).
    QString encodingName() const;
    QChar delimiter() const { return m_delimiter; }

    /// The next record into \a fields (as many as the line has; callers pad or ignore). False at
    /// the end of the file or on an error; then error() is set (code InvalidInput, message starting
    /// with "Line N: ") and every later call returns false.
    bool next(QStringList& fields);

    /// The physical line where the last record returned started (the header's is 1).
    qint64 recordLine() const { return m_recordLine; }
    /// Bytes read from the device so far, for a progress bar.
    qint64 bytesRead() const { return m_bytesRead; }
    std::optional<Error> error() const { return m_error; }
    /// True once the reading came to the end of the text without an error; after a failed open(),
    /// true when the file had no record with content.
    bool atEnd() const { return m_atEnd; }

    static constexpr qsizetype chunkBytes() { return 64 * 1024; }
    static constexpr qsizetype maxRecordChars() { return 1024 * 1024; }

private:
    enum class Parse { Complete, NeedMore, Malformed };
    enum class Outcome { Record, End, Failed };

    struct Scan
    {
        qsizetype end = 0;  ///< where the next record starts
        int lineBreaks = 0; ///< line breaks up to end (or up to the problem, when Malformed)
        bool blank = false; ///< a blank or comment line, skipped whatever the options
        QString problem;    ///< when Malformed
    };

    Parse parse(QStringList& fields, Scan& scan, bool atEof);
    std::optional<Parse> skipComment(QStringList& fields, Scan& scan, bool atEof);
    Parse parseQuoted(QString& field, qsizetype& i, Scan& scan, bool atEof);
    Parse parseUnquoted(QString& field, qsizetype& i, Scan& scan);
    Outcome readRecord(QStringList& fields);
    Status startDecoding();
    bool fill();
    void fail(qint64 line, const QString& message);
    QString decodeProblem(qint64 line) const;
    QChar detectDelimiter();

    QIODevice* m_device = nullptr;
    ReaderOptions m_options;
    Dialect m_dialect;
    TextDecoder m_decoder;
    QByteArray m_chunk;
    QByteArray m_failedSample; ///< the chunk with the undecodable bytes, for guessing the encoding
    QString m_text;            ///< decoded text not yet consumed, from m_pos on
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_decodeFailed = false;
    bool m_opened = false;
    bool m_atEnd = false;
    QChar m_delimiter = QLatin1Char(',');
    QStringList m_header;
    qint64 m_headerLine = 1;
    qint64 m_line = 1; ///< the physical line at m_pos
    qint64 m_recordLine = 0;
    qint64 m_bytesRead = 0;
    std::optional<Error> m_error;
};

} // namespace Elect::Csv
