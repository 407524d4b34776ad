#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "layout/table/grid.h"
#include "table_samples.h"
#include "util/error.h"

namespace gongwen::layout::table {
namespace {

using samples::C;
using samples::make_table;
using ::testing::HasSubstr;

const std::string& text_at(const Grid& g, int r, int c) {
  return g.cells[static_cast<size_t>(g.owner(r, c))].cell->text;
}

// The error build_grid throws for `table` (fails the test when none).
InputError error_of(const model::Table& table) {
  try {
    build_grid(table);
  } catch (const InputError& e) {
    return e;
  }
  ADD_FAILURE() << "no InputError";
  return InputError({}, "");
}

TEST(TableGrid, SkipsSlotsCoveredByRowspansFromAbove) {
  const model::Table table = make_table({{{"a", 1, 2}, {"b"}, {"c", 1, 3}},  //
                                         {{"d"}},
                                         {{"e", 2}}});
  const Grid g = build_grid(table);
  ASSERT_EQ(g.rows, 3);
  ASSERT_EQ(g.cols, 3);
  EXPECT_EQ(text_at(g, 1, 0), "a");
  EXPECT_EQ(text_at(g, 1, 1), "d");
  EXPECT_EQ(text_at(g, 1, 2), "c");
  EXPECT_EQ(text_at(g, 2, 0), "e");
  EXPECT_EQ(text_at(g, 2, 1), "e");
  EXPECT_EQ(text_at(g, 2, 2), "c");
  EXPECT_EQ(g.cells[4].col, 0);
  EXPECT_EQ(g.cells[4].colspan, 2);
}

TEST(TableGrid, TableThreeHasTenColumnsAndNestedGroups) {
  const model::Table table = samples::table_three();
  const Grid g = build_grid(table);
  ASSERT_EQ(g.cols, 10);
  ASSERT_EQ(g.rows, 26);
  for (int r = 0; r < 3; ++r)
    for (int c = 0; c < 3; ++c) EXPECT_THAT(text_at(g, r, c), HasSubstr("勾稽关系"));
  for (int c = 3; c < 10; ++c) EXPECT_EQ(text_at(g, 0, c), "申请人情况");
  EXPECT_EQ(text_at(g, 2, 3), "自然人");
  EXPECT_EQ(text_at(g, 1, 4), "法人或其他组织");
  EXPECT_EQ(text_at(g, 2, 8), "其他");
  EXPECT_EQ(text_at(g, 2, 9), "总计");
  for (int r = 5; r < 25; ++r) EXPECT_EQ(text_at(g, r, 0), "三、本年度办理结果") << r;
  for (int r = 7; r < 15; ++r) EXPECT_EQ(text_at(g, r, 1), "（三）不予公开") << r;
  EXPECT_EQ(text_at(g, 14, 2), "8.属于行政查询事项");
  EXPECT_EQ(text_at(g, 25, 0), "四、结转下年度继续办理");
  EXPECT_EQ(text_at(g, 25, 9), "0");
}

TEST(TableGrid, ColumnCountComesFromColumnWidths) {
  model::Table t = make_table({{{"a"}, {"b"}}, {{"c"}, {"d"}}});
  t.column_widths = {1, 2, 3};
  const InputError e = error_of(t);
  EXPECT_EQ(e.where().line, 2);
  EXPECT_THAT(e.what(), HasSubstr("leaves column 3 empty"));
}

TEST(TableGrid, OverlapWithARowspanFromAboveNamesBothCells) {
  const InputError e = error_of(make_table({{{"a"}, {"b", 1, 2}, {"c"}},  //
                                            {{"wide", 2}, {"x"}}}));
  EXPECT_EQ(e.where().line, 5);
  EXPECT_THAT(e.what(), HasSubstr("“wide” overlaps cell “b” (line 3)"));
  EXPECT_THAT(e.what(), HasSubstr("table.yaml:5:5"));
}

TEST(TableGrid, CellPastTheRightEdge) {
  const InputError e = error_of(make_table({{{"a"}, {"b"}, {"c"}}, {{"d"}, {"e", 3}}}));
  EXPECT_EQ(e.where().line, 6);
  EXPECT_THAT(e.what(), HasSubstr("runs past the right edge of the table (3 columns)"));
}

TEST(TableGrid, TooManyCellsInARow) {
  const InputError e = error_of(make_table({{{"a"}, {"b"}}, {{"c"}, {"d"}, {"e"}}}));
  EXPECT_EQ(e.where().line, 6);
  EXPECT_THAT(e.what(), HasSubstr("already fills all 2 columns"));
}

TEST(TableGrid, RowspanPastTheLastRow) {
  const InputError e = error_of(make_table({{{"a"}, {"b", 1, 3}}, {{"c"}}}));
  EXPECT_EQ(e.where().line, 3);
  EXPECT_THAT(e.what(), HasSubstr("runs past the last row (the table has 2 rows)"));
}

TEST(TableGrid, HoleInARowIsReportedAtTheRow) {
  const InputError e = error_of(make_table({{{"a"}, {"b"}, {"c"}, {"d"}}, {{"e"}}}));
  EXPECT_EQ(e.where().line, 6);
  EXPECT_THAT(e.what(), HasSubstr("row 2 leaves columns 2–4 empty"));
}

TEST(TableGrid, SpansBelowOne) {
  EXPECT_THAT(error_of(make_table({{{"a", 0}}})).what(), HasSubstr("colspan 0"));
  const InputError e = error_of(make_table({{{"a"}, {"b", 1, -1}}}));
  EXPECT_EQ(e.where().line, 3);
  EXPECT_THAT(e.what(), HasSubstr("rowspan -1"));
}

TEST(TableGrid, AbsurdSpansAreRefusedBeforeAnyGridIsBuilt) {
  const InputError e = error_of(make_table({{{"a", 1000000}}}));
  EXPECT_EQ(e.where().line, 2);
  EXPECT_THAT(e.what(), HasSubstr("at most 1000"));
}

TEST(TableGrid, HeaderCellReachingIntoTheBody) {
  const InputError e = error_of(make_table({{{"h", 1, 2}, {"i"}}, {{"x"}}, {{"y"}, {"z"}}}, 1));
  EXPECT_EQ(e.where().line, 2);
  EXPECT_THAT(e.what(), HasSubstr("reaches into the body"));
}

TEST(TableGrid, HeaderRowsOutOfRange) {
  const InputError e = error_of(make_table({{{"a"}}}, 2));
  EXPECT_EQ(e.where().line, 1);
  EXPECT_THAT(e.what(), HasSubstr("header_rows is 2 but the table has 1 rows"));
}

TEST(TableGrid, EmptyTableAndBadRatios) {
  model::Table empty;
  empty.pos = {"t.yaml", 4, 1};
  EXPECT_THAT(error_of(empty).what(), HasSubstr("t.yaml:4:1: the table has no rows"));
  model::Table t = make_table({{{"a"}, {"b"}}});
  t.column_widths = {1, 0};
  EXPECT_THAT(error_of(t).what(), HasSubstr("column_widths must all be positive"));
}

TEST(TableGrid, LongCellTextIsShortenedInMessages) {
  const InputError e = error_of(make_table({{{"a"}}, {{"一二三四五六七八九十甲乙丙丁", 2}}}));
  EXPECT_THAT(e.what(), HasSubstr("“一二三四五六七八九十甲乙…”"));
}

}  // namespace
}  // namespace gongwen::layout::table
