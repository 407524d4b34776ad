#include "pdf/font_subset.h"

#include <gtest/gtest.h>

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_CID_H

#include <stdexcept>

#include "pdf/font_embed.h"
#include "test_fonts.h"
#include "util/error.h"

namespace gongwen::pdf {
namespace {

using namespace testing;

// The CID of each glyph according to the original font file, read with
// FreeType independently of hb-subset.
std::map<std::uint32_t, unsigned> original_cids(const std::string& path, int index,
                                                const std::set<std::uint32_t>& glyphs) {
  FT_Library lib;
  FT_Face face;
  std::map<std::uint32_t, unsigned> out;
  if (FT_Init_FreeType(&lib) != 0) return out;
  if (FT_New_Face(lib, path.c_str(), index, &face) == 0) {
    for (auto g : glyphs) {
      FT_UInt cid = 0;
      if (FT_Get_CID_From_Glyph_Index(face, g, &cid) == 0) out[g] = cid;
    }
    FT_Done_Face(face);
  }
  FT_Done_FreeType(lib);
  return out;
}

std::set<std::uint32_t> glyphs_of(const TestFont& font, const std::u32string& text) {
  std::set<std::uint32_t> out;
  for (char32_t c : text) out.insert(font.glyph(c));
  return out;
}

TEST(FontSubsetTest, FandolCodesAreTheOriginalCids) {
  TestFont fandol(kFandolFang, 0);
  const auto glyphs = glyphs_of(fandol, U"高位字形测试：¥€‐═╬，公文123");
  FontSource source(fandol.display_font());
  const FontProgram p = subset_font(source, glyphs);
  EXPECT_EQ(p.format, FontProgram::Format::kCidKeyedCff);
  EXPECT_EQ(p.registry, "Adobe");
  EXPECT_EQ(p.ordering, "GB1");
  EXPECT_EQ(p.postscript_name, "FandolFang-Regular");
  const auto cids = original_cids(kFandolFang, 0, glyphs);
  int differs = 0;
  for (auto g : glyphs) {
    ASSERT_TRUE(p.code_of_glyph.count(g));
    EXPECT_EQ(p.code_of_glyph.at(g), cids.at(g)) << "glyph " << g;
    differs += p.code_of_glyph.at(g) != g;
  }
  EXPECT_GE(differs, 5) << "the sample must include glyphs whose CID is not their glyph id";
  EXPECT_EQ(p.data.substr(0, 1), std::string(1, '\x01'));  // bare CFF: major version 1
}

TEST(FontSubsetTest, WidthsMatchTheFontAdvances) {
  for (const auto& [path, index, text] : std::vector<std::tuple<std::string, int, std::u32string>>{
           {kFandolFang, 0, U"公文¥€123abc"},
           {kNotoSerifCjk, kNotoSerifCjkScIndex, U"济宁市2020年"},
           {kLiberationSerif, 0, U"Annual 45.6%"}}) {
    TestFont font(path, index);
    FontSource source(font.display_font());
    const auto glyphs = glyphs_of(font, text);
    const FontProgram p = subset_font(source, glyphs);
    for (auto g : glyphs) {
      const double expected = font.advance(g) * 1000.0 / font.units_per_em();
      EXPECT_NEAR(p.widths.at(p.code_of_glyph.at(g)), expected, 0.0005) << path << " glyph " << g;
    }
  }
}

TEST(FontSubsetTest, NotoTtcFaceTwoIsSimplifiedChinese) {
  TestFont noto(kNotoSerifCjk, kNotoSerifCjkScIndex);
  FontSource source(noto.display_font());
  const FontProgram p = subset_font(source, glyphs_of(noto, U"年度报告"));
  EXPECT_EQ(p.postscript_name, "NotoSerifCJKsc-Regular");
  EXPECT_EQ(p.format, FontProgram::Format::kCidKeyedCff);
}

TEST(FontSubsetTest, TrueTypeCodesAreNewGlyphIds) {
  TestFont lib(kLiberationSerif, 0);
  FontSource source(lib.display_font());
  const auto glyphs = glyphs_of(lib, U"AZ09");
  const FontProgram p = subset_font(source, glyphs);
  EXPECT_EQ(p.format, FontProgram::Format::kTrueType);
  EXPECT_EQ(p.widths.size(), glyphs.size() + 1);  // plus .notdef
  for (auto g : glyphs) EXPECT_LE(p.code_of_glyph.at(g), glyphs.size());
  EXPECT_EQ(p.data.substr(0, 4), std::string("\0\1\0\0", 4));  // a TrueType file
  EXPECT_GT(p.ascent, 0);
  EXPECT_LT(p.descent, 0);
}

TEST(FontSubsetTest, SubsetTagIsStableAndFollowsTheGlyphSet) {
  TestFont lib(kLiberationSerif, 0);
  FontSource source(lib.display_font());
  const std::string a = subset_font(source, glyphs_of(lib, U"abc")).subset_tag;
  EXPECT_EQ(a, subset_font(source, glyphs_of(lib, U"abc")).subset_tag);
  EXPECT_NE(a, subset_font(source, glyphs_of(lib, U"abd")).subset_tag);
  ASSERT_EQ(a.size(), 6u);
  for (char c : a) EXPECT_TRUE(c >= 'A' && c <= 'Z');
}

TEST(FontSubsetTest, BadInputsAreReported) {
  TestFont lib(kLiberationSerif, 0);
  FontSource source(lib.display_font());
  EXPECT_THROW(subset_font(source, {999999}), std::invalid_argument);
  EXPECT_THROW(FontSource(display::Font{"/nonexistent/font.ttf", 0, "x"}), EnvironmentError);
  EXPECT_THROW(FontSource(display::Font{kNotoSerifCjk, 9, "x"}), EnvironmentError);
}

TEST(FontSubsetTest, CidSetHasExactlyTheProgramCids) {
  FontProgram p;
  p.widths = {{0, 500}, {1, 1000}, {9, 1000}, {22354, 500}};
  const std::string bits = cid_set_bytes(p);
  ASSERT_EQ(bits.size(), 22354u / 8 + 1);
  EXPECT_EQ(static_cast<unsigned char>(bits[0]), 0xC0);  // CIDs 0 and 1
  EXPECT_EQ(static_cast<unsigned char>(bits[1]), 0x40);  // CID 9
  EXPECT_EQ(static_cast<unsigned char>(bits[22354 / 8]), 0x80u >> (22354 % 8));
  int set = 0;
  for (unsigned char b : bits) set += __builtin_popcount(b);
  EXPECT_EQ(set, 4);
}

TEST(FontSubsetTest, CmapFallbackFindsCharactersOfGlyphs) {
  TestFont lib(kLiberationSerif, 0);
  FontSource source(lib.display_font());
  const auto chars = source.characters_of({lib.glyph(U'A'), lib.glyph(U'%')});
  EXPECT_EQ(chars.at(lib.glyph(U'A')), U'A');
  EXPECT_EQ(chars.at(lib.glyph(U'%')), U'%');
}

}  // namespace
}  // namespace gongwen::pdf
