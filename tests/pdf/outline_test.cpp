#include "pdf/outline.h"

#include <gtest/gtest.h>

namespace gongwen::pdf {
namespace {

std::vector<display::OutlineEntry> entries(std::vector<int> levels) {
  std::vector<display::OutlineEntry> out;
  for (int l : levels) out.push_back({"x", l, 0, 0});
  return out;
}

TEST(OutlineTest, NestsByLevel) {
  EXPECT_EQ(outline_parents(entries({1, 2, 2, 1, 2})), (std::vector<int>{-1, 0, 0, -1, 3}));
}

TEST(OutlineTest, SkippedLevelNestsUnderNearestHigherLevel) {
  EXPECT_EQ(outline_parents(entries({1, 3, 2, 3})), (std::vector<int>{-1, 0, 0, 2}));
}

TEST(OutlineTest, DeeperFirstEntryStaysTopLevel) {
  EXPECT_EQ(outline_parents(entries({2, 1, 2})), (std::vector<int>{-1, -1, 1}));
}

}  // namespace
}  // namespace gongwen::pdf
