// Span normalisation: the table's rows of cells (HTML-like, slots covered by
// a rowspan from above are skipped) resolved into a rectangular grid of slots,
// each owned by exactly one cell. Every inconsistency is an input error.
#pragma once

#include <vector>

#include "model/document/document.h"

namespace gongwen::layout::table {

// A cell placed on the grid: it covers rows [row, row + rowspan) and columns
// [col, col + colspan).
struct PlacedCell {
  const model::TableCell* cell = nullptr;
  int row = 0;
  int col = 0;
  int rowspan = 1;
  int colspan = 1;
  int row_end() const { return row + rowspan; }
  int col_end() const { return col + colspan; }
};

struct Grid {
  int rows = 0;
  int cols = 0;
  std::vector<PlacedCell> cells;  // in reading order
  std::vector<int> owners;        // rows * cols: index into cells

  int owner(int row, int col) const { return owners[static_cast<size_t>(row * cols + col)]; }
};

// The number of columns is given by `column_widths` when present, else by the
// first row. Throws InputError at the offending cell (or row, or table) for
// spans below 1, cells overlapping a rowspan from above, cells past the right
// edge, rowspans past the last row, rows that leave slots empty, header rows
// out of range, and header cells whose rowspan reaches into the body.
// The grid points into `table`, which must outlive it.
Grid build_grid(const model::Table& table);

}  // namespace gongwen::layout::table
