#pragma once

#include <QString>

class QLabel;
class QTableView;

namespace Elect {

/// Makes \a table look and behave as every list in elect-admin does: whole rows selected one at a
/// time, alternating rows without a grid, no row numbers, columns sized to their contents except
/// \a stretchColumn, which takes the rest of the width.
///
/// The list also remembers its columns: widths a person drags, the order they move them into and the
/// sort order are kept in QSettings under listSettingsKey(), saved as they change and when the list is
/// hidden, and restored when the list is first shown (by then its model and objectName are set). Give
/// every list a distinct, stable objectName; a list without one remembers nothing. Until a person sizes a
/// column by hand, columns follow their contents; once they have, the widths are theirs.
void setUpListTable(QTableView* table, int stretchColumn);

/// Where setUpListTable() keeps \a table's columns in QSettings ("lists/<objectName>/columns"), or an
/// empty string for a list without an objectName.
QString listSettingsKey(const QTableView* table);

/// Makes \a label the quiet, centred text a list shows in its place while it is empty.
void setUpEmptyListLabel(QLabel* label);

} // namespace Elect
