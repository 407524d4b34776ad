#include "layout/table/row_heights.h"

#include <algorithm>

namespace gongwen::layout::table {

std::vector<Length> row_heights(int rows, const std::vector<CellHeight>& cells, Length min_row) {
  std::vector<Length> heights(static_cast<size_t>(rows), min_row);
  for (const CellHeight& cell : cells)
    if (cell.rowspan == 1)
      heights[static_cast<size_t>(cell.row)] =
          std::max(heights[static_cast<size_t>(cell.row)], cell.need);

  std::vector<const CellHeight*> spanning;
  for (const CellHeight& cell : cells)
    if (cell.rowspan > 1) spanning.push_back(&cell);
  std::stable_sort(spanning.begin(), spanning.end(), [](const CellHeight* a, const CellHeight* b) {
    return a->rowspan < b->rowspan;
  });
  for (const CellHeight* cell : spanning) {
    Length have = 0;
    for (int r = cell->row; r < cell->row + cell->rowspan; ++r)
      have += heights[static_cast<size_t>(r)];
    if (cell->need <= have) continue;
    // Even shares, the rounding remainder going to the first rows.
    const Length extra = cell->need - have;
    const Length share = extra / cell->rowspan;
    Length left = extra - share * cell->rowspan;
    for (int r = cell->row; r < cell->row + cell->rowspan; ++r) {
      heights[static_cast<size_t>(r)] += share + (left > 0 ? 1 : 0);
      if (left > 0) --left;
    }
  }
  return heights;
}

}  // namespace gongwen::layout::table
