#include "pdf/cid_widths.h"

#include <gtest/gtest.h>

#include <random>

namespace gongwen::pdf {
namespace {

TEST(CidWidthsTest, MostCommonWidthBecomesDefaultAndIsLeftOut) {
  const CidWidths w = build_cid_widths({{1, 1000}, {2, 1000}, {3, 500}, {9, 1000}});
  EXPECT_EQ(w.default_width, 1000);
  EXPECT_EQ(cid_widths_syntax(w), "[3 [500]]");
}

TEST(CidWidthsTest, ConsecutiveCodesShareOneListAndEqualRunsBecomeRanges) {
  const CidWidths w = build_cid_widths({{0, 1000},
                                        {1, 1000},
                                        {5, 1000},
                                        {2, 1000},
                                        {10, 250},
                                        {11, 277.832},
                                        {20, 500},
                                        {21, 500},
                                        {22, 500},
                                        {23, 600}});
  EXPECT_EQ(cid_widths_syntax(w), "[10 [250 277.832] 20 22 500 23 [600]]");
}

TEST(CidWidthsTest, ReaderGetsBackEveryWidth) {
  std::mt19937 rng(42);
  std::map<std::uint16_t, double> widths;
  std::uint16_t code = 0;
  for (int i = 0; i < 2000; ++i) {
    code += static_cast<std::uint16_t>(1 + rng() % 3);
    const double choices[] = {1000, 500, 333.008, 250, 1000, 1000};
    widths[code] = choices[rng() % 6];
  }
  const CidWidths w = build_cid_widths(widths);
  for (const auto& [c, width] : widths) EXPECT_EQ(w.width_of(c), width) << c;
}

TEST(CidWidthsTest, TiesPickTheSmallerDefault) {
  EXPECT_EQ(build_cid_widths({{1, 1000}, {2, 500}}).default_width, 500);
}

TEST(CidWidthsTest, EmptyInput) {
  const CidWidths w = build_cid_widths({});
  EXPECT_TRUE(w.entries.empty());
  EXPECT_EQ(cid_widths_syntax(w), "[]");
}

}  // namespace
}  // namespace gongwen::pdf
