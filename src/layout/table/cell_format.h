// How each cell is set: its role in the table's structure (column header,
// row header, data), text style, alignment, and whether it may wrap.
#pragma once

#include <string_view>
#include <vector>

#include "layout/table/grid.h"
#include "model/document/document.h"
#include "style/style.h"

namespace gongwen::layout::table {

enum class CellRole {
  kColumnHeader,  // in the header rows: TH Scope=Column
  kRowHeader,     // a label leading its body row(s): TH Scope=Row
  kData,          // TD
};

struct CellFormat {
  CellRole role = CellRole::kData;
  style::TextStyle text;
  model::Align align = model::Align::kStart;
  bool vertical = false;  // a vertical stack of characters
  bool no_wrap = false;   // numbers never wrap
};

// A number as tables hold them: "0", "-3", "1,234.5", "12.5%", with at most a
// two-character unit ("8次", "3万元"), surrounding spaces ignored. Numbered
// labels such as "1.属于国家秘密" are not numbers.
bool is_number(std::string_view text);

// Formats for every cell of the grid (same order as grid.cells), which was
// built from `table`. Cells of header rows and of label rows in the body are
// column headers. Row headers are, in each other body row, the leading cells
// up to the first number or empty cell; when text runs through the whole row
// only its first cell is. Defaults: header cells, numbers, empty and vertical
// cells, and row headers spanning several rows are centred; other text
// starts at the left. A cell's own `align` wins.
std::vector<CellFormat> format_cells(const Grid& grid, const model::Table& table,
                                     const style::Style& style);

}  // namespace gongwen::layout::table
