#include <gtest/gtest.h>

#include "font/test_fonts.h"
#include "layout/chart/captions.h"
#include "layout/chart/chart.h"

namespace gongwen::layout {
namespace {

model::Chart seed() {
  model::Chart c;
  c.title = "信息公开情况";
  c.categories = {"规范性文件", "政策解读", "局党组扩大会议", "业务动态", "微信公众号", "今日头条"};
  c.series.push_back({c.title, {1, 6, 7, 15, 37, 137}, {}});
  return c;
}

TEST(ChartAltText, StatesEveryCategoryWithItsValue) {
  EXPECT_EQ(chart::alt_text(seed()),
            "信息公开情况：规范性文件1，政策解读6，局党组扩大会议7，业务动态15，微信公众号37，今日"
            "头条137");
}

TEST(ChartAltText, UnitGoesIntoTheTitleLine) {
  model::Chart c = seed();
  c.unit = "条";
  EXPECT_EQ(chart::title_line(c), "信息公开情况（单位：条）");
  EXPECT_EQ(chart::alt_text(c).rfind("信息公开情况（单位：条）：规范性文件1，", 0), 0u);
  c.title.clear();
  EXPECT_EQ(chart::title_line(c), "单位：条");
  EXPECT_EQ(chart::alt_text(c).rfind("柱状图（单位：条）：规范性文件1", 0), 0u);
}

TEST(ChartAltText, GroupedListsEachCategorysSeries) {
  model::Chart c;
  c.kind = model::Chart::Kind::kGroupedBar;
  c.title = "申请情况";
  c.categories = {"收到", "办结"};
  c.series = {{"2019年", {3, 2.5}, {}}, {"2020年", {5, 4}, {}}};
  EXPECT_EQ(chart::alt_text(c), "申请情况。收到：2019年3，2020年5；办结：2019年2.5，2020年4");
}

TEST(ChartAltText, PieAddsShares) {
  model::Chart c;
  c.kind = model::Chart::Kind::kPie;
  c.title = "渠道";
  c.categories = {"网站", "Q1"};
  c.series.push_back({c.title, {1, 3}, {}});
  EXPECT_EQ(chart::alt_text(c), "渠道：网站1（25.0%），Q1 3（75.0%）");
}

TEST(ChartAltText, TheBlockIsOneFigureWithTheAltText) {
  style::Style style;
  FontTable font_table;
  Context ctx{style, testing::project_fonts(), font_table};
  const Block block = layout_chart(ctx, seed(), style.area_width);
  const auto* begin = std::get_if<display::TagBegin>(&block.items.front());
  ASSERT_NE(begin, nullptr);
  EXPECT_EQ(begin->role, "Figure");
  ASSERT_EQ(begin->attributes.size(), 1u);
  EXPECT_EQ(begin->attributes[0].key, "Alt");
  EXPECT_EQ(begin->attributes[0].value, chart::alt_text(seed()));
  EXPECT_TRUE(std::holds_alternative<display::TagEnd>(block.items.back()));
  for (std::size_t i = 1; i + 1 < block.items.size(); ++i) {
    EXPECT_FALSE(std::holds_alternative<display::TagBegin>(block.items[i]));
    EXPECT_FALSE(std::holds_alternative<display::TagEnd>(block.items[i]));
  }
}

}  // namespace
}  // namespace gongwen::layout
