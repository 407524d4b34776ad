#include "layout/table/table_with_setter.h"

#include <fmt/core.h>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <string>
#include <vector>

#include "layout/table/cell_format.h"
#include "layout/table/fragment.h"
#include "layout/table/laid_table.h"
#include "layout/table/page_plan.h"
#include "layout/table/place_text.h"
#include "util/error.h"

namespace gongwen::layout::table {
namespace {

// What a fragment holds besides its body rows: the outer rules, the header
// rows and, above them, the caption on the table's first fragment or the
// continuation label on the others.
Length fixed_height(const LaidTable& laid, bool table_start) {
  Length fixed = laid.outer_rule + (table_start ? laid.caption_height : laid.continued_height);
  for (int r = 0; r < laid.header_rows; ++r) fixed += laid.row_heights[static_cast<size_t>(r)];
  return fixed;
}

// What fixed_height counts, for an error message: " with the caption and
// the header", " with the continuation label", "" when nothing.
std::string above(const LaidTable& laid, bool table_start) {
  std::vector<std::string> parts;
  if (table_start && laid.caption_height > 0) parts.push_back("the caption");
  if (!table_start && laid.continued_height > 0) parts.push_back("the continuation label");
  if (laid.header_rows > 0) parts.push_back("the header");
  return parts.empty() ? "" : " with " + fmt::format("{}", fmt::join(parts, " and "));
}

// The least height of `cell`'s text in the part of its rows on one fragment.
Length least_need(const LaidTable& laid, size_t cell) {
  return least_height(laid.texts[cell], laid.formats[cell].vertical) + 2 * laid.padding_y;
}

// A row must fit on a page under what precedes it there: one that does not
// would be set alone and run off the page, its text silently lost. The first
// body row always comes under the caption (the table moves to a fresh page at
// most); any other can begin a continuation fragment, under the continuation
// label. Names the tallest cell of the first row that does not fit.
void check_rows_fit(const LaidTable& laid, Length page_height) {
  for (int r = 0; r < laid.grid.rows; ++r) {
    const bool table_start = r <= laid.header_rows;
    const Length fixed = fixed_height(laid, table_start);
    const Length row = r < laid.header_rows ? 0 : laid.row_heights[static_cast<size_t>(r)];
    if (fixed + row <= page_height) continue;
    const model::TableCell* tallest = nullptr;
    Length tallest_height = -1;
    for (size_t i = 0; i < laid.grid.cells.size(); ++i) {
      const PlacedCell& cell = laid.grid.cells[i];
      if (cell.cell && cell.row <= r && r < cell.row_end() &&
          laid.texts[i].height() > tallest_height) {
        tallest = cell.cell;
        tallest_height = laid.texts[i].height();
      }
    }
    throw InputError(tallest ? tallest->pos : SourcePos{},
                     fmt::format("this table cell makes its row {:.0f} mm tall{}, but a page has "
                                 "{:.0f} mm: its text would run off the page; split the text "
                                 "over several rows",
                                 to_mm(fixed + row), above(laid, table_start), to_mm(page_height)));
  }
}

// A body cell spanning rows (a group label) whose text is taller than a page
// even set as close as it goes: its rows must be cut by a break, and each
// part, which repeats the text, would be taller than a page. A part can begin
// a continuation fragment, under the continuation label; the part of a group
// that starts with the first body row begins the table, under the caption.
void check_labels_fit(const LaidTable& laid, Length page_height) {
  for (size_t i = 0; i < laid.grid.cells.size(); ++i) {
    const PlacedCell& cell = laid.grid.cells[i];
    if (!cell.cell || cell.rowspan == 1 || cell.row < laid.header_rows) continue;
    // The first part of a group beginning the body comes under the caption.
    const bool table_start =
        cell.row == laid.header_rows && fixed_height(laid, true) > fixed_height(laid, false);
    const Length fixed = fixed_height(laid, table_start);
    if (fixed + least_need(laid, i) <= page_height) continue;
    throw InputError(cell.cell->pos,
                     fmt::format("this table cell spans {} rows and its text needs {:.0f} mm{}, "
                                 "but a page has {:.0f} mm: where a page break cuts its rows, "
                                 "the text would run off the page; shorten the text",
                                 cell.rowspan, to_mm(fixed + least_need(laid, i)),
                                 above(laid, table_start), to_mm(page_height)));
  }
}

}  // namespace

std::vector<Block> layout_table_with(const TextSetter& setter, const style::Style& style,
                                     const model::Table& table, Length width, Length first_height,
                                     Length page_height, const TableOptions& options) {
  const LaidTable laid = lay_out_table(setter, style, table, width, options);
  check_rows_fit(laid, page_height);
  check_labels_fit(laid, page_height);

  PlanInput plan;
  plan.header_rows = laid.header_rows;
  plan.row_heights = laid.row_heights;
  plan.frame = laid.outer_rule;
  plan.caption = laid.caption_height;
  plan.continued = laid.continued_height;
  // A body row without a single number introduces what follows (e.g. the
  // 第二十条第（X）项 row and the column labels of a stacked sub-table).
  plan.keep_with_next.assign(static_cast<size_t>(laid.grid.rows), true);
  for (int r = 0; r < laid.header_rows; ++r) plan.keep_with_next[static_cast<size_t>(r)] = false;
  for (size_t i = 0; i < laid.grid.cells.size(); ++i) {
    const PlacedCell& cell = laid.grid.cells[i];
    if (cell.cell && is_number(cell.cell->text)) {
      for (int r = cell.row; r < cell.row_end(); ++r)
        plan.keep_with_next[static_cast<size_t>(r)] = false;
    }
    if (cell.rowspan > 1 && cell.row >= laid.header_rows)
      plan.groups.push_back({cell.row, cell.row_end(), laid.texts[i].height() + 2 * laid.padding_y,
                             least_need(laid, i)});
  }

  std::vector<Block> fragments;
  bool started = false;
  for (const FragmentRows& rows : plan_fragments(plan, first_height, page_height)) {
    fragments.push_back(draw_fragment(laid, rows, !started));
    started = started || !rows.empty;
  }
  return fragments;
}

}  // namespace gongwen::layout::table
