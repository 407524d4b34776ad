#include "pdf/text_operators.h"

#include <gtest/gtest.h>

#include <random>
#include <sstream>

#include "pdf/number_format.h"

namespace gongwen::pdf {
namespace {

constexpr Length kPageHeight = from_pt(800);

FontEncoding test_font() {
  FontEncoding f;
  f.resource_name = "F1";
  f.glyphs[5] = {0x0105, 1000, U"中"};
  f.glyphs[6] = {0x0106, 500, U"1"};
  f.glyphs[7] = {0x0107, 277.832, U"甲"};
  f.glyphs[8] = {0x0108, 0, U""};  // a mark with no text of its own
  return f;
}

struct PlacedGlyph {
  std::uint16_t code;
  double x, y;
};

// A minimal reader of what append_glyph_run writes: Tf, Tm and TJ arrays,
// placing glyphs the way a PDF viewer does.
std::vector<PlacedGlyph> interpret(const std::string& ops, const FontEncoding& font) {
  std::vector<PlacedGlyph> out;
  std::map<std::uint16_t, double> width;
  for (const auto& [g, e] : font.glyphs) width[e.code] = e.width;
  std::istringstream in(ops);
  std::vector<std::string> operands;
  double size = 0, x = 0, y = 0;
  std::string tok;
  while (in >> tok) {
    if (tok == "Tf") {
      size = std::stod(operands.back());
    } else if (tok == "Tm") {
      x = std::stod(operands[operands.size() - 2]);
      y = std::stod(operands.back());
    } else if (tok.front() == '[') {
      std::string array = tok;
      while (array.back() != ']' && in >> tok) array += " " + tok;
      in >> tok;  // TJ
      std::istringstream items(array.substr(1, array.size() - 2));
      std::string item;
      while (items >> item) {
        if (item.front() == '<') {
          for (std::size_t i = 1; i + 4 <= item.size() - 1; i += 4) {
            const auto code =
                static_cast<std::uint16_t>(std::stoul(item.substr(i, 4), nullptr, 16));
            out.push_back({code, x, y});
            x += width[code] * size / 1000;
          }
        } else {
          x -= std::stod(item) * size / 1000;
        }
      }
    }
    if (tok == "Tf" || tok == "Tm" || tok == "TJ" || tok == "BT" || tok == "ET" || tok == "BDC" ||
        tok == "EMC") {
      operands.clear();
    } else {
      operands.push_back(tok);
    }
  }
  return out;
}

display::GlyphRun make_run(const std::vector<std::uint32_t>& ids, Length advance) {
  display::GlyphRun r;
  r.size = from_pt(16);
  r.origin = {from_pt(100), from_pt(100)};
  for (std::size_t i = 0; i < ids.size(); ++i) {
    r.glyphs.push_back({ids[i], advance, 0, 0, static_cast<std::uint32_t>(3 * i)});
    r.text += "中";
  }
  return r;
}

TEST(TextOperatorsTest, NaturalAdvancesNeedNoAdjustment) {
  std::string out;
  append_glyph_run(out, make_run({5, 5, 5}, from_pt(16)), test_font(), kPageHeight);
  EXPECT_EQ(out, "BT\n/F1 16 Tf\n1 0 0 1 100 700 Tm\n[<010501050105>] TJ\nET\n");
}

TEST(TextOperatorsTest, FauxBoldRunIsFilledAndStrokedThenModeRestored) {
  display::GlyphRun run = make_run({5, 5}, from_pt(16));
  run.stroke = from_pt(16) / 30;
  std::string out;
  append_glyph_run(out, run, test_font(), kPageHeight);
  EXPECT_EQ(out, "BT\n/F1 16 Tf\n2 Tr\n1 0 0 1 100 700 Tm\n[<01050105>] TJ\n0 Tr\nET\n");
}

TEST(TextOperatorsTest, GridPitchNarrowerThanTheEmIsMadeUpByTj) {
  std::string out;
  append_glyph_run(out, make_run({5, 5}, from_pt(15.5)), test_font(), kPageHeight);
  // 1000 - 1000 * 15.5 / 16 = 31.25 thousandths of an em.
  EXPECT_EQ(out, "BT\n/F1 16 Tf\n1 0 0 1 100 700 Tm\n[<0105> 31.25 <0105>] TJ\nET\n");
}

TEST(TextOperatorsTest, EveryGlyphLandsWhereTheDisplayListPutsIt) {
  std::mt19937 rng(7);
  display::GlyphRun r;
  r.size = from_pt(15.7);
  r.origin = {from_pt(79.37), from_pt(123.4)};
  const std::uint32_t ids[] = {5, 6, 7};
  for (int i = 0; i < 300; ++i) {
    display::Glyph g;
    g.id = ids[rng() % 3];
    g.advance = from_pt(3) + static_cast<Length>(rng() % 20000);
    g.x_offset = rng() % 5 == 0 ? static_cast<Length>(rng() % 2000) - 1000 : 0;
    g.y_offset = i > 100 && i < 110 ? from_pt(-3) : 0;  // a raised stretch
    g.cluster = static_cast<std::uint32_t>(3 * i);
    r.glyphs.push_back(g);
    r.text += "中";
  }
  std::string out;
  const FontEncoding font = test_font();
  append_glyph_run(out, r, font, kPageHeight);
  const auto placed = interpret(out, font);
  ASSERT_EQ(placed.size(), r.glyphs.size());
  Length pen = r.origin.x;
  for (std::size_t i = 0; i < placed.size(); ++i) {
    const double want_x = to_pt(pen + r.glyphs[i].x_offset);
    const double want_y = to_pt(kPageHeight - r.origin.y - r.glyphs[i].y_offset);
    EXPECT_NEAR(placed[i].x, want_x, 0.001) << "glyph " << i;
    EXPECT_NEAR(placed[i].y, want_y, 0.001) << "glyph " << i;
    EXPECT_EQ(placed[i].code, font.of(r.glyphs[i].id).code);
    pen += r.glyphs[i].advance;
  }
}

TEST(TextOperatorsTest, ClusterTheCodesCannotSpellGetsActualText) {
  display::GlyphRun r;
  r.size = from_pt(10);
  r.text = "中乙x";  // glyph 7 maps to 甲 in /ToUnicode but stands for 乙 here
  r.glyphs = {{5, from_pt(10), 0, 0, 0}, {7, from_pt(10), 0, 0, 3}, {6, from_pt(5), 0, 0, 6}};
  std::string out;
  append_glyph_run(out, r, test_font(), kPageHeight);
  EXPECT_NE(out.find("[<0105>] TJ\n/Span <</ActualText <FEFF4E59>>> BDC\n[<0107>] TJ\nEMC\n"),
            std::string::npos)
      << out;
  // Glyph 6 maps to "1" but stands for "x" here: it needs a span too, and
  // glyph 5 (中 as mapped) needs none.
  EXPECT_NE(out.find("/Span <</ActualText <FEFF0078>>> BDC\n[<0106>] TJ\nEMC\n"),
            std::string::npos);
  EXPECT_EQ(out.find("<FEFF4E2D>"), std::string::npos);
}

TEST(TextOperatorsTest, TwoGlyphClusterIsOneActualTextSpan) {
  display::GlyphRun r;
  r.size = from_pt(10);
  r.text = "中\xCC\x81";  // 中 + combining acute, drawn as glyphs 5 and 8
  r.glyphs = {{5, from_pt(10), 0, 0, 0}, {8, 0, 0, 0, 0}};
  std::string out;
  append_glyph_run(out, r, test_font(), kPageHeight);
  EXPECT_NE(out.find("/Span <</ActualText <FEFF4E2D0301>>> BDC\n[<01050108>] TJ\nEMC\n"),
            std::string::npos)
      << out;
}

TEST(TextOperatorsTest, EmptyOrZeroSizeRunsWriteNothing) {
  std::string out;
  append_glyph_run(out, display::GlyphRun{}, test_font(), kPageHeight);
  auto r = make_run({5}, from_pt(16));
  r.size = 0;
  append_glyph_run(out, r, test_font(), kPageHeight);
  EXPECT_TRUE(out.empty());
}

}  // namespace
}  // namespace gongwen::pdf
