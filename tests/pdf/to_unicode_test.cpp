#include "pdf/to_unicode.h"

#include <gtest/gtest.h>

#include "pdf/unicode_text.h"

namespace gongwen::pdf {
namespace {

std::size_t count(const std::string& s, const std::string& what) {
  std::size_t n = 0;
  for (auto p = s.find(what); p != std::string::npos; p = s.find(what, p + 1)) ++n;
  return n;
}

TEST(ToUnicodeTest, MapsCodesToUtf16) {
  const std::string cmap = build_to_unicode_cmap({{0x1233, U"中"}, {0x0011, U"2"}});
  EXPECT_NE(cmap.find("<0000> <FFFF>"), std::string::npos);
  EXPECT_NE(cmap.find("2 beginbfchar\n<0011> <0032>\n<1233> <4E2D>\nendbfchar"), std::string::npos);
  EXPECT_NE(cmap.find("/CMapType 2 def"), std::string::npos);
  EXPECT_NE(cmap.find("CMapName currentdict /CMap defineresource pop"), std::string::npos);
}

TEST(ToUnicodeTest, LigaturesAndSupplementaryPlane) {
  const std::string cmap = build_to_unicode_cmap({{7, U"ffi"}, {8, U"\U00020000"}});
  EXPECT_NE(cmap.find("<0007> <006600660069>"), std::string::npos);
  EXPECT_NE(cmap.find("<0008> <D840DC00>"), std::string::npos);  // surrogate pair
}

TEST(ToUnicodeTest, BlocksHoldAtMostOneHundredEntriesAndSkipEmpty) {
  std::map<std::uint16_t, std::u32string> m;
  for (std::uint16_t c = 1; c <= 250; ++c) m[c] = U"字";
  m[300] = U"";
  const std::string cmap = build_to_unicode_cmap(m);
  EXPECT_EQ(count(cmap, "100 beginbfchar"), 2u);
  EXPECT_EQ(count(cmap, "50 beginbfchar"), 1u);
  EXPECT_EQ(count(cmap, "endbfchar"), 3u);
  EXPECT_EQ(cmap.find("<012C>"), std::string::npos);
}

TEST(UnicodeTextTest, UnmappableCodePointsAreDropped) {
  EXPECT_FALSE(is_mappable(0));
  EXPECT_FALSE(is_mappable(0xFEFF));
  EXPECT_FALSE(is_mappable(0xFFFE));
  EXPECT_FALSE(is_mappable(0xE000));
  EXPECT_FALSE(is_mappable(0xF8FF));
  EXPECT_FALSE(is_mappable(0x10FFFD));
  EXPECT_TRUE(is_mappable(0x3000));
  EXPECT_TRUE(is_mappable(0x20000));
  EXPECT_EQ(mappable_text("a\xEF\xBB\xBF"
                          "b\xEE\x80\x80"
                          "c"),
            U"abc");  // BOM and U+E000 removed
}

TEST(UnicodeTextTest, DecodesUtf8AndSkipsMalformedBytes) {
  EXPECT_EQ(decode_utf8("年¥€𠀀"), U"年¥€\U00020000");
  EXPECT_EQ(decode_utf8("a\xFF"
                        "b"),
            U"ab");
  EXPECT_EQ(decode_utf8("a\xE5\xB9"), U"a");  // truncated sequence at the end
  EXPECT_EQ(utf16be_hex(U"A年"), "00415E74");
}

}  // namespace
}  // namespace gongwen::pdf
