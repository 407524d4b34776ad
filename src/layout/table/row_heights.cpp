#include "layout/table/row_heights.h"

#include <algorithm>

namespace gongwen::layout::table {

RowHeights::RowHeights(int rows, const std::vector<CellHeight>& cells, Length min_row)
    : min_row_(min_row), heights_(static_cast<size_t>(rows), min_row) {
  for (size_t i = 0; i < cells.size(); ++i)
    (cells[i].rowspan == 1 ? single_ : spanning_).push_back(static_cast<int>(i));
  std::stable_sort(spanning_.begin(), spanning_.end(), [&](int a, int b) {
    return cells[static_cast<size_t>(a)].rowspan < cells[static_cast<size_t>(b)].rowspan;
  });
}

const std::vector<Length>& RowHeights::of(const std::vector<CellHeight>& cells) {
  std::fill(heights_.begin(), heights_.end(), min_row_);
  for (int i : single_) {
    const CellHeight& cell = cells[static_cast<size_t>(i)];
    Length& height = heights_[static_cast<size_t>(cell.row)];
    height = std::max(height, cell.need);
  }
  for (int i : spanning_) {
    const CellHeight& cell = cells[static_cast<size_t>(i)];
    Length have = 0;
    for (int r = cell.row; r < cell.row + cell.rowspan; ++r)
      have += heights_[static_cast<size_t>(r)];
    if (cell.need <= have) continue;
    // Even shares, the rounding remainder going to the first rows.
    const Length extra = cell.need - have;
    const Length share = extra / cell.rowspan;
    Length left = extra - share * cell.rowspan;
    for (int r = cell.row; r < cell.row + cell.rowspan; ++r) {
      heights_[static_cast<size_t>(r)] += share + (left > 0 ? 1 : 0);
      if (left > 0) --left;
    }
  }
  return heights_;
}

std::vector<Length> row_heights(int rows, const std::vector<CellHeight>& cells, Length min_row) {
  return RowHeights(rows, cells, min_row).of(cells);
}

}  // namespace gongwen::layout::table
