#include "layout/table/table_with_setter.h"

#include "layout/table/cell_format.h"
#include "layout/table/fragment.h"
#include "layout/table/laid_table.h"
#include "layout/table/page_plan.h"

namespace gongwen::layout::table {

std::vector<Block> layout_table_with(const TextSetter& setter, const style::Style& style,
                                     const model::Table& table, Length width, Length first_height,
                                     Length page_height, const TableOptions& options) {
  const LaidTable laid = lay_out_table(setter, style, table, width, options);

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
      plan.groups.push_back(
          {cell.row, cell.row_end(), laid.texts[i].height() + 2 * laid.padding_y});
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
