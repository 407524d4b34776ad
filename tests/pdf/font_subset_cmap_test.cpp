// subset_font subsets CFF fonts from a view of the face without its cmap
// (mapping a CJK cmap was most of a subset's time). These tests hold it to
// what hb-subset makes from the whole face.
#include <gtest/gtest.h>
#include <hb-subset.h>

#include <set>
#include <string>

#include "pdf/font_source.h"
#include "pdf/font_subset.h"
#include "test_fonts.h"

namespace gongwen::pdf {
namespace {

using namespace testing;

// The CFF table hb-subset makes from the whole face, cmap included, with the
// options font_subset.cpp uses.
std::string cff_from_whole_face(const FontSource& source, const std::set<std::uint32_t>& glyphs) {
  hb_subset_input_t* input = hb_subset_input_create_or_fail();
  hb_set_add(hb_subset_input_glyph_set(input), 0);
  for (std::uint32_t g : glyphs) hb_set_add(hb_subset_input_glyph_set(input), g);
  hb_set_clear(hb_subset_input_unicode_set(input));
  hb_set_t* drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
  for (const char* tag : {"GSUB", "GPOS", "GDEF", "BASE", "JSTF", "DSIG", "VORG", "vhea", "vmtx",
                          "MATH", "kern", "morx", "kerx", "COLR", "CPAL", "SVG "}) {
    hb_set_add(drop, hb_tag_from_string(tag, 4));
  }
  hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING | HB_SUBSET_FLAGS_DESUBROUTINIZE);
  hb_face_t* subset = hb_subset_or_fail(source.face(), input);
  hb_subset_input_destroy(input);
  if (!subset) return {};
  hb_blob_t* table = hb_face_reference_table(subset, HB_TAG('C', 'F', 'F', ' '));
  unsigned length = 0;
  const char* data = hb_blob_get_data(table, &length);
  std::string out(data, length);
  hb_blob_destroy(table);
  hb_face_destroy(subset);
  return out;
}

std::set<std::uint32_t> glyphs_of(const TestFont& font, const std::u32string& text) {
  std::set<std::uint32_t> out;
  for (char32_t c : text) out.insert(font.glyph(c));
  return out;
}

TEST(FontSubsetCmapTest, ProgramIsWhatTheWholeFaceGives) {
  for (const auto& [path, index] : std::vector<std::pair<std::string, int>>{
           {kFandolFang, 0}, {kNotoSerifCjk, kNotoSerifCjkScIndex}}) {
    TestFont font(path, index);
    FontSource source(font.display_font());
    const auto glyphs = glyphs_of(font, U"济宁市2020年度政府信息公开工作年度报告，“条例”。");
    const std::string expected = cff_from_whole_face(source, glyphs);
    ASSERT_FALSE(expected.empty()) << path;
    EXPECT_EQ(subset_font(source, glyphs).data, expected) << path;
  }
}

// 礼 and 郎 have non-default variation sequences in Noto CJK (cmap format
// 14): with a cmap, hb-subset keeps their variant glyphs too, and so must we.
TEST(FontSubsetCmapTest, VariationSequenceGlyphsOfKeptCharactersStay) {
  TestFont noto(kNotoSerifCjk, kNotoSerifCjkScIndex);
  FontSource source(noto.display_font());
  const auto glyphs = glyphs_of(noto, U"礼郎");
  const FontProgram program = subset_font(source, glyphs);
  EXPECT_EQ(program.data, cff_from_whole_face(source, glyphs));
  // .notdef, the two glyphs asked for, and at least one variant.
  EXPECT_GT(program.widths.size(), glyphs.size() + 1);
}

}  // namespace
}  // namespace gongwen::pdf
