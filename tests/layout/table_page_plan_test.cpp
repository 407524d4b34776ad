#include <gtest/gtest.h>

#include "layout/table/page_plan.h"

namespace gongwen::layout::table {
namespace {

// A table of one 10-high header row and `body` 10-high body rows.
PlanInput rows_of_ten(int body, int header = 1) {
  PlanInput in;
  in.header_rows = header;
  in.row_heights.assign(static_cast<size_t>(header + body), 10);
  return in;
}

std::vector<std::pair<int, int>> ranges(const std::vector<FragmentRows>& fragments) {
  std::vector<std::pair<int, int>> out;
  for (const FragmentRows& f : fragments) out.push_back({f.empty ? -1 : f.begin, f.end});
  return out;
}

using Ranges = std::vector<std::pair<int, int>>;

TEST(TablePagePlan, WholeTableInOneFragmentWhenItFits) {
  EXPECT_EQ(ranges(plan_fragments(rows_of_ten(5), 60, 100)), (Ranges{{1, 6}}));
}

TEST(TablePagePlan, FillsEachFragmentAndRepeatsTheHeaderHeight) {
  // Each fragment holds the header (10) and five rows.
  EXPECT_EQ(ranges(plan_fragments(rows_of_ten(15), 60, 60)), (Ranges{{1, 6}, {6, 11}, {11, 16}}));
}

TEST(TablePagePlan, KeepsTwoBodyRowsAfterTheBreak) {
  // Five of six rows would fit; one row alone would follow: break after four.
  EXPECT_EQ(ranges(plan_fragments(rows_of_ten(6), 60, 100)), (Ranges{{1, 5}, {5, 7}}));
}

TEST(TablePagePlan, FewerThanFourBodyRowsMoveWhole) {
  // Two of three rows would fit: 2 + 1 leaves one alone, so the table moves.
  EXPECT_EQ(ranges(plan_fragments(rows_of_ten(3), 35, 100)), (Ranges{{-1, 1}, {1, 4}}));
  // Four rows, three fit: 2 + 2, not 3 + 1.
  EXPECT_EQ(ranges(plan_fragments(rows_of_ten(4), 45, 100)), (Ranges{{1, 3}, {3, 5}}));
}

TEST(TablePagePlan, NoLoneRowEvenToKeepARowWithTheNextOnes) {
  // Rows 1..5, four fit; rows 2 and 3 introduce the next ones. Every break
  // but 4 + 1 cuts after one of them: still no row is left alone.
  PlanInput in = rows_of_ten(5);
  in.keep_with_next.assign(6, false);
  in.keep_with_next[2] = true;
  in.keep_with_next[3] = true;
  EXPECT_EQ(ranges(plan_fragments(in, 50, 100)), (Ranges{{1, 4}, {4, 6}}));
}

TEST(TablePagePlan, NeverBreaksRightAfterARowThatIntroducesTheNextOnes) {
  // Rows 1..10; five fit. Row 5 introduces rows 6.. (a sub-table's heading):
  // the break moves up to keep it with them.
  PlanInput in = rows_of_ten(10);
  in.keep_with_next.assign(11, false);
  in.keep_with_next[5] = true;
  EXPECT_EQ(ranges(plan_fragments(in, 60, 100)), (Ranges{{1, 5}, {5, 11}}));
  // Two introducing rows in a row (heading, then column labels) move together.
  in.keep_with_next[4] = true;
  EXPECT_EQ(ranges(plan_fragments(in, 60, 100)), (Ranges{{1, 4}, {4, 11}}));
}

TEST(TablePagePlan, EmptyFirstFragmentWhenFewerThanTwoRowsFit) {
  EXPECT_EQ(ranges(plan_fragments(rows_of_ten(6), 25, 100)), (Ranges{{-1, 1}, {1, 7}}));
  // Not even the header fits.
  EXPECT_EQ(ranges(plan_fragments(rows_of_ten(6), 5, 100)), (Ranges{{-1, 1}, {1, 7}}));
}

TEST(TablePagePlan, NeverLeavesTheHeaderAloneEvenOnAFullPage) {
  PlanInput in = rows_of_ten(3);
  in.row_heights[2] = 500;  // taller than a page
  EXPECT_EQ(ranges(plan_fragments(in, 100, 100)), (Ranges{{1, 2}, {2, 3}, {3, 4}}));
}

TEST(TablePagePlan, OuterRulesCaptionAndContinuationLabelTakeRoom) {
  PlanInput in = rows_of_ten(12);
  in.frame = 2;
  in.caption = 20;
  in.continued = 10;
  // First: 2 + 20 + 10 header + 6 rows = 92 ≤ 100; the other six fit on the next.
  EXPECT_EQ(ranges(plan_fragments(in, 100, 100)), (Ranges{{1, 7}, {7, 13}}));
}

TEST(TablePagePlan, CutRowGroupMustHoldItsLabelOnBothSides) {
  PlanInput in = rows_of_ten(10);
  in.groups.push_back({3, 9, 40, 40});  // the label needs four rows
  // Rows 1..6 fit; cutting the group after row 6 leaves it 2 rows on the next
  // page: the break goes before the group instead.
  EXPECT_EQ(ranges(plan_fragments(in, 70, 200)), (Ranges{{1, 3}, {3, 11}}));
  // With room for rows 1..7 the group can be cut 4 + 2... still too short; at
  // 8 rows it is cut 5 + 1 (one row alone), so the group still moves.
  EXPECT_EQ(ranges(plan_fragments(in, 80, 200)), (Ranges{{1, 3}, {3, 11}}));
}

TEST(TablePagePlan, CutRowGroupWhenBothPartsHoldTheLabel) {
  PlanInput in = rows_of_ten(14);
  in.groups.push_back({2, 14, 30, 30});
  // Header + rows 1..8 fit: the group is cut after row 8, 7 rows above, 6 below.
  EXPECT_EQ(ranges(plan_fragments(in, 90, 200)), (Ranges{{1, 9}, {9, 15}}));
}

// Sum of a fragment's body rows as drawn.
Length drawn(const FragmentRows& f) {
  Length h = 0;
  for (Length row : f.heights) h += row;
  return h;
}

TEST(TablePagePlan, CutRowGroupGrowsWhereItsLabelDoesNotFit) {
  // One group over all eleven rows; its label needs 100 at its pitch, at
  // least 80. Every break cuts it and at most nine rows fit on the first
  // page, so a part grows, wherever the break: the fullest, 9 + 2, would
  // blow the two rows up to four times their height. The growth is shared:
  // 6 + 5, the first part grown by a third, the second by three fifths.
  PlanInput in = rows_of_ten(11);
  in.groups.push_back({1, 12, 100, 80});
  const std::vector<FragmentRows> plan = plan_fragments(in, 100, 100);
  ASSERT_EQ(ranges(plan), (Ranges{{1, 7}, {7, 12}}));
  EXPECT_EQ(drawn(plan[0]), 80);
  EXPECT_EQ(drawn(plan[1]), 80);
  EXPECT_EQ(plan[1].heights, (std::vector<Length>{16, 16, 16, 16, 16}));
}

TEST(TablePagePlan, CutRowGroupMovesRowsOverSoThatNeitherPartGrows) {
  // The label needs at least 40: the fullest break, 9 + 2, would grow the
  // last two rows to twice their height; 7 + 4 grows nothing.
  PlanInput in = rows_of_ten(11);
  in.groups.push_back({1, 12, 100, 40});
  const std::vector<FragmentRows> plan = plan_fragments(in, 100, 100);
  ASSERT_EQ(ranges(plan), (Ranges{{1, 8}, {8, 12}}));
  EXPECT_EQ(plan[0].heights, std::vector<Length>(7, 10));
  EXPECT_EQ(plan[1].heights, std::vector<Length>(4, 10));
}

TEST(TablePagePlan, NoGrowthAnywhereKeepsTheFullestBreak) {
  // A group of 30 rows cut by the page: the parts of 9 and 21 rows both hold
  // the 40 its label needs, as would fewer on the first page. Fullest wins.
  PlanInput in = rows_of_ten(30);
  in.groups.push_back({1, 31, 40, 40});
  EXPECT_EQ(ranges(plan_fragments(in, 100, 300)), (Ranges{{1, 10}, {10, 31}}));
}

TEST(TablePagePlan, RowsMovedOverAreBoundedByTheNextPage) {
  // A group of 30 rows, label at least 50; nine rows a page. The part after
  // the first break is counted only as far as the second page holds it,
  // which is full whatever the break: the first page keeps its nine (none
  // grows). The third takes seven, not nine, so that the last five rows of
  // the group, with the three after it, still hold the label (nine would
  // leave three rows grown to 50).
  PlanInput in = rows_of_ten(33);
  in.groups.push_back({1, 31, 50, 50});
  const std::vector<FragmentRows> plan = plan_fragments(in, 100, 100);
  EXPECT_EQ(ranges(plan), (Ranges{{1, 10}, {10, 19}, {19, 26}, {26, 34}}));
  for (const FragmentRows& f : plan) EXPECT_LE(10 + drawn(f), 100);
}

TEST(TablePagePlan, GrownRowsMoveTheBreak) {
  // Row 1, then a group over rows 2..12 whose label needs 65: each part of
  // it on the first page grows to 65, which with row 1 is more than the 70
  // there. Row 1 alone would be left before the break: the table moves.
  PlanInput in = rows_of_ten(12);
  in.groups.push_back({2, 13, 80, 65});
  const std::vector<FragmentRows> plan = plan_fragments(in, 80, 200);
  EXPECT_EQ(ranges(plan), (Ranges{{-1, 1}, {1, 13}}));
  // With row 1 and 2 before the group, the break comes before it.
  in.groups[0] = {3, 13, 80, 65};
  EXPECT_EQ(ranges(plan_fragments(in, 80, 200)), (Ranges{{1, 3}, {3, 13}}));
}

TEST(TablePagePlan, FragmentsWithGrownRowsStayWithinTheirPages) {
  // Labels of different sizes on overlapping groups, page after page.
  PlanInput in = rows_of_ten(40);
  in.groups.push_back({1, 30, 120, 70});
  in.groups.push_back({5, 41, 90, 45});
  in.groups.push_back({12, 14, 20, 20});
  for (Length first = 0; first <= 100; first += 5) {
    SCOPED_TRACE("first " + std::to_string(first));
    const std::vector<FragmentRows> plan = plan_fragments(in, first, 100);
    int next = 1;
    for (size_t i = 0; i < plan.size(); ++i) {
      const FragmentRows& f = plan[i];
      EXPECT_EQ(f.begin, next);
      next = f.end;
      if (f.empty) continue;
      EXPECT_EQ(f.heights.size(), static_cast<size_t>(f.end - f.begin));
      EXPECT_LE(10 + drawn(f), i == 0 ? first : 100);
      EXPECT_GE(f.end - f.begin, 2);
    }
    EXPECT_EQ(next, 41);
  }
}

TEST(TablePagePlan, HeaderOnlyTable) {
  EXPECT_EQ(ranges(plan_fragments(rows_of_ten(0, 2), 30, 100)), (Ranges{{2, 2}}));
  EXPECT_EQ(ranges(plan_fragments(rows_of_ten(0, 2), 10, 100)), (Ranges{{-1, 2}, {2, 2}}));
}

TEST(TablePagePlan, NoEmptyFirstFragmentAtThePageTop) {
  // The table already starts a page: deferring would only waste a page.
  PlanInput in = rows_of_ten(4);
  in.row_heights[1] = 85;
  EXPECT_EQ(ranges(plan_fragments(in, 100, 100)), (Ranges{{1, 2}, {2, 5}}));
}

}  // namespace
}  // namespace gongwen::layout::table
