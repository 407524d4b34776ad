// GB/T 9704 7.5: page numbers in 4号 半角宋体 Arabic numerals between two 一字线.
// The font table must give the page number role a 宋体 whose digits are half
// an em wide and whose em dash is a full em.
#include <string>

#include <gtest/gtest.h>
#include <hb.h>

#include "font/test_fonts.h"

namespace gongwen::font {
namespace {

using gongwen::testing::project_fonts;

// Advance of the character's glyph in thousandths of an em.
int advance_per_mille(const Face& face, char32_t cp) {
  hb_codepoint_t glyph = 0;
  if (!hb_font_get_nominal_glyph(face.hb_font(), cp, &glyph)) return -1;
  return static_cast<int>(hb_font_get_glyph_h_advance(face.hb_font(), glyph) * 1000 /
                          face.units_per_em());
}

TEST(PageNumberFont, DigitsAreHalfWidthSongti) {
  const FontSet& fonts = project_fonts();
  ASSERT_TRUE(fonts.has_role("page_number_latin"));
  for (char32_t digit = U'0'; digit <= U'9'; ++digit) {
    const Face* face = fonts.face_for("page_number_latin", digit);
    ASSERT_NE(face, nullptr);
    EXPECT_EQ(face->family(), "FandolSong");
    EXPECT_EQ(advance_per_mille(*face, digit), 500) << static_cast<char>(digit);
  }
}

TEST(PageNumberFont, DashIsAFullEmInTheSameSongti) {
  const FontSet& fonts = project_fonts();
  const Face* face = fonts.face_for("page_number", U'\u2014');
  ASSERT_NE(face, nullptr);
  EXPECT_EQ(face->family(), "FandolSong");
  EXPECT_EQ(advance_per_mille(*face, U'\u2014'), 1000);
}

}  // namespace
}  // namespace gongwen::font
