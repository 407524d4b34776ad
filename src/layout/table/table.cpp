#include "layout/table/table.h"

#include "layout/table/table_with_setter.h"
#include "util/stage_timer.h"

namespace gongwen::layout {

std::vector<Block> layout_table(Context& ctx, const model::Table& table, Length width,
                                Length first_height, Length page_height) {
  return layout_table(ctx, table, width, first_height, page_height, TableOptions{});
}

std::vector<Block> layout_table(Context& ctx, const model::Table& table, Length width,
                                Length first_height, Length page_height,
                                const TableOptions& options) {
  const util::StageTimer timer(util::Stage::kTables);  // gongwen render --timings
  return table::layout_table_with(table::inline_text_setter(ctx), ctx.style, table, width,
                                  first_height, page_height, options);
}

}  // namespace gongwen::layout
