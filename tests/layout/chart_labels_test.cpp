#include <gtest/gtest.h>

#include <set>

#include "font/test_fonts.h"
#include "layout/chart/chart.h"
#include "layout/chart/label_text.h"
#include "util/error.h"

namespace gongwen::layout {
namespace {

struct ChartLabels : ::testing::Test {
  style::Style style;
  FontTable font_table;
  Context ctx{style, testing::project_fonts(), font_table};
  chart::LabelText labels{ctx, style.chart, {"chart.yaml", 3, 5}};

  static std::string text_of(const chart::TextLine& line) {
    std::string out;
    for (const display::GlyphRun& run : line.runs) out += run.text;
    return out;
  }
  std::vector<std::string> wrapped(const std::string& text, int chars) {
    std::vector<std::string> out;
    for (const chart::TextLine& line : labels.wrap(text, style.chart.size * chars)) {
      out.push_back(text_of(line));
    }
    return out;
  }
};

TEST_F(ChartLabels, ChineseWrapsAtCharactersIntoBalancedLines) {
  EXPECT_EQ(wrapped("局党组扩大会议", 6), (std::vector<std::string>{"局党组扩", "大会议"}));
  EXPECT_EQ(wrapped("局党组扩大会议", 7), (std::vector<std::string>{"局党组扩大会议"}));
  EXPECT_EQ(wrapped("本机关不掌握相关政府信息", 5),
            (std::vector<std::string>{"本机关不", "掌握相关", "政府信息"}));
}

TEST_F(ChartLabels, PunctuationNeverStartsALine) {
  for (const std::string& line : wrapped("无法提供，本机关不掌握", 4)) {
    EXPECT_NE(line.rfind("，", 0), 0u) << line;
  }
}

TEST_F(ChartLabels, LatinAndDigitsUseTheLatinFaceAndStayWhole) {
  const chart::TextLine line = labels.set("2020年");
  ASSERT_EQ(line.runs.size(), 2u);
  EXPECT_EQ(line.runs[0].text, "2020");
  EXPECT_EQ(line.runs[1].text, "年");
  EXPECT_NE(line.runs[0].font, line.runs[1].font);
  EXPECT_EQ(
      line.runs[1].origin.x, line.runs[0].origin.x + [&] {
        Length w = 0;
        for (const auto& g : line.runs[0].glyphs) w += g.advance;
        return w;
      }());
  // A word wider than the measure stays whole on its own line.
  EXPECT_EQ(wrapped("WeChat公众号", 1).front(), "WeChat");
}

TEST_F(ChartLabels, GlyphsAreRealGlyphsWithClustersIntoTheText) {
  const chart::TextLine line = labels.set("政策解读");
  ASSERT_EQ(line.runs.size(), 1u);
  ASSERT_EQ(line.runs[0].glyphs.size(), 4u);
  for (std::size_t i = 0; i < 4; ++i) {
    EXPECT_NE(line.runs[0].glyphs[i].id, 0u);
    EXPECT_EQ(line.runs[0].glyphs[i].cluster, 3 * i);  // UTF-8 byte offsets
  }
  EXPECT_EQ(line.width, style.chart.size * 4);  // full-width characters, one em each
}

TEST_F(ChartLabels, UncoveredCharacterIsAnInputErrorAtTheChart) {
  try {
    labels.set("规范\U000F0000");
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_EQ(e.where().line, 3);
    EXPECT_NE(std::string(e.what()).find("U+F0000"), std::string::npos) << e.what();
  }
}

// Under vertical bars labels take at most three lines; longer ones make the
// chart lie down (horizontal bars, labels in a column on the left).
TEST_F(ChartLabels, LabelsTooLongForVerticalBarsTurnTheChartHorizontal) {
  model::Chart c;
  c.title = "申请的处理结果";
  c.categories = {"予以公开",
                  "部分公开（区分处理的，只计这一情形，不计其他情形）",
                  "不予公开",
                  "无法提供",
                  "不予处理",
                  "其他处理",
                  "因申请人原因无法处理",
                  "其他"};
  c.series.push_back({c.title, {128, 17, 9, 42, 6, 3, 2, 1}, {}});
  const Block block = layout_chart(ctx, c, style.area_width);
  std::vector<Rect> bars;
  for (const display::Item& item : block.items) {
    if (auto* b = std::get_if<display::Box>(&item)) bars.push_back(b->rect);
  }
  ASSERT_EQ(bars.size(), 8u);
  for (const Rect& r : bars) {
    EXPECT_EQ(r.x, bars[0].x);  // all start at the same value axis
    EXPECT_EQ(r.h, bars[0].h);  // and are equally thick
  }
  EXPECT_EQ(block.height % style.line_pitch(), 0);
}

TEST_F(ChartLabels, ShortLabelsStayUnderVerticalBarsInAtMostThreeLines) {
  model::Chart c;
  c.title = "信息公开情况";
  c.categories = {"规范性文件", "政策解读", "局党组扩大会议", "业务动态", "微信公众号", "今日头条"};
  c.series.push_back({c.title, {1, 6, 7, 15, 37, 137}, {}});
  const Block block = layout_chart(ctx, c, style.area_width);
  Length first_bar_x = -1;
  int label_lines_below_axis = 0;
  Length axis = 0;
  for (const display::Item& item : block.items) {
    if (auto* b = std::get_if<display::Box>(&item)) {
      if (first_bar_x < 0) first_bar_x = b->rect.x;
      axis = b->rect.y + b->rect.h;
    }
  }
  std::set<Length> baselines;
  for (const display::Item& item : block.items) {
    if (auto* run = std::get_if<display::GlyphRun>(&item)) {
      if (run->origin.y > axis && run->text != "0") baselines.insert(run->origin.y);
    }
  }
  label_lines_below_axis = static_cast<int>(baselines.size());
  EXPECT_GE(label_lines_below_axis, 1);
  EXPECT_LE(label_lines_below_axis, 3);
}

}  // namespace
}  // namespace gongwen::layout
