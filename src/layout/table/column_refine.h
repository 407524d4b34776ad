// Automatic column widths refined for a compact table: width moves from one
// column to another while that makes the table shorter (fewer wrapped lines,
// no lone last characters), or as tall with fewer lines in its cells, never
// taking a column below its minimum. The
// proportional share of CSS automatic layout is the starting point; this
// search removes its typical flaw of wrapping a label that almost fits while
// a neighbouring column has room to spare.
#pragma once

#include <functional>
#include <vector>

#include "layout/table/grid.h"
#include "util/units.h"

namespace gongwen::layout::table {

struct RefineInput {
  const Grid* grid = nullptr;
  std::vector<Length> min;  // per column
  Length step = 0;          // the smallest amount of width moved at a time
  Length min_row = 0;       // height of a row with nothing in it
  // Height a cell needs (padding included) when its columns sum to `width`.
  std::function<Length(int cell, Length width)> cell_height;
};

// The widths keep their sum.
std::vector<Length> refine_column_widths(const RefineInput& input, std::vector<Length> widths);

}  // namespace gongwen::layout::table
