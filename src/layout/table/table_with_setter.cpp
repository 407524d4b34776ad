#include "layout/table/table_with_setter.h"

#include <fmt/core.h>

#include <algorithm>

#include "layout/table/cell_format.h"
#include "layout/table/fragment.h"
#include "layout/table/laid_table.h"
#include "layout/table/page_plan.h"
#include "layout/table/place_text.h"
#include "util/error.h"

namespace gongwen::layout::table {
namespace {

// What every fragment holds besides its body rows, at the least.
Length fixed_height(const LaidTable& laid) {
  Length fixed = laid.outer_rule + std::min(laid.caption_height, laid.continued_height);
  for (int r = 0; r < laid.header_rows; ++r) fixed += laid.row_heights[static_cast<size_t>(r)];
  return fixed;
}

// The least height of `cell`'s text in the part of its rows on one fragment.
Length least_need(const LaidTable& laid, size_t cell) {
  return least_height(laid.texts[cell], laid.formats[cell].vertical) + 2 * laid.padding_y;
}

// A row must fit on a page under the table's header: one that does not would
// be set alone and run off the page, its text silently lost. Names the
// tallest cell of the first such row.
void check_rows_fit(const LaidTable& laid, Length page_height) {
  const Length fixed = fixed_height(laid);
  for (int r = 0; r < laid.grid.rows; ++r) {
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
                                 to_mm(fixed + row), laid.header_rows ? " with the header" : "",
                                 to_mm(page_height)));
  }
}

// A body cell spanning rows (a group label) whose text is taller than a page
// even set as close as it goes: its rows must be cut by a break, and each
// part, which repeats the text, would be taller than a page.
void check_labels_fit(const LaidTable& laid, Length page_height) {
  const Length fixed = fixed_height(laid);
  for (size_t i = 0; i < laid.grid.cells.size(); ++i) {
    const PlacedCell& cell = laid.grid.cells[i];
    if (!cell.cell || cell.rowspan == 1 || cell.row < laid.header_rows) continue;
    if (fixed + least_need(laid, i) <= page_height) continue;
    throw InputError(cell.cell->pos,
                     fmt::format("this table cell spans {} rows and its text needs {:.0f} mm{}, "
                                 "but a page has {:.0f} mm: where a page break cuts its rows, "
                                 "the text would run off the page; shorten the text",
                                 cell.rowspan, to_mm(fixed + least_need(laid, i)),
                                 laid.header_rows ? " with the header" : "", to_mm(page_height)));
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
