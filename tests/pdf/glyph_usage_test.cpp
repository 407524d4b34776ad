#include "pdf/glyph_usage.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace gongwen::pdf {
namespace {

display::Document one_page(std::vector<display::GlyphRun> runs) {
  display::Document doc;
  doc.fonts = {{"a.otf", 0, "A"}, {"b.otf", 0, "B"}};
  display::Page page{1000, 1000, {}};
  for (auto& r : runs) page.items.push_back(std::move(r));
  doc.pages.push_back(std::move(page));
  return doc;
}

display::GlyphRun run(int font, std::string text,
                      std::vector<std::pair<std::uint32_t, std::uint32_t>> glyphs) {
  display::GlyphRun r;
  r.font = font;
  r.size = 10;
  r.text = std::move(text);
  for (auto [id, cluster] : glyphs) r.glyphs.push_back({id, 10, 0, 0, cluster});
  return r;
}

TEST(GlyphUsageTest, CollectsGlyphsAndTheirTextPerFont) {
  const auto usage =
      collect_glyph_usage(one_page({run(0, "年度", {{5, 0}, {6, 3}}), run(1, "x", {{9, 0}})}));
  ASSERT_EQ(usage.size(), 2u);
  EXPECT_EQ(usage[0].glyphs, (std::set<std::uint32_t>{5, 6}));
  EXPECT_EQ(usage[0].text.at(5), U"年");
  EXPECT_EQ(usage[0].text.at(6), U"度");
  EXPECT_EQ(usage[1].text.at(9), U"x");
}

TEST(GlyphUsageTest, FirstMappingWinsAndGlyphsDrawnAloneBeatClusters) {
  const auto usage = collect_glyph_usage(one_page({
      run(0, "e\xCC\x81", {{5, 0}, {6, 0}}),  // e + combining acute, as glyphs 5 and 6
      run(0, "e", {{5, 0}}),                  // glyph 5 alone: it is "e"
      run(0, "E", {{5, 0}}),                  // later uses do not change it
  }));
  EXPECT_EQ(usage[0].text.at(5), U"e");
  EXPECT_FALSE(usage[0].text.count(6));  // only ever inside another glyph's cluster
}

TEST(GlyphUsageTest, GlyphsOnlyInsideClustersKeepTheClusterText) {
  const auto usage = collect_glyph_usage(one_page({
      run(0, "e\xCC\x81", {{5, 0}, {6, 0}}),  // glyph 6 only ever follows a base
      run(0, "o\xCC\x81", {{7, 0}, {6, 0}}),  // the first cluster seen wins
      run(0, "ab", {{8, 0}, {9, 0}}),         // 9 is inside "ab" here...
      run(0, "b", {{9, 0}}),                  // ...but drawn alone elsewhere
  }));
  EXPECT_EQ(usage[0].inside_text.at(6), U"e\u0301");
  EXPECT_FALSE(usage[0].inside_text.count(5)) << "starts its cluster";
  EXPECT_FALSE(usage[0].inside_text.count(9)) << "has text of its own";
  EXPECT_EQ(usage[0].text.at(9), U"b");
}

TEST(GlyphUsageTest, UnmappableTextGivesNoMapping) {
  const auto usage = collect_glyph_usage(one_page({run(0, "\xEE\x80\x80", {{5, 0}})}));  // U+E000
  EXPECT_FALSE(usage[0].text.count(5));
  EXPECT_TRUE(usage[0].glyphs.count(5));
}

TEST(GlyphUsageTest, NotdefAndMissingFontsAreBugs) {
  EXPECT_THROW(collect_glyph_usage(one_page({run(0, "a", {{0, 0}})})), std::invalid_argument);
  EXPECT_THROW(collect_glyph_usage(one_page({run(2, "a", {{5, 0}})})), std::invalid_argument);
}

}  // namespace
}  // namespace gongwen::pdf
