#include "display/dump.h"

#include <gtest/gtest.h>

namespace gongwen::display {
namespace {

Document sample() {
  Document doc;
  doc.metadata.title = "标题";
  doc.metadata.date = "2021-01-23";
  doc.fonts.push_back({"/somewhere/fonts/FandolFang-Regular.otf", 0, "FandolFang"});
  Page page{from_mm(210), from_mm(297), {}};
  GlyphRun run;
  run.font = 0;
  run.size = from_pt(16);
  run.origin = {from_pt(79.5), from_pt(120)};
  run.text = "你好";
  run.glyphs = {{100, from_pt(15.75), 0, 0, 0}, {200, from_pt(16), from_pt(1), 0, 3}};
  page.items.push_back(TagBegin{"P", {{"Scope", "Row"}}});
  page.items.push_back(run);
  page.items.push_back(TagEnd{});
  page.items.push_back(Line{{0, 0}, {from_pt(10), 0}, from_pt(0.5), {}});
  page.items.push_back(Box{{0, 0, from_pt(5), from_pt(6)}, Color{255, 0, 0}, std::nullopt, 0});
  doc.pages.push_back(page);
  return doc;
}

TEST(Dump, OneLinePerItemWithFixedPrecision) {
  EXPECT_EQ(
      dump(sample()),
      "META title=\"标题\" author=\"\" subject=\"\" date=\"2021-01-23\" lang=\"zh-CN\"\n"
      "FONT 0 \"FandolFang-Regular.otf\" index=0 family=\"FandolFang\"\n"
      "PAGE 1 595.275x841.890\n"
      "P1 TAG< P Scope=\"Row\"\n"
      "P1 G f=0 s=16.000 x=79.500 y=120.000 \"你好\" [100=0+15.750|200=3+16.000@1.000,0.000]\n"
      "P1 TAG>\n"
      "P1 L 0.000,0.000 10.000,0.000 w=0.500 c=#000000\n"
      "P1 B 0.000,0.000 5.000x6.000 fill=#ff0000\n");
}

TEST(Dump, FauxBoldRunShowsItsStrokeWidth) {
  Document doc = sample();
  auto& run = std::get<GlyphRun>(doc.pages[0].items[1]);
  run.stroke = from_pt(16) / 30;
  EXPECT_NE(dump(doc).find("P1 G f=0 s=16.000 x=79.500 y=120.000 stroke=0.533 \"你好\""),
            std::string::npos)
      << dump(doc);
}

TEST(Dump, IsStable) {
  EXPECT_EQ(dump(sample()), dump(sample()));
}

TEST(Dump, EscapesQuotesAndNewlines) {
  Document doc;
  doc.metadata.title = "a\"b\nc";
  EXPECT_NE(dump(doc).find("title=\"a\\\"b\\nc\""), std::string::npos);
}

}  // namespace
}  // namespace gongwen::display
