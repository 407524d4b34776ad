#include "model/document/table_grid.h"

#include <vector>

namespace gongwen::model {

namespace {

// Generous bounds (the widest table of the annual report has 15 columns);
// larger tables are mistakes, and laying them out would take minutes.
constexpr std::size_t kMaxColumns = 100;
constexpr long kMaxCells = 50000;

struct RowFill {
  int columns = 0;
  std::optional<GridProblem> problem;
};

// Places one row's cells into the slots left free by earlier rowspans.
// `pending[c]` counts the rows still covered by a rowspan in column c.
RowFill place_row(const TableRow& row, std::vector<int>& pending, int row_index, int row_count) {
  RowFill fill;
  std::size_t column = 0;
  auto skip_covered = [&] {
    while (column < pending.size() && pending[column] > 0) ++column;
  };
  std::vector<int> next = pending;
  for (int& p : next) p = p > 0 ? p - 1 : 0;
  for (const TableCell& cell : row.cells) {
    skip_covered();
    if (cell.colspan < 1 || cell.rowspan < 1) {
      fill.problem = GridProblem{cell.pos, "colspan and rowspan must be at least 1"};
      return fill;
    }
    if (row_index + cell.rowspan > row_count) {
      fill.problem = GridProblem{cell.pos, "this cell's rowspan " + std::to_string(cell.rowspan) +
                                               " runs past the last row of the table"};
      return fill;
    }
    for (int k = 0; k < cell.colspan; ++k, ++column) {
      if (column >= kMaxColumns) {
        fill.problem =
            GridProblem{cell.pos, "the table is more than " + std::to_string(kMaxColumns) +
                                      " columns wide here; a page has no room for "
                                      "that many (split the table)"};
        return fill;
      }
      if (column >= pending.size()) {
        pending.push_back(0);
        next.push_back(0);
      }
      if (pending[column] > 0) {
        fill.problem = GridProblem{cell.pos,
                                   "this cell's colspan runs into a cell spanning down "
                                   "from a row above"};
        return fill;
      }
      next[column] = cell.rowspan - 1;
    }
  }
  skip_covered();
  fill.columns = static_cast<int>(column);
  for (std::size_t c = column; c < pending.size(); ++c) {
    if (pending[c] > 0) {
      fill.problem = GridProblem{row.pos,
                                 "this row has too few cells: it leaves a gap before a "
                                 "cell spanning down from a row above"};
      return fill;
    }
  }
  pending = next;
  return fill;
}

}  // namespace

int grid_columns(const Table& table) {
  if (table.rows.empty()) return 0;
  std::vector<int> pending;
  return place_row(table.rows.front(), pending, 0, static_cast<int>(table.rows.size())).columns;
}

std::optional<GridProblem> find_grid_problem(const Table& table) {
  if (table.rows.empty()) return GridProblem{table.pos, "the table has no rows"};
  const int row_count = static_cast<int>(table.rows.size());
  std::vector<int> pending;
  int width = -1;
  for (int r = 0; r < row_count; ++r) {
    const TableRow& row = table.rows[r];
    RowFill fill = place_row(row, pending, r, row_count);
    if (fill.problem) return fill.problem;
    if (width < 0) {
      width = fill.columns;
    } else if (fill.columns != width) {
      return GridProblem{row.pos, "row " + std::to_string(r + 1) + " fills " +
                                      std::to_string(fill.columns) +
                                      " columns, but the first row fills " + std::to_string(width) +
                                      "; every row must fill the same number of columns "
                                      "(count colspans and cells spanning down from above)"};
    }
  }
  if (static_cast<long>(row_count) * width > kMaxCells) {
    return GridProblem{table.pos, "the table has " + std::to_string(row_count) + " rows of " +
                                      std::to_string(width) + " columns; a table holds at most " +
                                      std::to_string(kMaxCells) +
                                      " cells (split it into several tables)"};
  }
  if (!table.column_widths.empty()) {
    if (static_cast<int>(table.column_widths.size()) != width) {
      return GridProblem{table.pos, "widths lists " + std::to_string(table.column_widths.size()) +
                                        " columns, but the table has " + std::to_string(width)};
    }
    for (double w : table.column_widths) {
      if (!(w > 0)) return GridProblem{table.pos, "every column width must be larger than 0"};
    }
  }
  if (table.header_rows < 0 || table.header_rows >= row_count) {
    return GridProblem{table.pos, "header_rows is " + std::to_string(table.header_rows) +
                                      ", but the table has " + std::to_string(row_count) +
                                      " rows; at least one row must follow the header"};
  }
  return std::nullopt;
}

}  // namespace gongwen::model
