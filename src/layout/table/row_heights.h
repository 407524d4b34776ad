// Row heights: each row is as tall as its tallest single-row cell; a cell
// spanning rows that needs more than its rows give spreads the difference
// evenly over them (fewest rows first, as for column widths).
#pragma once

#include <vector>

#include "util/units.h"

namespace gongwen::layout::table {

// Height a cell needs (padding included) over rows [row, row + rowspan).
struct CellHeight {
  int row = 0;
  int rowspan = 1;
  Length need = 0;
};

std::vector<Length> row_heights(int rows, const std::vector<CellHeight>& cells, Length min_row);

}  // namespace gongwen::layout::table
