#pragma once

#include <QString>
#include <Qt>

class QLabel;
class QTableView;

namespace Elect {

/// The header role by which a list whose columns follow its data (the import's preview of a file) names each
/// column. A list that names its columns gets its remembered widths and order back only on the same columns.
inline constexpr int ListColumnIdRole = Qt::UserRole;

/// Makes \a table look and behave as every list in elect-admin does: whole rows selected one at a
/// time, alternating rows without a grid, no row numbers, columns sized to their contents except
/// \a stretchColumn, which takes the rest of the width (the last column, whichever it is, when
/// \a stretchColumn is negative: for a list whose columns change).
///
/// The list also remembers its columns: widths a person drags, the order they move them into and the
/// sort order are kept in QSettings under listSettingsKey(), saved as they change and when the list is
/// hidden, and restored when the list is first shown (by then its model and objectName are set). Give
/// every list a distinct, stable objectName; a list without one remembers nothing. Until a person sizes a
/// column by hand, columns follow their contents; once they have, the widths are theirs.
///
/// A saved state is applied only to the columns it was saved for: the same number of columns and, for a list
/// that names them (ListColumnIdRole), the same names. When the model's columns change while the list lives
/// (another file previewed), what a person did to the old columns is saved for them and dropped from the
/// header; the new columns get the saved state if it was saved for them, else follow their contents. A list
/// keeps one saved state: that of the last columns a person arranged.
void setUpListTable(QTableView* table, int stretchColumn);

/// Where setUpListTable() keeps \a table's columns in QSettings ("lists/<objectName>/columns"), or an
/// empty string for a list without an objectName.
QString listSettingsKey(const QTableView* table);

/// Makes \a label the quiet, centred text a list shows in its place while it is empty.
void setUpEmptyListLabel(QLabel* label);

} // namespace Elect
