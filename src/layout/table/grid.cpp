#include "layout/table/grid.h"

#include <algorithm>
#include <string>

#include "util/error.h"
#include "util/utf8.h"

namespace gongwen::layout::table {
namespace {

// "cell “自然人”" with long texts cut after a few characters (whole UTF-8
// sequences only), so a diagnostic names the cell the user typed.
std::string describe(const model::TableCell& cell) {
  if (cell.text.empty()) return "empty cell";
  constexpr int kMaxChars = 12;
  size_t end = 0;
  int chars = 0;
  while (end < cell.text.size() && chars < kMaxChars) {
    ++end;
    while (end < cell.text.size() && !utf8::starts_character(cell.text[end])) ++end;
    ++chars;
  }
  std::string shown = cell.text.substr(0, end);
  if (end < cell.text.size()) shown += "…";
  return "cell “" + shown + "”";
}

std::string line_of(const SourcePos& pos) {
  return pos.known() ? " (line " + std::to_string(pos.line) + ")" : "";
}

// Far beyond any real table; keeps a typo such as colspan 1000000 from
// allocating a huge grid.
constexpr int kMaxSpan = 1000;

void check_spans(const model::TableCell& cell) {
  if (cell.colspan > kMaxSpan || cell.rowspan > kMaxSpan)
    throw InputError(cell.pos, describe(cell) + " spans " + std::to_string(cell.colspan) +
                                   " columns and " + std::to_string(cell.rowspan) +
                                   " rows; a cell spans at most " + std::to_string(kMaxSpan) +
                                   " of either");
  if (cell.colspan < 1)
    throw InputError(
        cell.pos,
        describe(cell) + " has colspan " + std::to_string(cell.colspan) +
            "; a cell spans at least 1 column (remove the colspan or set it to 1 or more)");
  if (cell.rowspan < 1)
    throw InputError(
        cell.pos, describe(cell) + " has rowspan " + std::to_string(cell.rowspan) +
                      "; a cell spans at least 1 row (remove the rowspan or set it to 1 or more)");
}

int column_count(const model::Table& table) {
  if (!table.column_widths.empty()) return static_cast<int>(table.column_widths.size());
  int cols = 0;
  for (const model::TableCell& cell : table.rows.front().cells) {
    check_spans(cell);
    cols += cell.colspan;
  }
  return cols;
}

class GridBuilder {
 public:
  explicit GridBuilder(const model::Table& table) : table_(table) {
    grid_.rows = static_cast<int>(table.rows.size());
    grid_.cols = column_count(table);
    grid_.owners.assign(static_cast<size_t>(grid_.rows * grid_.cols), -1);
  }

  Grid build() {
    for (int r = 0; r < grid_.rows; ++r) place_row(r);
    check_header();
    return std::move(grid_);
  }

 private:
  int& slot(int r, int c) { return grid_.owners[static_cast<size_t>(r * grid_.cols + c)]; }

  void place_row(int r) {
    const model::TableRow& row = table_.rows[static_cast<size_t>(r)];
    int c = 0;
    for (const model::TableCell& cell : row.cells) {
      check_spans(cell);
      while (c < grid_.cols && slot(r, c) != -1) ++c;
      if (c >= grid_.cols)
        throw InputError(cell.pos, describe(cell) + " does not fit: row " + std::to_string(r + 1) +
                                       " already fills all " + std::to_string(grid_.cols) +
                                       " columns (remove the cell or reduce a colspan in the row)");
      place(cell, r, c);
      c += cell.colspan;
    }
    check_filled(r, row);
  }

  void place(const model::TableCell& cell, int r, int c) {
    if (c + cell.colspan > grid_.cols)
      throw InputError(cell.pos, describe(cell) + " starts at column " + std::to_string(c + 1) +
                                     " with colspan " + std::to_string(cell.colspan) +
                                     " and runs past the right edge of the table (" +
                                     std::to_string(grid_.cols) + " columns): reduce its colspan");
    if (r + cell.rowspan > grid_.rows)
      throw InputError(cell.pos, describe(cell) + " starts at row " + std::to_string(r + 1) +
                                     " with rowspan " + std::to_string(cell.rowspan) +
                                     " and runs past the last row (the table has " +
                                     std::to_string(grid_.rows) + " rows): reduce its rowspan");
    const int index = static_cast<int>(grid_.cells.size());
    for (int rr = r; rr < r + cell.rowspan; ++rr) {
      for (int cc = c; cc < c + cell.colspan; ++cc) {
        if (slot(rr, cc) != -1) overlap(cell, grid_.cells[static_cast<size_t>(slot(rr, cc))]);
        slot(rr, cc) = index;
      }
    }
    grid_.cells.push_back({&cell, r, c, cell.rowspan, cell.colspan});
  }

  [[noreturn]] void overlap(const model::TableCell& cell, const PlacedCell& other) {
    throw InputError(
        cell.pos, describe(cell) + " overlaps " + describe(*other.cell) + line_of(other.cell->pos) +
                      ", which spans rows " + std::to_string(other.row + 1) + "–" +
                      std::to_string(other.row_end()) + " and columns " +
                      std::to_string(other.col + 1) + "–" + std::to_string(other.col_end()) +
                      ": reduce one of the spans or remove a cell");
  }

  void check_filled(int r, const model::TableRow& row) {
    for (int c = 0; c < grid_.cols; ++c) {
      if (slot(r, c) != -1) continue;
      int last = c;
      while (last + 1 < grid_.cols && slot(r, last + 1) == -1) ++last;
      SourcePos where = row.pos;
      if (!where.known() && !row.cells.empty()) where = row.cells.back().pos;
      if (!where.known()) where = table_.pos;
      const std::string columns =
          c == last ? "column " + std::to_string(c + 1)
                    : "columns " + std::to_string(c + 1) + "–" + std::to_string(last + 1);
      throw InputError(where, "row " + std::to_string(r + 1) + " leaves " + columns +
                                  " empty (the table has " + std::to_string(grid_.cols) +
                                  " columns): add cells or widen a colspan or rowspan");
    }
  }

  void check_header() {
    const int header = table_.header_rows;
    if (header < 0 || header > grid_.rows)
      throw InputError(table_.pos, "header_rows is " + std::to_string(header) +
                                       " but the table has " + std::to_string(grid_.rows) +
                                       " rows: use a number from 0 to " +
                                       std::to_string(grid_.rows));
    for (const PlacedCell& placed : grid_.cells) {
      if (placed.row < header && placed.row_end() > header)
        throw InputError(placed.cell->pos, describe(*placed.cell) + " in header row " +
                                               std::to_string(placed.row + 1) + " has rowspan " +
                                               std::to_string(placed.rowspan) +
                                               " and reaches into the body (header_rows is " +
                                               std::to_string(header) +
                                               "): reduce its rowspan or raise header_rows");
    }
  }

  const model::Table& table_;
  Grid grid_;
};

}  // namespace

Grid build_grid(const model::Table& table) {
  if (table.rows.empty())
    throw InputError(table.pos, "the table has no rows: give at least one row of cells");
  if (!table.column_widths.empty()) {
    for (double w : table.column_widths)
      if (!(w > 0))
        throw InputError(
            table.pos,
            "column_widths must all be positive numbers (relative widths such as [1, 3, 2])");
  } else if (table.rows.front().cells.empty()) {
    throw InputError(table.rows.front().pos.known() ? table.rows.front().pos : table.pos,
                     "the first row has no cells, so the number of columns is unknown: give the "
                     "first row its cells or set column_widths");
  }
  return GridBuilder(table).build();
}

}  // namespace gongwen::layout::table
