#include "text/shape.h"

#include <gtest/gtest.h>

#include "font/test_fonts.h"

namespace gongwen::text {
namespace {

using gongwen::testing::project_fonts;

// One line per shaped string, as HarfBuzz's shaping tests write them:
// "role;text;[gid=cluster+advance|...]", with an "@x,y" offset when non-zero.
// Advances are layout units at 16 pt (one em = 16384).
std::string record(std::string_view role, std::string_view text) {
  const font::Face& face = project_fonts().primary(role);
  std::string out = std::string(role) + ";" + std::string(text) + ";[";
  bool first = true;
  for (const ShapedGlyph& g : shape(face, from_pt(16), text)) {
    if (!first) out += "|";
    first = false;
    out += std::to_string(g.id) + "=" + std::to_string(g.cluster) + "+" + std::to_string(g.advance);
    if (g.x_offset || g.y_offset) {
      out += "@" + std::to_string(g.x_offset) + "," + std::to_string(g.y_offset);
    }
  }
  return out + "]";
}

TEST(Shape, HanAndPunctuationInFandolFang) {
  EXPECT_EQ(record("body", "你好"), "body;你好;[2886=0+16384|1914=3+16384]");
  EXPECT_EQ(record("body", "公开，“信访”。"),
            "body;公开，“信访”。;[1796=0+16384|2359=3+16384|273=6+16384|111=9+16384|3984=12+16384|"
            "1632=15+16384|112=18+16384|98=21+16384]");
}

TEST(Shape, LatinAndDigitsInLiberationSerif) {
  // 1024/2048 em each.
  EXPECT_EQ(record("latin", "2020"), "latin;2020;[21=0+8192|19=1+8192|21=2+8192|19=3+8192]");
  // A is 1479/2048 em (11832); the A-V pair is kerned by -264 font units.
  EXPECT_EQ(record("latin", "AVAfi"),
            "latin;AVAfi;[36=0+9720|57=1+9720|36=2+11832|73=3+5456|76=4+4552]");
}

TEST(Shape, ScalesWithTheSize) {
  const font::Face& face = project_fonts().primary("body");
  const auto at_16 = shape(face, from_pt(16), "信访");
  const auto at_10_5 = shape(face, from_pt(10.5), "信访");
  ASSERT_EQ(at_10_5.size(), 2u);
  EXPECT_EQ(at_10_5[0].id, at_16[0].id);
  EXPECT_EQ(at_10_5[0].advance, from_pt(10.5));
  EXPECT_TRUE(shape(face, from_pt(16), "").empty());
}

TEST(Shape, TitleFaceIsTheSimplifiedChineseFaceOfTheCollection) {
  EXPECT_EQ(record("title", "报告"), "title;报告;[18757=0+16384|12038=3+16384]");
}

}  // namespace
}  // namespace gongwen::text
