#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "font/test_fonts.h"
#include "layout/chart/chart.h"
#include "util/error.h"

namespace gongwen::layout {
namespace {

struct ChartValidation : ::testing::Test {
  style::Style style;
  FontTable font_table;
  Context ctx{style, testing::project_fonts(), font_table};

  static model::Chart chart() {
    model::Chart c;
    c.title = "信息公开情况";
    c.pos = {"report.yaml", 40, 5};
    c.categories = {"规范性文件", "政策解读", "业务动态"};
    c.series.push_back({c.title, {1, 6, 15}, {"report.yaml", 44, 15}});
    return c;
  }
  // The message of the InputError laying `c` out throws, checked to point at `line`.
  std::string error(const model::Chart& c, int line) {
    try {
      layout_chart(ctx, c, style.area_width);
    } catch (const InputError& e) {
      EXPECT_EQ(e.where().line, line) << e.what();
      return e.what();
    }
    ADD_FAILURE() << "no InputError";
    return "";
  }
  static bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
  }
};

TEST_F(ChartValidation, NoCategory) {
  model::Chart c = chart();
  c.categories.clear();
  c.series[0].values.clear();
  const std::string e = error(c, 40);
  EXPECT_TRUE(has(e, "report.yaml:40:5: ")) << e;
  EXPECT_TRUE(has(e, "at least one category")) << e;
}

TEST_F(ChartValidation, ValuesAndCategoriesDiffer) {
  model::Chart c = chart();
  c.series[0].values.push_back(3);
  const std::string e = error(c, 44);
  EXPECT_TRUE(has(e, "4 values but there are 3 categories")) << e;
}

TEST_F(ChartValidation, ValueNotANumber) {
  model::Chart c = chart();
  c.series[0].values[1] = std::numeric_limits<double>::quiet_NaN();
  EXPECT_TRUE(has(error(c, 44), "the value for \"政策解读\" is not a number"));
  c.series[0].values[1] = std::numeric_limits<double>::infinity();
  EXPECT_TRUE(has(error(c, 44), "is not a number"));
  c.series[0].values[1] = 1e16;
  EXPECT_TRUE(has(error(c, 44), "too large"));
}

TEST_F(ChartValidation, NegativeOrAllZeroPie) {
  model::Chart c = chart();
  c.kind = model::Chart::Kind::kPie;
  c.series[0].values[2] = -1;
  EXPECT_TRUE(has(error(c, 44), "\"业务动态\" is negative"));
  c.series[0].values = {0, 0, 0};
  EXPECT_TRUE(has(error(c, 44), "every value of the pie chart is zero"));
}

TEST_F(ChartValidation, SeveralSeriesOnlyInAGroupedChart) {
  model::Chart c = chart();
  c.series.push_back({"2019年", {1, 2, 3}, {}});
  EXPECT_TRUE(has(error(c, 40), "use kind: grouped"));
  c.kind = model::Chart::Kind::kGroupedBar;
  EXPECT_NO_THROW(layout_chart(ctx, c, style.area_width));
}

TEST_F(ChartValidation, NoMoreSeriesThanDistinctColours) {
  model::Chart c = chart();
  c.kind = model::Chart::Kind::kGroupedBar;
  for (int i = 0; i < 6; ++i) c.series.push_back({"系列", {1, 2, 3}, {}});
  EXPECT_TRUE(has(error(c, 40), "at most 6 series"));
}

TEST_F(ChartValidation, TooFewGridLinesForTheLabels) {
  model::Chart c = chart();
  c.height_lines = 2;
  const std::string e = error(c, 40);
  EXPECT_TRUE(has(e, "height_lines is 2; write height_lines: ")) << e;
}

TEST_F(ChartValidation, MoreCategoriesThanAPageHolds) {
  model::Chart c = chart();
  c.kind = model::Chart::Kind::kHorizontalBar;
  c.categories.clear();
  c.series[0].values.clear();
  for (int i = 0; i < 60; ++i) {
    c.categories.push_back("类别" + std::to_string(i));
    c.series[0].values.push_back(i);
  }
  EXPECT_TRUE(has(error(c, 40), "but a page has 22"));
}

}  // namespace
}  // namespace gongwen::layout
