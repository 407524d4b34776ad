#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "font/test_fonts.h"
#include "layout/chart/chart.h"
#include "layout/chart/chart_style.h"

namespace gongwen::layout {
namespace {

struct ChartBars : ::testing::Test {
  style::Style style;
  FontTable font_table;
  Context ctx{style, testing::project_fonts(), font_table};

  static model::Chart seed() {
    model::Chart c;
    c.title = "信息公开情况";
    c.categories = {"规范性文件", "政策解读",   "局党组扩大会议",
                    "业务动态",   "微信公众号", "今日头条"};
    c.series.push_back({c.title, {1, 6, 7, 15, 37, 137}, {}});
    return c;
  }
  static model::Chart grouped() {
    model::Chart c;
    c.kind = model::Chart::Kind::kGroupedBar;
    c.title = "主动公开政府信息情况";
    c.categories = {"规章", "规范性文件", "政策解读"};
    c.series = {{"2019年", {2, 9, 31}, {}}, {"2020年", {1, 6, 42}, {}}};
    return c;
  }
  // Bars are the boxes taller than a legend swatch or lying in the plot.
  static std::vector<display::Box> boxes(const Block& block) {
    std::vector<display::Box> out;
    for (const display::Item& item : block.items) {
      if (auto* b = std::get_if<display::Box>(&item)) out.push_back(*b);
    }
    return out;
  }
  // The runs' text, each run between bars ("|137|"), or all run together.
  static std::string text(const Block& block, const char* separator = "|") {
    std::string out = separator;
    for (const display::Item& item : block.items) {
      if (auto* run = std::get_if<display::GlyphRun>(&item)) out += run->text + separator;
    }
    return out;
  }
};

TEST_F(ChartBars, BarHeightsAreProportionalToTheValues) {
  const model::Chart c = seed();
  const Block block = layout_chart(ctx, c, style.area_width);
  const std::vector<display::Box> bars = boxes(block);
  ASSERT_EQ(bars.size(), 6u);
  const std::vector<double>& v = c.series[0].values;
  // All stand on the same axis; heights follow the values to the unit.
  const Length axis = bars[0].rect.y + bars[0].rect.h;
  Length plot = 0;  // height of the top tick (140), from the 137 bar
  plot = static_cast<Length>(std::llround(static_cast<double>(bars[5].rect.h) * 140.0 / 137.0));
  for (std::size_t i = 0; i < bars.size(); ++i) {
    EXPECT_EQ(bars[i].rect.y + bars[i].rect.h, axis);
    EXPECT_NEAR(static_cast<double>(bars[i].rect.h), v[i] / 140.0 * static_cast<double>(plot), 1.5)
        << i;
  }
  // Bars are evenly spaced and equally wide, left to right in category order.
  for (std::size_t i = 1; i < bars.size(); ++i) {
    EXPECT_NEAR(static_cast<double>(bars[i].rect.w), static_cast<double>(bars[0].rect.w), 1);
    EXPECT_GT(bars[i].rect.x, bars[i - 1].rect.x + bars[i - 1].rect.w);
  }
}

TEST_F(ChartBars, TheTopTickIsAGridlineAtTheScaledHeight) {
  const Block block = layout_chart(ctx, seed(), style.area_width);
  const std::vector<display::Box> bars = boxes(block);
  const Length axis = bars[0].rect.y + bars[0].rect.h;
  std::set<Length> gridlines;
  for (const display::Item& item : block.items) {
    if (auto* l = std::get_if<display::Line>(&item)) {
      if (l->from.y == l->to.y && l->width == from_pt(0.25)) gridlines.insert(axis - l->from.y);
    }
  }
  ASSERT_FALSE(gridlines.empty());
  const Length top = *gridlines.rbegin();
  // 0, 20 … 140 or 0, 50 … 150: the 137 bar is as tall as 137 of the top tick's value.
  const double top_value = gridlines.size() == 7 ? 140 : 150;
  EXPECT_NEAR(static_cast<double>(bars[5].rect.h), 137 / top_value * static_cast<double>(top), 1);
}

TEST_F(ChartBars, OneSeriesIsOneColourAndLabelsAreText) {
  const Block block = layout_chart(ctx, seed(), style.area_width);
  std::set<std::tuple<int, int, int>> fills;
  for (const display::Box& b : boxes(block)) fills.insert({b.fill->r, b.fill->g, b.fill->b});
  EXPECT_EQ(fills.size(), 1u);
  const std::string t = text(block);
  for (const char* s :
       {"信息公开情况", "规范性文件", "今日头条", "|137|", "|37|", "|1|", "|140|"}) {
    EXPECT_NE(t.find(s), std::string::npos) << s << " in " << t;
  }
}

TEST_F(ChartBars, TheChartsOwnColorsReplaceThePalette) {
  model::Chart c = grouped();
  c.colors = {0x102030, 0xA0B0C0, 0xFFFFFF};
  const std::vector<display::Box> all = boxes(layout_chart(ctx, c, style.area_width));
  ASSERT_EQ(all.size(), 3u * 2u + 2u);
  for (std::size_t i = 0; i < 4; ++i) {  // three groups of bars, then the legend
    EXPECT_EQ(*all[2 * i].fill, (display::Color{0x10, 0x20, 0x30})) << i;
    EXPECT_EQ(*all[2 * i + 1].fill, (display::Color{0xA0, 0xB0, 0xC0})) << i;
  }
  // One series of bars takes the first colour.
  model::Chart one = seed();
  one.colors = {0x8F3F24};
  for (const display::Box& b : boxes(layout_chart(ctx, one, style.area_width))) {
    EXPECT_EQ(*b.fill, (display::Color{0x8F, 0x3F, 0x24}));
  }
}

TEST_F(ChartBars, HeightIsTheDefaultOrTheAskedNumberOfGridLines) {
  model::Chart c = seed();
  EXPECT_EQ(layout_chart(ctx, c, style.area_width).height, style.line_pitch() * 10);
  c.height_lines = 13;
  EXPECT_EQ(layout_chart(ctx, c, style.area_width).height, style.line_pitch() * 13);
}

TEST_F(ChartBars, GroupedBarsHaveOneColourPerSeriesAndALegend) {
  const model::Chart c = grouped();
  const Block block = layout_chart(ctx, c, style.area_width);
  const std::vector<display::Box> all = boxes(block);
  ASSERT_EQ(all.size(), 3u * 2u + 2u);  // bars, then the legend's swatches
  const chart::ChartStyle cs = chart::chart_style(style);
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(*all[2 * i].fill, cs.palette[0]);
    EXPECT_EQ(*all[2 * i + 1].fill, cs.palette[1]);
    // The two bars of a group touch; each series keeps its order.
    EXPECT_EQ(all[2 * i].rect.x + all[2 * i].rect.w, all[2 * i + 1].rect.x);
  }
  EXPECT_EQ(*all[6].fill, cs.palette[0]);  // legend swatches
  EXPECT_EQ(*all[7].fill, cs.palette[1]);
  const std::string t = text(block, "");
  EXPECT_NE(t.find("2019年"), std::string::npos);
  EXPECT_NE(t.find("2020年"), std::string::npos);
  // 42 is the tallest bar; 31 of the same axis is shorter in proportion.
  EXPECT_NEAR(static_cast<double>(all[4].rect.h) * 42, static_cast<double>(all[5].rect.h) * 31, 42);
}

TEST_F(ChartBars, NegativeValuesHangBelowTheZeroAxis) {
  model::Chart c;
  c.title = "增减";
  c.categories = {"甲", "乙", "丙"};
  c.series.push_back({"", {12, -8, 5}, {}});
  const Block block = layout_chart(ctx, c, style.area_width);
  const std::vector<display::Box> bars = boxes(block);
  ASSERT_EQ(bars.size(), 3u);
  const Length zero = bars[0].rect.y + bars[0].rect.h;
  EXPECT_EQ(bars[1].rect.y, zero);
  EXPECT_EQ(bars[2].rect.y + bars[2].rect.h, zero);
  EXPECT_NEAR(static_cast<double>(bars[1].rect.h) * 12, static_cast<double>(bars[0].rect.h) * 8,
              12);
  EXPECT_NE(text(block).find("|-8|"), std::string::npos);
}

TEST_F(ChartBars, HorizontalBarsGrowFromTheLabelColumn) {
  model::Chart c = seed();
  c.kind = model::Chart::Kind::kHorizontalBar;
  const Block block = layout_chart(ctx, c, style.area_width);
  const std::vector<display::Box> bars = boxes(block);
  ASSERT_EQ(bars.size(), 6u);
  for (std::size_t i = 0; i < bars.size(); ++i) {
    EXPECT_EQ(bars[i].rect.x, bars[0].rect.x);
    EXPECT_EQ(bars[i].rect.h, bars[0].rect.h);
    if (i > 0) {
      EXPECT_GT(bars[i].rect.y, bars[i - 1].rect.y);  // top to bottom in category order
    }
  }
  EXPECT_NEAR(static_cast<double>(bars[5].rect.w) * 15, static_cast<double>(bars[3].rect.w) * 137,
              137);
}

TEST_F(ChartBars, PaletteStaysDistinctInGreyscale) {
  const chart::ChartStyle cs = chart::chart_style(style);
  ASSERT_GE(cs.palette.size(), 6u);
  for (std::size_t i = 0; i < cs.palette.size(); ++i) {
    for (std::size_t j = i + 1; j < cs.palette.size(); ++j) {
      const double d = std::abs(chart::lightness(cs.palette[i]) - chart::lightness(cs.palette[j]));
      EXPECT_GE(d, j == i + 1 ? 20.0 : 10.0) << i << " " << j;
    }
  }
  EXPECT_NEAR(chart::lightness({0, 0, 0}), 0, 1e-9);
  EXPECT_NEAR(chart::lightness({255, 255, 255}), 100, 1e-6);
}

}  // namespace
}  // namespace gongwen::layout
