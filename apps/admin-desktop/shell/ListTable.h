#pragma once

class QLabel;
class QTableView;

namespace Elect {

/// Makes \a table look and behave as every list in elect-admin does: whole rows selected one at a
/// time, alternating rows without a grid, no row numbers, columns sized to their contents except
/// \a stretchColumn, which takes the rest of the width.
void setUpListTable(QTableView* table, int stretchColumn);

/// Makes \a label the quiet, centred text a list shows in its place while it is empty.
void setUpEmptyListLabel(QLabel* label);

} // namespace Elect
