// Table layout: spans normalised to a grid of slots, column widths, cell text,
// rules, and page fragments with repeated headers.
#pragma once

#include <string>
#include <vector>

#include "layout/context.h"
#include "model/document/document.h"

namespace gongwen::layout {

struct TableOptions {
  // A line set above the repeated header on continuation fragments, at the
  // end side, e.g. "（续表）"; empty = the table's own `continued` (if any).
  std::string continued_label;
};

// Lays a table out in `width`, cut into fragments: the first fits in
// `first_height` (it may be empty when not even the header and two rows fit),
// each next one in `page_height`. Fragment items are relative to the
// fragment's top-left corner, include tags (Table/TR/TH/TD; repeated header
// rows as Artifact) and all rules. Throws InputError for invalid spans.
std::vector<Block> layout_table(Context& ctx, const model::Table& table, Length width,
                                Length first_height, Length page_height);
std::vector<Block> layout_table(Context& ctx, const model::Table& table, Length width,
                                Length first_height, Length page_height,
                                const TableOptions& options);

}  // namespace gongwen::layout
