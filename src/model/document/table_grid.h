// The slot grid behind a table's spans: counting columns and finding spans
// that do not fit. Used by the loader (with positions for the user) and
// available to layout.
#pragma once

#include <optional>
#include <string>

#include "model/document/document.h"

namespace gongwen::model {

struct GridProblem {
  SourcePos pos;
  std::string message;
};

// Number of grid columns the first row fills (rowspans of earlier rows count).
int grid_columns(const Table& table);

// The first inconsistency: rows filling different numbers of columns, a
// rowspan running past the last row, `column_widths` of the wrong length or
// not positive, `header_rows` beyond the table.
std::optional<GridProblem> find_grid_problem(const Table& table);

}  // namespace gongwen::model
