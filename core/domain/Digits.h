#pragma once

#include <QString>
#include <QStringView>

namespace Elect::Digits {

/// The one digit normalization of Elect, shared by national ids (NationalId::normalize) and phone
/// numbers (Csv::normalizePhone). Each caller states which other characters it lets through.

/// The value (0 to 9) of an ASCII digit, an Arabic-Indic digit (U+0660..0669) or an Eastern
/// Arabic-Indic digit (U+06F0..06F9); -1 for any other character.
int valueOf(char16_t c);

/// Whether a caller skips a character that is not a digit (spaces, dashes, ...).
using Ignorable = bool (*)(char16_t c);

/// What asciiDigits() makes of a text.
struct Normalized
{
    QString digits;           ///< every digit of the text, as ASCII, in order
    qsizetype invalidAt = -1; ///< index of the first character that is neither a digit nor ignorable

    bool ok() const { return invalidAt < 0; }
};

/// Maps every digit of `text` to ASCII and drops every character `ignorable` accepts. Promises:
/// digits holds the digits read so far; refuses (invalidAt >= 0, stopping there) the first
/// character that is neither.
Normalized asciiDigits(QStringView text, Ignorable ignorable);

} // namespace Elect::Digits
