#include "pdf/content_stream.h"

#include <gtest/gtest.h>

namespace gongwen::pdf {
namespace {

using namespace display;

FontEncoding font() {
  FontEncoding f;
  f.resource_name = "F1";
  f.glyphs[5] = {0x0105, 1000, U"中"};
  return f;
}

GlyphRun run(Length y, Color color = {}) {
  GlyphRun r;
  r.size = from_pt(10);
  r.color = color;
  r.origin = {from_pt(10), y};
  r.glyphs = {{5, from_pt(10), 0, 0, 0}};
  r.text = "中";
  return r;
}

std::size_t count(const std::string& s, const std::string& what) {
  std::size_t n = 0;
  for (auto p = s.find(what); p != std::string::npos; p = s.find(what, p + 1)) ++n;
  return n;
}

struct Fixture {
  FontEncoding f = font();
  std::vector<const FontEncoding*> fonts{&f};
  std::map<std::string, std::string> images{{"seal.png", "Im1"}};
  StructureBuilder structure;
  PageContent write(const Page& page, int index = 0) {
    return build_page_content(page, index, fonts, images, structure);
  }
};

TEST(ContentStreamTest, LinesOfOneParagraphShareOneMarkedSequence) {
  Fixture fx;
  Page page{from_pt(200), from_pt(200), {}};
  page.items = {TagBegin{"P", {}}, run(from_pt(20)), run(from_pt(40)), TagEnd{},
                TagBegin{"P", {}}, run(from_pt(60)), TagEnd{}};
  const PageContent c = fx.write(page);
  EXPECT_EQ(count(c.operators, "/P <</MCID 0>> BDC"), 1u);
  EXPECT_EQ(count(c.operators, "/P <</MCID 1>> BDC"), 1u);
  EXPECT_EQ(count(c.operators, "EMC"), 2u);
  EXPECT_EQ(count(c.operators, "BT"), 3u);
  EXPECT_EQ(count(c.operators, " rg"), 1u);  // black is set once
  EXPECT_EQ(c.fonts, (std::set<int>{0}));
}

TEST(ContentStreamTest, RulesAndSealAreArtifactsAndCoordinatesFlip) {
  Fixture fx;
  Page page{from_pt(200), from_pt(300), {}};
  page.items = {Line{{from_pt(10), from_pt(20)}, {from_pt(110), from_pt(20)}, from_pt(0.5), {}},
                Box{{from_pt(10), from_pt(30), from_pt(50), from_pt(20)},
                    Color{255, 0, 0},
                    Color{0, 0, 255},
                    from_pt(1)},
                Image{"seal.png", {from_pt(100), from_pt(100), from_pt(40), from_pt(40)}},
                Anchor{"seal", {}}};
  const PageContent c = fx.write(page);
  EXPECT_EQ(c.operators,
            "/Artifact <</Type /Layout>> BDC\n"
            "0 0 0 RG\n0.5 w\n10 280 m 110 280 l S\n"
            "1 0 0 rg\n0 0 1 RG\n1 w\n10 250 50 20 re B\n"
            "q 40 0 0 40 100 160 cm /Im1 Do Q\n"
            "EMC\n");
  EXPECT_EQ(c.images, (std::set<std::string>{"seal.png"}));
}

TEST(ContentStreamTest, PathOperators) {
  Fixture fx;
  Page page{from_pt(100), from_pt(100), {}};
  Path p;
  p.stroke = Color{};
  p.stroke_width = from_pt(2);
  p.segments = {
      {PathSegment::Kind::kMove, {0, 0}, {}, {}},
      {PathSegment::Kind::kCubic, {from_pt(1), 0}, {from_pt(2), 0}, {from_pt(3), from_pt(4)}},
      {PathSegment::Kind::kLine, {from_pt(5), from_pt(5)}, {}, {}},
      {PathSegment::Kind::kClose, {}, {}, {}}};
  page.items = {TagBegin{"Figure", {{"Alt", "曲线"}}}, p, TagEnd{}};
  const PageContent c = fx.write(page);
  EXPECT_EQ(c.operators,
            "/Figure <</MCID 0>> BDC\n0 0 0 RG\n2 w\n0 100 m\n1 100 2 100 3 96 c\n5 95 l\nh\nS\n"
            "EMC\n");
}

TEST(ContentStreamTest, TagsSpanPagesAndMcidsRestartPerPage) {
  Fixture fx;
  Page one{from_pt(100), from_pt(100), {TagBegin{"P", {}}, run(from_pt(20))}};
  Page two{from_pt(100), from_pt(100), {run(from_pt(20)), TagEnd{}}};
  const PageContent a = fx.write(one, 0);
  const PageContent b = fx.write(two, 1);
  EXPECT_NE(a.operators.find("/P <</MCID 0>> BDC"), std::string::npos);
  EXPECT_NE(b.operators.find("/P <</MCID 0>> BDC"), std::string::npos);
  const auto& e = fx.structure.finish();
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[1].kids.size(), 2u);
  EXPECT_EQ(e[1].kids[1].page, 1);
}

TEST(ContentStreamTest, ColourChangesAreWritten) {
  Fixture fx;
  Page page{from_pt(100),
            from_pt(100),
            {run(from_pt(20), {255, 0, 0}), run(from_pt(40), {255, 0, 0}), run(from_pt(60))}};
  const PageContent c = fx.write(page);
  EXPECT_EQ(count(c.operators, "1 0 0 rg"), 1u);
  EXPECT_EQ(count(c.operators, "0 0 0 rg"), 1u);
}

}  // namespace
}  // namespace gongwen::pdf
