#pragma once

#include "core/Result.h"

#include <QString>

namespace Elect::Csv {

/// A phone number in E.164 form ("+201001234567").
///
/// Accepts "+CC...", "00CC..." (and "011" from US/Canada), and national numbers of
/// \a defaultCountry (ISO 3166-1 alpha-2) with or without its trunk prefix ("0100 123 4567" in EG).
/// Arabic-Indic and Eastern Arabic-Indic digits count as digits; spaces, dashes, dots, parentheses,
/// direction marks and a leading apostrophe (Excel's "text" marker) are ignored. A national number
/// that already starts with the country's calling code (Excel drops the "+") is recognized when its
/// length says so.
///
/// Refuses letters and other characters, Excel's scientific notation (2.01E+11), a national number
/// when the country is unknown, and results outside 8..15 digits or outside the known lengths of
/// the country's national numbers. Messages never repeat the number.
Result<QString> normalizePhone(const QString& input, const QString& defaultCountry);

/// The phone with all digits but the last 3 masked, for messages ("••••••••••567").
QString maskedPhone(const QString& input);

/// Whether normalizePhone() knows the calling code and trunk prefix of \a country (alpha-2).
bool isKnownPhoneCountry(const QString& country);

} // namespace Elect::Csv
