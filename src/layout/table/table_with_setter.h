// layout_table with the text setter passed in, so that tests can lay tables
// out without fonts (fixed_pitch_text_setter).
#pragma once

#include <vector>

#include "layout/table/table.h"
#include "layout/table/text_setter.h"

namespace gongwen::layout::table {

std::vector<Block> layout_table_with(const TextSetter& setter, const style::Style& style,
                                     const model::Table& table, Length width, Length first_height,
                                     Length page_height, const TableOptions& options = {});

}  // namespace gongwen::layout::table
