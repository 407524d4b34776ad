// layout::translate (src/layout/context.cpp) moves every kind of item.
#include <gtest/gtest.h>

#include "layout/context.h"

namespace gongwen::layout {
namespace {

TEST(Translate, MovesEveryGeometricItemAndLeavesTagsAlone) {
  display::GlyphRun run;
  run.origin = {10, 20};
  run.glyphs.push_back({5, 100, 3, 4, 0});
  display::Path path;
  path.segments.push_back({display::PathSegment::Kind::kMove, {1, 2}, {}, {}});
  path.segments.push_back({display::PathSegment::Kind::kCubic, {1, 2}, {3, 4}, {5, 6}});
  std::vector<display::Item> items = {
      run,
      display::Line{{0, 0}, {50, 60}, 7, {}},
      display::Box{{1, 2, 30, 40}, std::nullopt, std::nullopt, 0},
      path,
      display::Image{"seal.png", {5, 5, 10, 10}},
      display::Anchor{"seal", {8, 9, 42, 42}},
      display::TagBegin{"P", {}},
      display::TagEnd{},
  };
  translate(items, 100, -7);

  const auto& moved_run = std::get<display::GlyphRun>(items[0]);
  EXPECT_EQ(moved_run.origin, (Point{110, 13}));
  EXPECT_EQ(moved_run.glyphs[0].x_offset, 3);  // glyphs are relative to the origin
  const auto& line = std::get<display::Line>(items[1]);
  EXPECT_EQ(line.from, (Point{100, -7}));
  EXPECT_EQ(line.to, (Point{150, 53}));
  EXPECT_EQ(std::get<display::Box>(items[2]).rect, (Rect{101, -5, 30, 40}));
  const auto& segments = std::get<display::Path>(items[3]).segments;
  EXPECT_EQ(segments[0].p1, (Point{101, -5}));
  EXPECT_EQ(segments[1].p2, (Point{103, -3}));
  EXPECT_EQ(segments[1].p3, (Point{105, -1}));
  EXPECT_EQ(std::get<display::Image>(items[4]).rect, (Rect{105, -2, 10, 10}));
  EXPECT_EQ(std::get<display::Anchor>(items[5]).rect, (Rect{108, 2, 42, 42}));
  EXPECT_EQ(std::get<display::TagBegin>(items[6]).role, "P");
}

}  // namespace
}  // namespace gongwen::layout
