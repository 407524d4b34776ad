// Rules of one fragment, from its grid of slots: a rule runs along every edge
// where two different cells meet, and around the outside. Collinear pieces
// are merged, and each end reaches over the half width of the crossing rule,
// so corners are closed and rules meet.
#pragma once

#include <vector>

#include "display/display_list.h"
#include "layout/table/grid.h"

namespace gongwen::layout::table {

struct RuleGrid {
  const Grid* grid = nullptr;
  std::vector<int> rows;      // grid rows shown in this fragment, top to bottom
  std::vector<Length> row_y;  // rows.size() + 1 edges
  std::vector<Length> col_x;  // grid.cols + 1 edges
  Length outer = 0;
  Length inner = 0;
};

std::vector<display::Line> draw_rules(const RuleGrid& g);

}  // namespace gongwen::layout::table
