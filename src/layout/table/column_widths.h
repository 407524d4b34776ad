// Column widths: from relative ratios, or automatic from the cells' minimum
// and maximum content widths (CSS 2.1 automatic table layout, with spanning
// cells spreading their excess over every column they span). Both sum to
// exactly the available width, unless the minimums alone are wider.
#pragma once

#include <vector>

#include "util/units.h"

namespace gongwen::layout::table {

// Content widths of one cell (padding included) over columns
// [col, col + colspan).
struct CellWidths {
  int col = 0;
  int colspan = 1;
  Length min = 0;  // narrowest it can be set (longest unbreakable piece)
  Length max = 0;  // its widest line when nothing wraps
};

// What each column needs at least and would like at most.
struct ColumnRanges {
  std::vector<Length> min;
  std::vector<Length> max;
};

// Single-column cells give each column its minimum and maximum; cells
// spanning several columns (fewest columns first) then widen the columns
// they span, in proportion to what those columns already want, so that
// together they hold the cell.
ColumnRanges column_ranges(int cols, const std::vector<CellWidths>& cells);

// Widths proportional to `ratios` (all positive).
std::vector<Length> ratio_column_widths(const std::vector<double>& ratios, Length width);

// Automatic widths for `cols` columns from their ranges: every column gets at
// least its minimum and the rest in proportion to how much more it would
// like (max - min). Never below the minimums: when even they do not fit,
// the widths are the minimums and sum to more than `width` (an input error
// that lay_out_table reports before it gets here).
std::vector<Length> auto_column_widths(int cols, const std::vector<CellWidths>& cells,
                                       Length width);

}  // namespace gongwen::layout::table
