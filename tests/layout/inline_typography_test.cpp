// The typography options of inline layout (all off for 公文): punctuation
// compression inside lines, half-width line-end marks, Han–Latin space and
// faux bold.
#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "font/test_fonts.h"
#include "layout/inline/inline.h"
#include "text/breaks.h"

namespace gongwen::layout {
namespace {

using gongwen::testing::project_fonts;

// Where each character's glyph starts (pen plus offset) and the pen advance
// after it, from the runs as the PDF writer reads them.
struct Placed {
  char32_t c;
  Length x;        // pen position before the glyph
  Length ink_x;    // pen position plus the glyph's offset
  Length advance;  // pen advance after the glyph
};

std::vector<Placed> placed(const Line& line) {
  std::vector<Placed> out;
  for (const display::GlyphRun& run : line.runs) {
    const std::u32string text = text::to_u32(run.text);
    Length x = run.origin.x;
    for (std::size_t i = 0; i < run.glyphs.size(); ++i) {
      const display::Glyph& g = run.glyphs[i];
      // One glyph per character in these samples.
      out.push_back({text[i], x, x + g.x_offset, g.advance});
      x += g.advance;
    }
  }
  return out;
}

Length right_edge(const Line& line) {
  const std::vector<Placed> p = placed(line);
  return p.back().x + p.back().advance;
}

struct Typography : ::testing::Test {
  style::Style style;
  FontTable table;
  Context ctx{style, project_fonts(), table};
  Length cell = style.char_pitch();

  InlineParams params() const {
    InlineParams p;
    p.cell = cell;
    p.measure = cell * style.chars_per_line;
    return p;
  }
  std::vector<Line> lay(const std::string& text, const InlineParams& p,
                        style::TextStyle text_style = {"body", from_pt(16), {}}) {
    return layout_inline(ctx, {{text, text_style, {"t.yaml", 1, 1}}}, p);
  }
};

TEST_F(Typography, QuanjiaoKeepsEveryMarkInAFullCell) {
  const std::vector<Placed> p = placed(lay("政府，信息。（公开）", params()).front());
  for (const Placed& g : p) EXPECT_EQ(g.advance, cell) << text::to_utf8(std::u32string(1, g.c));
}

TEST_F(Typography, BanjiaoHalvesEveryMarkOnItsBlankSide) {
  InlineParams p = params();
  p.punctuation = style::Punctuation::kBanjiao;
  const std::vector<Placed> g = placed(lay("政府，信息。（公开）", p).front());
  ASSERT_EQ(g.size(), 10u);
  EXPECT_EQ(g[2].advance, cell - cell / 2);  // ， ink on the left: its right half goes
  EXPECT_EQ(g[2].ink_x, g[2].x);
  EXPECT_EQ(g[5].advance, cell - cell / 2);  // 。
  EXPECT_EQ(g[6].advance, cell - cell / 2);  // （ ink on the right: drawn half a cell left
  EXPECT_EQ(g[6].ink_x, g[6].x - cell / 2);
  EXPECT_EQ(g[9].advance, cell - cell / 2);  // ）
  EXPECT_EQ(g[3].x, g[0].x + 2 * cell + (cell - cell / 2));
}

TEST_F(Typography, KaimingKeepsSentenceEndsFull) {
  InlineParams p = params();
  p.punctuation = style::Punctuation::kKaiming;
  const std::vector<Placed> g = placed(lay("政府，信息。公开？是！《条例》", p).front());
  EXPECT_EQ(g[2].advance, cell - cell / 2);   // ，
  EXPECT_EQ(g[5].advance, cell);              // 。
  EXPECT_EQ(g[8].advance, cell);              // ？
  EXPECT_EQ(g[10].advance, cell);             // ！
  EXPECT_EQ(g[11].advance, cell - cell / 2);  // 《
}

TEST_F(Typography, DashesAndEllipsesAreNeverCompressed) {
  InlineParams p = params();
  p.punctuation = style::Punctuation::kBanjiao;
  for (const Placed& g : placed(lay("知情权——完善……主要", p).front())) {
    EXPECT_EQ(g.advance, cell) << text::to_utf8(std::u32string(1, g.c));
  }
}

TEST_F(Typography, CompressedLinesStillEndAtTheMeasure) {
  InlineParams p = params();
  p.punctuation = style::Punctuation::kBanjiao;
  const std::string text =
      "本报告由济宁市信访局按照新修订的《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，"
      "根据政务信息发布情况编制。本报告内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公"
      "开申请情况等六部分内容。";
  const std::vector<Line> lines = lay(text, p);
  ASSERT_GE(lines.size(), 3u);
  int most = 0;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    EXPECT_EQ(right_edge(lines[i]), p.measure) << i;
    EXPECT_GE(lines[i].characters, i == 0 ? 26 : 28) << i;
    most = std::max(most, lines[i].characters);
  }
  EXPECT_GT(most, 28);  // two half marks make room for one more character
}

TEST_F(Typography, LineEndMarkIsHalfWidthWhenAsked) {
  // 27 characters and a comma: the comma ends the first full line.
  const std::string text = std::string("政府信息公开工作年度报告按照条例要求编制本局认真贯彻执") +
                           "，" + "规范内容突出重点。";
  InlineParams p = params();
  p.first_indent = 0;
  const Line full = lay(text, p).front();
  ASSERT_EQ(text::to_u32(full.runs.back().text).back(), U'，');
  EXPECT_EQ(placed(full).back().x, p.measure - cell);  // quanjiao: a full cell at the end

  p.line_end_half = true;
  const Line half = lay(text, p).front();
  EXPECT_EQ(placed(half).back().x, p.measure - (cell - cell / 2));
  EXPECT_EQ(right_edge(half), p.measure);  // the half cell is spread over the line
}

TEST_F(Typography, HanLatinSpaceOnlyBetweenHanAndLettersOrDigits) {
  InlineParams p = params();
  p.first_indent = 0;
  p.justify = false;
  p.han_latin_space = from_pt(16) / 4;
  const std::vector<Placed> g = placed(lay("共发稿37篇，2020年采用PDF/A格式", p).front());
  // 稿|3 and 7|篇 get the space; ，|2 does not.
  EXPECT_EQ(g[3].x, g[2].x + cell + from_pt(4));
  EXPECT_EQ(g[4].advance, g[3].advance + from_pt(4));  // 3 and 7 are as wide; 7 carries the space
  EXPECT_EQ(g[7].x, g[6].x + cell);                    // ，2020: none next to punctuation
}

TEST_F(Typography, HanLatinSpaceIsDroppedAtTheLineStart) {
  InlineParams p = params();
  p.first_indent = 0;
  p.han_latin_space = from_pt(16) / 4;
  // 28 Han characters fill the first line; the second starts with digits.
  const std::string text = "政府信息公开工作年度报告按照条例要求编制本局认真贯彻执行2020年";
  const std::vector<Line> lines = lay(text, p);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(placed(lines[1]).front().x, 0);
  EXPECT_EQ(placed(lines[1]).front().c, U'2');
}

TEST_F(Typography, FauxBoldStrokesWithoutMovingAnything) {
  style::TextStyle bold{"heading2", from_pt(16), {}};
  bold.faux_bold = true;
  const Line plain = lay("（一）信息公开情况", params(), {"heading2", from_pt(16), {}}).front();
  const Line stroked = lay("（一）信息公开情况", params(), bold).front();
  ASSERT_EQ(plain.runs.size(), stroked.runs.size());
  for (std::size_t i = 0; i < plain.runs.size(); ++i) {
    EXPECT_EQ(plain.runs[i].stroke, 0);
    EXPECT_EQ(stroked.runs[i].stroke, from_pt(16) / 30);
    EXPECT_EQ(plain.runs[i].origin, stroked.runs[i].origin);
    ASSERT_EQ(plain.runs[i].glyphs.size(), stroked.runs[i].glyphs.size());
    for (std::size_t k = 0; k < plain.runs[i].glyphs.size(); ++k) {
      EXPECT_EQ(plain.runs[i].glyphs[k].advance, stroked.runs[i].glyphs[k].advance);
    }
  }
}

}  // namespace
}  // namespace gongwen::layout
