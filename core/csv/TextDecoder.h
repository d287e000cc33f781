#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace Elect::Csv {

/// The text encodings a CSV import understands.
enum class Encoding { Utf8, Utf16LE, Utf16BE, Windows1256, Latin1, Windows1252 };

/// Incremental decoding of a byte stream, chunk by chunk, into UTF-16 text. It does not depend on
/// ICU: windows-1256 and windows-1252 are decoded from the published code page tables.
class TextDecoder
{
public:
    explicit TextDecoder(Encoding encoding = Encoding::Utf8);

    /// The encoding for a name the user may type ("utf-8", "UTF8", "utf-16", "utf-16le",
    /// "windows-1256", "cp1256", "iso-8859-1", "latin1", "windows-1252", "cp1252"); nullopt for
    /// anything else. "utf-16" means little endian unless a byte order mark says otherwise.
    static std::optional<Encoding> fromName(const QString& name);
    /// The canonical name ("utf-8", "utf-16le", "windows-1256", ...).
    static QString name(Encoding encoding);
    /// The names fromName() accepts, for messages.
    static QStringList knownNames();

    /// For bytes that are not UTF-8: the single-byte encoding they most likely are in, from which
    /// high bytes occur ("windows-1256" when Arabic letters dominate, otherwise "windows-1252").
    static Encoding guessSingleByte(QByteArrayView sample);

    /// Decodes \a bytes and appends the text to \a out. A multi-byte sequence split across calls is
    /// completed by the next call; \a last says no more bytes follow. Refuses (returns false) at
    /// the first byte sequence that is not valid UTF-8 (only for Encoding::Utf8), or at a truncated
    /// sequence at the end; \a out then holds the text before it. Other encodings never fail.
    bool decode(QByteArrayView bytes, QString& out, bool last);

    Encoding encoding() const { return m_encoding; }

private:
    bool decodeUtf8(QByteArrayView bytes, QString& out, bool last);
    void decodeUtf16(QByteArrayView bytes, QString& out, bool bigEndian);

    Encoding m_encoding;
    QByteArray m_pending; ///< the start of a sequence split across chunks
};

} // namespace Elect::Csv
