#pragma once

#include "core/Result.h"

#include <QDate>
#include <QString>

namespace Elect::Csv {

/// Cleaning and parsing of single cells, shared by the row validators.
namespace CellValues {

/// Text as stored: NFC, direction marks and control characters removed, whitespace (including
/// no-break spaces and line breaks) collapsed to single spaces, trimmed.
QString cleanText(const QString& text);

/// Like cleanText() but keeps line breaks (for descriptions): each line cleaned, at most one empty
/// line in a row, trimmed.
QString cleanParagraphs(const QString& text);

/// A date written yyyy-mm-dd, or day first as dd/mm/yyyy or d/m/yyyy (also with "." or "-"),
/// with ASCII or Arabic-Indic digits. Refuses other forms (naming the accepted ones), impossible
/// dates (2001-02-30), month-first dates that cannot be day-first (12/25/1980), Excel date serial
/// numbers, and, when \a notAfter is valid, dates after it. Never reads the clock.
Result<QDate> parseDate(const QString& text, QDate notAfter = QDate());

/// Whether \a text is a number in Excel's scientific notation ("2.90101E+13", "2,9E+13").
bool looksScientific(const QString& text);

/// \a text without one leading apostrophe (Excel's "store as text" marker) and trimmed.
QString withoutTextMarker(const QString& text);

/// All digits but the last \a visible replaced by "•"; other characters kept. For values that may
/// be national ids or phones but did not normalize.
QString maskDigits(const QString& text, int visible = 3);

} // namespace CellValues
} // namespace Elect::Csv
