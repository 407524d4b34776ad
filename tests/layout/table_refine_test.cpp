#include <gtest/gtest.h>

#include <numeric>

#include "layout/table/column_refine.h"
#include "layout/table/grid.h"
#include "table_samples.h"

namespace gongwen::layout::table {
namespace {

// Cells of `chars` characters, 10 units each, one line per 10 units of
// height: a cell narrower than its text wraps into ceil(chars·10 / width).
Length height_of(int chars, Length width) {
  const Length text = chars * 10;
  return 10 * ((text + width - 1) / std::max<Length>(width, 1));
}

TEST(TableRefine, MovesWidthToTheColumnWhoseLabelAlmostFits) {
  // Two rows: a 12-character label beside a 2-character value. Starting at
  // 100 + 100, the label takes two lines; 120 + 80 sets both on one.
  const model::Table table = samples::make_table({{{"label"}, {"v"}}, {{"label"}, {"v"}}});
  const Grid grid = build_grid(table);
  RefineInput in;
  in.grid = &grid;
  in.min = {20, 20};
  in.step = 5;
  in.min_row = 10;
  in.cell_height = [&](int cell, Length width) {
    return height_of(grid.cells[static_cast<size_t>(cell)].col == 0 ? 12 : 2, width);
  };
  const std::vector<Length> widths = refine_column_widths(in, {100, 100});
  EXPECT_EQ(widths[0] + widths[1], 200);
  EXPECT_GE(widths[0], 120);
  EXPECT_GE(widths[1], 20);
}

TEST(TableRefine, NeverTakesAColumnBelowItsMinimum) {
  const model::Table table = samples::make_table({{{"a"}, {"b"}}});
  const Grid grid = build_grid(table);
  RefineInput in;
  in.grid = &grid;
  in.min = {50, 95};
  in.step = 5;
  in.min_row = 10;
  // Column 0 gets shorter with every unit of width; column 1 can give 5.
  in.cell_height = [&](int cell, Length width) { return cell == 0 ? 10 + (200 - width) : 10; };
  EXPECT_EQ(refine_column_widths(in, {100, 100}), (std::vector<Length>{105, 95}));
}

TEST(TableRefine, KeepsWidthsWhenNothingGetsShorter) {
  const model::Table table = samples::make_table({{{"a"}, {"b"}}});
  const Grid grid = build_grid(table);
  RefineInput in;
  in.grid = &grid;
  in.min = {10, 10};
  in.step = 5;
  in.min_row = 10;
  in.cell_height = [](int, Length) { return Length{10}; };
  EXPECT_EQ(refine_column_widths(in, {60, 140}), (std::vector<Length>{60, 140}));
}

}  // namespace
}  // namespace gongwen::layout::table
