#include "pdf/glyph_clusters.h"

#include <gtest/gtest.h>

namespace gongwen::pdf {
namespace {

display::GlyphRun run_with_clusters(std::string text, std::vector<std::uint32_t> clusters) {
  display::GlyphRun r;
  r.text = std::move(text);
  std::uint32_t id = 1;
  for (auto c : clusters) r.glyphs.push_back({id++, 100, 0, 0, c});
  return r;
}

TEST(GlyphClustersTest, OneGlyphPerCharacter) {
  const auto run = run_with_clusters("年度", {0, 3});
  const auto spans = cluster_spans(run);  // views into run.text: keep the run alive
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].text, "年");
  EXPECT_EQ(spans[1].text, "度");
  EXPECT_EQ(spans[1].first_glyph, 1u);
}

TEST(GlyphClustersTest, LigatureTakesAllItsCharacters) {
  const auto run = run_with_clusters("office", {0, 1, 4, 5});  // o, ffi, c, e
  const auto spans = cluster_spans(run);
  ASSERT_EQ(spans.size(), 4u);
  EXPECT_EQ(spans[1].text, "ffi");
  EXPECT_EQ(spans[1].glyph_count, 1u);
}

TEST(GlyphClustersTest, SeveralGlyphsShareTheirClusterOnce) {
  const auto run = run_with_clusters("e\xCC\x81x", {0, 0, 3});  // e + U+0301, x
  const auto spans = cluster_spans(run);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].glyph_count, 2u);
  EXPECT_EQ(spans[0].text, "e\xCC\x81");
  EXPECT_EQ(spans[1].text, "x");
}

TEST(GlyphClustersTest, ClustersBeyondTheTextAreEmpty) {
  const auto run = run_with_clusters("a", {0, 7});
  const auto spans = cluster_spans(run);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].text, "a");
  EXPECT_TRUE(spans[1].text.empty());
}

}  // namespace
}  // namespace gongwen::pdf
