#include <gtest/gtest.h>

#include <numeric>

#include "layout/table/column_widths.h"
#include "layout/table/row_heights.h"

namespace gongwen::layout::table {
namespace {

Length total(const std::vector<Length>& v) {
  return std::accumulate(v.begin(), v.end(), Length{0});
}

TEST(TableWidths, RatiosFillTheWidthExactly) {
  const std::vector<Length> w = ratio_column_widths({1, 1, 1}, 1000);
  EXPECT_EQ(total(w), 1000);
  EXPECT_EQ(w, (std::vector<Length>{333, 334, 333}));
  const std::vector<Length> v = ratio_column_widths({2, 5, 3}, from_mm(156));
  EXPECT_EQ(total(v), from_mm(156));
  EXPECT_NEAR(to_mm(v[1]), 78.0, 0.01);
}

TEST(TableWidths, EverythingFitsSoColumnsGrowInProportionToTheirMaximum) {
  const std::vector<Length> w = auto_column_widths(2, {{0, 1, 10, 100}, {1, 1, 10, 300}}, 800);
  EXPECT_EQ(w, (std::vector<Length>{200, 600}));
}

TEST(TableWidths, BetweenMinAndMaxTheShortfallIsSharedByWish) {
  // Minimums 100 + 100, maximums 300 + 700: 400 to share over wishes 200 : 600.
  const std::vector<Length> w = auto_column_widths(2, {{0, 1, 100, 300}, {1, 1, 100, 700}}, 600);
  EXPECT_EQ(w, (std::vector<Length>{200, 400}));
}

TEST(TableWidths, TooNarrowForTheMinimumsKeepsThem) {
  // Scaled down, the text would run into the next cell: the minimums stay
  // (wider than the measure) and lay_out_table reports the table.
  const std::vector<Length> w = auto_column_widths(2, {{0, 1, 300, 300}, {1, 1, 100, 900}}, 200);
  EXPECT_EQ(w, (std::vector<Length>{300, 100}));
}

TEST(TableWidths, SpanningCellSpreadsItsExtraOverAllSpannedColumns) {
  // Three narrow columns (max 100 each) under a header that wants 600 on one
  // line: every spanned column widens, not just the last.
  const std::vector<CellWidths> cells = {
      {0, 1, 50, 100}, {1, 1, 50, 100}, {2, 1, 50, 100}, {0, 3, 60, 600}};
  const std::vector<Length> w = auto_column_widths(3, cells, 600);
  EXPECT_EQ(w, (std::vector<Length>{200, 200, 200}));
}

TEST(TableWidths, SpanningCellSharesInProportionToWhatColumnsWant) {
  // On one line the span needs 400 more than 100 + 300: in proportion.
  const std::vector<CellWidths> cells = {{0, 1, 10, 100}, {1, 1, 10, 300}, {0, 2, 20, 800}};
  const std::vector<Length> w = auto_column_widths(2, cells, 800);
  EXPECT_EQ(w, (std::vector<Length>{200, 600}));
}

TEST(TableWidths, NarrowerSpansAreResolvedFirst) {
  // The 2-column span widens columns 1 and 2; the 3-column span is then
  // already satisfied and column 0 keeps its own width.
  const std::vector<CellWidths> cells = {
      {0, 1, 100, 100}, {1, 1, 10, 10}, {2, 1, 10, 10}, {1, 2, 200, 200}, {0, 3, 250, 250}};
  const std::vector<Length> w = auto_column_widths(3, cells, 300);
  EXPECT_EQ(w, (std::vector<Length>{100, 100, 100}));
}

TEST(TableWidths, ColumnsWithNothingOfTheirOwnShareEvenly) {
  const std::vector<Length> w = auto_column_widths(4, {{0, 4, 400, 400}}, 400);
  EXPECT_EQ(w, (std::vector<Length>{100, 100, 100, 100}));
}

TEST(TableRowHeights, SpanningCellSpreadsEvenly) {
  const std::vector<Length> h =
      row_heights(4, {{0, 1, 30}, {1, 1, 10}, {0, 4, 100}, {3, 1, 10}}, 10);
  // Rows give 30 + 10 + 10 + 10 = 60; the 40 missing go 10 to each row.
  EXPECT_EQ(h, (std::vector<Length>{40, 20, 20, 20}));
}

TEST(TableRowHeights, EmptyRowsKeepTheMinimum) {
  EXPECT_EQ(row_heights(2, {}, 17), (std::vector<Length>{17, 17}));
  EXPECT_EQ(row_heights(3, {{0, 3, 50}}, 10), (std::vector<Length>{17, 17, 16}));
}

}  // namespace
}  // namespace gongwen::layout::table
