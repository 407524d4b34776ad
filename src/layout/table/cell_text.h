// The text of one cell: measured (for column widths) and set into lines (for
// row heights and drawing). Explicit newlines in the cell text are kept;
// vertical cells become one line per character.
#pragma once

#include <vector>

#include "layout/table/cell_format.h"
#include "layout/table/text_setter.h"
#include "model/document/document.h"

namespace gongwen::layout::table {

struct ContentWidths {
  Length min = 0;          // the longest piece that cannot be broken, or two characters
  Length unbreakable = 0;  // the longest piece that cannot be broken
  Length max = 0;          // the longest line when nothing wraps
  size_t lines = 0;        // lines when nothing wraps: the cell's lines at any measure ≥ max
};

struct CellText {
  std::vector<Line> lines;  // vertical cells: one character per line
  Length pitch = 0;         // distance between lines (characters when vertical)
  Length em_top = 0;        // em box top above the baseline
  Length size = 0;          // font size
  Length height() const { return static_cast<Length>(lines.size()) * pitch; }
  Length widest() const;
};

ContentWidths measure_cell(const TextSetter& setter, const CellFormat& format,
                           const model::TableCell& cell);

// Sets the cell's text in `measure` (numbers ignore it and never wrap).
// Centred text that wraps is balanced: set as narrow as it goes without
// taking more lines (`balance` = false skips that when only the number of
// lines matters).
CellText set_cell(const TextSetter& setter, const CellFormat& format, const model::TableCell& cell,
                  Length measure, Length pitch, bool balance = true);

}  // namespace gongwen::layout::table
