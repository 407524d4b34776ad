#include "pdf/number_format.h"

#include <gtest/gtest.h>

namespace gongwen::pdf {
namespace {

TEST(NumberFormatTest, TrimsTrailingZerosAndPoint) {
  EXPECT_EQ(format_number(16.0), "16");
  EXPECT_EQ(format_number(0.5), "0.5");
  EXPECT_EQ(format_number(595.2755905), "595.276");
  EXPECT_EQ(format_number(12.9399), "12.94");
}

TEST(NumberFormatTest, NeverNegativeZeroNorExponent) {
  EXPECT_EQ(format_number(-0.0001), "0");
  EXPECT_EQ(format_number(-0.0), "0");
  EXPECT_EQ(format_number(1e-9), "0");
  EXPECT_EQ(format_number(123456789.0), "123456789");
  EXPECT_EQ(format_number(-2.5), "-2.5");
}

TEST(NumberFormatTest, QuantizeMatchesWhatIsWritten) {
  for (double v : {0.0004, 0.0005, 1.23456, -7.77777, 841.8897637795}) {
    EXPECT_DOUBLE_EQ(quantize(v), std::stod(format_number(v))) << v;
  }
}

TEST(NumberFormatTest, LayoutUnitsToPoints) {
  EXPECT_EQ(format_pt(from_pt(16)), "16");
  EXPECT_EQ(format_pt(512), "0.5");
  EXPECT_EQ(format_pt(from_mm(210)), "595.275");  // 609562/1024 pt
}

}  // namespace
}  // namespace gongwen::pdf
