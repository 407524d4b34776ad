#include "layout/block/page_builder.h"

#include <gtest/gtest.h>

namespace gongwen::layout {
namespace {

Line line_with_text(const std::string& text) {
  Line line;
  display::GlyphRun run;
  run.text = text;
  run.glyphs = {{1, from_pt(16), 0, 0, 0}};
  line.runs.push_back(run);
  return line;
}

int count_runs(const display::Page& page) {
  int n = 0;
  for (const display::Item& item : page.items) n += std::holds_alternative<display::GlyphRun>(item);
  return n;
}

TEST(PageBuilder, TwentyTwoLinesPerPageOnTheGrid) {
  style::Style style;
  PageBuilder pages(style);
  for (int i = 0; i < 23; ++i) pages.place_line(line_with_text("字"), 0, from_pt(14));
  std::vector<display::Page> out = pages.take_pages();
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(count_runs(out[0]), 22);
  EXPECT_EQ(count_runs(out[1]), 1);
  // Baselines step by exactly the line pitch from the type area's top.
  int k = 0;
  for (const display::Item& item : out[0].items) {
    if (auto* run = std::get_if<display::GlyphRun>(&item)) {
      EXPECT_EQ(run->origin.y, style.margin_top + k * style.line_pitch() + from_pt(14));
      EXPECT_EQ(run->origin.x, style.margin_left);
      ++k;
    }
  }
}

TEST(PageBuilder, BlocksEndOffGridAndTextResumesOnTheNextLine) {
  style::Style style;
  PageBuilder pages(style);
  pages.place_line(line_with_text("a"), 0, 0);
  Block block{style.area_width, style.line_pitch() * 3 / 2, {}};
  pages.place_block(block, 0);
  EXPECT_EQ(pages.next_slot(), 3);  // 1 line + 1.5 lines, rounded up
}

// A table ending just above a grid line would have the next heading touch its
// bottom rule: text then starts a line further down.
TEST(PageBuilder, KeepSpaceSkipsAGridLineTooCloseBelowABlock) {
  style::Style style;
  const Length pitch = style.line_pitch();
  PageBuilder close(style);
  close.place_block(Block{style.area_width, 2 * pitch - from_pt(2), {}}, 0);
  close.keep_space(from_pt(6));
  EXPECT_EQ(close.next_slot(), 3);  // 2 pt to line 2 is too little: line 3

  PageBuilder roomy(style);
  roomy.place_block(Block{style.area_width, 2 * pitch - from_pt(8), {}}, 0);
  roomy.keep_space(from_pt(6));
  EXPECT_EQ(roomy.next_slot(), 2);
}

TEST(PageBuilder, ATagStaysOpenAcrossAPageBreak) {
  style::Style style;
  PageBuilder pages(style);
  pages.begin_tag("P");
  for (int i = 0; i < 23; ++i) pages.place_line(line_with_text("字"), 0, 0);
  pages.end_tag();
  std::vector<display::Page> out = pages.take_pages();
  ASSERT_EQ(out.size(), 2u);
  EXPECT_TRUE(std::holds_alternative<display::TagBegin>(out[0].items.front()));
  EXPECT_TRUE(std::holds_alternative<display::GlyphRun>(out[0].items.back()));
  EXPECT_TRUE(std::holds_alternative<display::GlyphRun>(out[1].items.front()));
  EXPECT_TRUE(std::holds_alternative<display::TagEnd>(out[1].items.back()));
}

TEST(PageBuilder, NeedSlotsKeepsLinesTogether) {
  style::Style style;
  PageBuilder pages(style);
  for (int i = 0; i < 20; ++i) pages.place_line(line_with_text("字"), 0, 0);
  pages.need_slots(3);  // only 2 left
  EXPECT_EQ(pages.page_count(), 2);
  EXPECT_EQ(pages.next_slot(), 0);
}

}  // namespace
}  // namespace gongwen::layout
