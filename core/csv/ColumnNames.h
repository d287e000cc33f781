#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Elect::Csv {

/// The columns an import file may have. Any other column is ignored.
enum class Column { NationalId, Phone, District, Governorate, Name, Party, BirthDate, Description, SymbolName, Photo };

/// Header names: matched ignoring case, spaces, underscores, dashes, dots, Arabic diacritics and
/// tatweel, with the hamza forms of alef (أ إ آ) read as ا, ى as ي and ة as ه (so "الرقم القومى"
/// matches "الرقم القومي"). The aliases are listed in docs/csv-import.md.
namespace ColumnNames {

/// The matching key of a header cell (see above).
QString key(const QString& header);
/// The column a header cell names, or nullopt when it names none.
std::optional<Column> columnFor(const QString& header);
/// The names accepted for \a column, English then Arabic, for messages and docs.
QStringList aliases(Column column);
/// The English name of \a column, translated, for messages about a missing column.
QString displayName(Column column);

} // namespace ColumnNames
} // namespace Elect::Csv
