// The title on the page (GB/T 9704 7.3.1): a long one-line title arranged
// into centred lines that never fill the measure; lines given one by one kept.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "font/test_fonts.h"
#include "layout/document_layout.h"
#include "model/load.h"
#include "style/style.h"
#include "text/breaks.h"

namespace gongwen::layout {
namespace {

using gongwen::testing::project_fonts;
using gongwen::testing::source_path;

struct TitleLine {
  std::string text;
  Length left = 0;
  Length right = 0;
  Length baseline = 0;
};

std::vector<TitleLine> title_lines(const std::string& title_yaml,
                                   const std::string& arrangement = "trapezoid") {
  const model::Document doc = model::load_document_from_string(
      "title: " + title_yaml + "\nbody: [正文。]\n", "title.yaml", source_path("styles"));
  style::Style style = style::load_style(source_path("styles/gbt9704.yaml"));
  if (arrangement == "diamond") style.title_arrangement = style::TitleArrangement::kDiamond;
  const display::Document out = layout_document(doc, style, project_fonts());
  std::vector<TitleLine> lines;
  for (const display::Item& item : out.pages.front().items) {
    const auto* run = std::get_if<display::GlyphRun>(&item);
    if (!run || run->size != style.title.size) continue;
    Length right = run->origin.x;
    for (const display::Glyph& g : run->glyphs) right += g.advance;
    if (lines.empty() || lines.back().baseline != run->origin.y) {
      lines.push_back({"", run->origin.x, right, run->origin.y});
    }
    lines.back().text += run->text;
    lines.back().right = right;
  }
  return lines;
}

const style::Style kStyle;

TEST(TitleLayout, LongTitleIsAThreeLineTrapezoidCentredOnThePage) {
  const std::vector<TitleLine> lines =
      title_lines("国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知");
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].text, "国务院办公厅政府信息与政务公开办公室");
  EXPECT_EQ(lines[1].text, "关于政府信息公开工作年度报告");
  EXPECT_EQ(lines[2].text, "有关事项的通知");
  const Length centre = kStyle.margin_left + kStyle.area_width / 2;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    // Centred, no line filling the measure (one title character free each end).
    EXPECT_LE(std::abs((lines[i].left + lines[i].right) / 2 - centre), 1) << i;
    EXPECT_GE(lines[i].left, kStyle.margin_left + kStyle.title.size) << i;
    if (i > 0) {
      EXPECT_EQ(lines[i].baseline - lines[i - 1].baseline, kStyle.title_line_pitch);
    }
  }
  EXPECT_GT(lines[0].right - lines[0].left, lines[1].right - lines[1].left);
  EXPECT_GT(lines[1].right - lines[1].left, lines[2].right - lines[2].left);
}

TEST(TitleLayout, DiamondArrangementOnRequest) {
  const std::vector<TitleLine> lines = title_lines(
      "国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知", "diamond");
  ASSERT_GE(lines.size(), 3u);
  // Short, longer, …, short: the first and last lines are the shortest.
  const auto width = [&](std::size_t i) { return lines[i].right - lines[i].left; };
  for (std::size_t i = 1; i + 1 < lines.size(); ++i) {
    EXPECT_GT(width(i), width(0)) << i;
    EXPECT_GT(width(i), width(lines.size() - 1)) << i;
  }
}

TEST(TitleLayout, ShortTitleStaysOneLine) {
  EXPECT_EQ(title_lines("关于开展政务公开工作检查的通知").size(), 1u);
}

TEST(TitleLayout, LinesGivenOneByOneAreKept) {
  const std::vector<TitleLine> lines =
      title_lines("[济宁市信访局, 2020年度政府信息公开工作年度报告]");
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].text, "济宁市信访局");
  EXPECT_EQ(lines[1].text, "2020年度政府信息公开工作年度报告");
}

}  // namespace
}  // namespace gongwen::layout
