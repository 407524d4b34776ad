// FontProgramCache: a program made for the same glyphs of the same font is
// made once and shared; each font keeps only its latest few.
#include "pdf/font_cache.h"

#include <gtest/gtest.h>

namespace gongwen::pdf {
namespace {

PreparedFont made(const std::string& tag) {
  PreparedFont p;
  p.program.subset_tag = tag;
  return p;
}

TEST(FontCacheTest, SameGlyphsAreMadeOnce) {
  FontProgramCache cache;
  const display::Font font{"/fonts/a.otf", 0, "A"};
  int calls = 0;
  auto make = [&] { return ++calls, made("ONE"); };
  const auto first = cache.get(font, {1, 2, 3}, {}, make);
  const auto again = cache.get(font, {1, 2, 3}, {}, make);
  EXPECT_EQ(calls, 1);
  EXPECT_EQ(first, again);
  EXPECT_EQ(again->program.subset_tag, "ONE");
}

TEST(FontCacheTest, AnyDifferenceMakesAnother) {
  FontProgramCache cache;
  int calls = 0;
  auto make = [&] { return ++calls, made("X"); };
  cache.get({"/fonts/a.otf", 0, "A"}, {1, 2}, {}, make);
  cache.get({"/fonts/a.otf", 0, "A"}, {1, 3}, {}, make);   // other glyphs
  cache.get({"/fonts/a.otf", 0, "A"}, {1, 2}, {2}, make);  // glyph 2 without text
  cache.get({"/fonts/a.otf", 1, "A"}, {1, 2}, {}, make);   // other face
  cache.get({"/fonts/b.otf", 0, "A"}, {1, 2}, {}, make);   // other file
  EXPECT_EQ(calls, 5);
}

TEST(FontCacheTest, EachFontKeepsItsLatest) {
  FontProgramCache cache(2);
  const display::Font body{"/fonts/body.otf", 0, "Body"};
  const display::Font heading{"/fonts/heading.otf", 0, "Heading"};
  int calls = 0;
  auto make = [&] { return ++calls, made("X"); };
  cache.get(heading, {7}, {}, make);
  for (std::uint32_t g = 1; g <= 3; ++g) cache.get(body, {g}, {}, make);  // {1} is dropped
  EXPECT_EQ(calls, 4);
  cache.get(body, {3}, {}, make);
  cache.get(heading, {7}, {}, make);  // the body's glyph sets did not push it out
  EXPECT_EQ(calls, 4);
  cache.get(body, {1}, {}, make);
  EXPECT_EQ(calls, 5);
}

}  // namespace
}  // namespace gongwen::pdf
