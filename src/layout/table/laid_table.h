// A table measured and set, before it is cut into fragments: the grid, each
// cell's format and lines, column edges, row heights and the caption lines.
#pragma once

#include <vector>

#include "layout/table/cell_format.h"
#include "layout/table/cell_text.h"
#include "layout/table/grid.h"
#include "layout/table/table.h"
#include "layout/table/text_setter.h"

namespace gongwen::layout::table {

struct LaidTable {
  Grid grid;
  int header_rows = 0;
  std::vector<CellFormat> formats;  // per grid cell
  std::vector<CellText> texts;      // per grid cell
  std::vector<Length> col_x;        // cols + 1 column edges, from the block's left
  std::vector<Length> row_heights;  // per grid row
  Length width = 0;                 // block width (outer rules included)
  Length outer_rule = 0;
  Length inner_rule = 0;
  Length padding_x = 0;
  Length padding_y = 0;
  CellText caption;  // centred above the table where it starts
  Length caption_height = 0;
  CellText continued;  // at the end side above repeated headers
  Length continued_height = 0;
};

// Measures and sets everything: column widths fill `width` exactly (the outer
// rules' ink included), rows are as tall as their cells need.
LaidTable lay_out_table(const TextSetter& setter, const style::Style& style,
                        const model::Table& table, Length width, const TableOptions& options);

}  // namespace gongwen::layout::table
