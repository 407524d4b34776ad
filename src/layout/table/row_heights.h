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

// The same for many sets of needs of the same cells (the column width search
// tries thousands): the order of the spanning cells is worked out once and
// the heights reuse one buffer.
class RowHeights {
 public:
  // `cells` gives the rows and spans; their needs may change between calls.
  RowHeights(int rows, const std::vector<CellHeight>& cells, Length min_row);

  // Heights for `cells`, laid out as at construction; valid until the next call.
  const std::vector<Length>& of(const std::vector<CellHeight>& cells);

 private:
  Length min_row_;
  std::vector<Length> heights_;
  std::vector<int> single_;    // cells spanning one row
  std::vector<int> spanning_;  // the others, fewest rows first
};

}  // namespace gongwen::layout::table
