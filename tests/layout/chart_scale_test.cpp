#include "layout/chart/scale.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace gongwen::layout::chart {
namespace {

std::vector<std::string> labels(const Scale& s) {
  std::vector<std::string> out;
  for (int i = 0; i <= s.intervals; ++i) out.push_back(s.tick_label(i));
  return out;
}

TEST(ChartScale, SeedMaximumGetsStepsOfTwentyOrFifty) {
  EXPECT_EQ(labels(nice_scale(0, 137, 7)),
            (std::vector<std::string>{"0", "20", "40", "60", "80", "100", "120", "140"}));
  EXPECT_EQ(labels(nice_scale(0, 137, 5)), (std::vector<std::string>{"0", "50", "100", "150"}));
}

TEST(ChartScale, StepsAreOneTwoOrFiveTimesAPowerOfTen) {
  for (double hi : {0.07, 0.9, 3.0, 17.0, 99.0, 101.0, 4321.0, 1e9}) {
    for (int max : {2, 4, 6, 8}) {
      const Scale s = nice_scale(0, hi, max);
      EXPECT_TRUE(s.mantissa == 1 || s.mantissa == 2 || s.mantissa == 5) << hi;
      EXPECT_LE(s.intervals, max) << hi;
      EXPECT_GE(s.high(), hi) << hi << " " << max;
      EXPECT_EQ(s.low(), 0);
      EXPECT_LT(s.high() - s.step(), hi) << hi << " " << max;  // no empty interval on top
      // The smallest such step: the next smaller nice step needs too many intervals.
      const double smaller = s.mantissa == 1   ? s.step() / 2
                             : s.mantissa == 2 ? s.step() / 2
                                               : s.step() * 2 / 5;
      EXPECT_GT(std::ceil(hi / smaller - 1e-9), max) << hi << " " << max;
    }
  }
}

TEST(ChartScale, AValueOnATickNeedsNoExtraInterval) {
  const Scale s = nice_scale(0, 140, 7);
  EXPECT_EQ(s.intervals, 7);
  EXPECT_EQ(s.high(), 140);
  EXPECT_EQ(nice_scale(0, 0.3, 3).tick_label(3), "0.3");  // 0.1 × 3 is not 0.30000000000000004
}

TEST(ChartScale, DecimalStepsPrintTheirDecimals) {
  EXPECT_EQ(labels(nice_scale(0, 0.9, 5)),
            (std::vector<std::string>{"0.0", "0.2", "0.4", "0.6", "0.8", "1.0"}));
}

TEST(ChartScale, NegativeValuesExtendTheAxisBelowZero) {
  const Scale s = nice_scale(-30, 75, 6);
  EXPECT_EQ(labels(s), (std::vector<std::string>{"-40", "-20", "0", "20", "40", "60", "80"}));
}

TEST(ChartScale, AllZeroDataStillHasAnAxis) {
  const Scale s = nice_scale(0, 0, 5);
  EXPECT_EQ(s.low(), 0);
  EXPECT_EQ(s.high(), 1);
}

TEST(ChartScale, OffsetsAreProportionalAndEndsExact) {
  const Scale s = nice_scale(0, 137, 7);
  const Length length = from_pt(200);
  EXPECT_EQ(s.offset(0, length), 0);
  EXPECT_EQ(s.offset(140, length), length);
  EXPECT_EQ(s.offset(70, length), length / 2);
  EXPECT_EQ(s.offset(137, length), std::llround(137.0 / 140.0 * static_cast<double>(length)));
}

TEST(ChartScale, ValuesPrintWithAtMostTwoDecimals) {
  EXPECT_EQ(format_value(137), "137");
  EXPECT_EQ(format_value(12.5), "12.5");
  EXPECT_EQ(format_value(1.0 / 3.0), "0.33");
  EXPECT_EQ(format_value(-0.0001), "0");
  EXPECT_EQ(format_value(-7.25), "-7.25");
}

}  // namespace
}  // namespace gongwen::layout::chart
