#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <numeric>
#include <set>

#include "font/test_fonts.h"
#include "layout/chart/arcs.h"
#include "layout/chart/chart.h"
#include "layout/chart/pie_math.h"

namespace gongwen::layout {
namespace {

using chart::SliceAngles;
using Kind = display::PathSegment::Kind;

constexpr double kTwoPi = 2 * std::numbers::pi;

TEST(ChartPie, SliceSweepsAddUpToAFullTurn) {
  const std::vector<double> values = {1, 6, 7, 15, 37, 137};
  const std::vector<SliceAngles> slices = chart::slice_angles(values);
  ASSERT_EQ(slices.size(), values.size());
  double total = 0;
  for (std::size_t i = 0; i < slices.size(); ++i) {
    EXPECT_NEAR(slices[i].sweep, kTwoPi * values[i] / 203.0, 1e-12);
    if (i > 0) {
      EXPECT_DOUBLE_EQ(slices[i].start, slices[i - 1].start + slices[i - 1].sweep);
    }
    total += slices[i].sweep;
  }
  EXPECT_DOUBLE_EQ(slices.front().start, 0);
  EXPECT_DOUBLE_EQ(slices.back().start + slices.back().sweep, kTwoPi);
  EXPECT_NEAR(total * 180 / std::numbers::pi, 360.0, 1e-9);
}

TEST(ChartPie, SharesAddUpToExactlyAHundredPercent) {
  const std::vector<int> thirds = chart::share_tenths({1, 1, 1});
  EXPECT_EQ(thirds, (std::vector<int>{334, 333, 333}));
  const std::vector<int> seed = chart::share_tenths({28, 37, 137, 0.5});
  EXPECT_EQ(std::accumulate(seed.begin(), seed.end(), 0), 1000);
  EXPECT_EQ(seed, (std::vector<int>{138, 183, 677, 2}));
  EXPECT_EQ(chart::format_share(677), "67.7%");
  EXPECT_EQ(chart::format_share(2), "0.2%");
}

// Every cubic of a slice stays on its circle (checked at t = 1/2).
TEST(ChartPie, ArcsAreCloseToTheCircle) {
  const Point c{from_pt(100), from_pt(100)};
  const Length r = from_pt(80);
  const display::Path path = chart::slice_path(c, r, {0.3, 2.5});
  ASSERT_EQ(path.segments.front().kind, Kind::kMove);
  EXPECT_EQ(path.segments.front().p1, c);
  EXPECT_EQ(path.segments[1].kind, Kind::kLine);
  EXPECT_EQ(path.segments.back().kind, Kind::kClose);
  Point from = path.segments[1].p1;
  int cubics = 0;
  for (const display::PathSegment& s : path.segments) {
    if (s.kind != Kind::kCubic) continue;
    ++cubics;
    const double mx = (from.x + 3.0 * s.p1.x + 3.0 * s.p2.x + s.p3.x) / 8;
    const double my = (from.y + 3.0 * s.p1.y + 3.0 * s.p2.y + s.p3.y) / 8;
    EXPECT_NEAR(std::hypot(mx - c.x, my - c.y), static_cast<double>(r), r * 3e-4);
    from = s.p3;
  }
  EXPECT_EQ(cubics, 2);  // 2.5 rad is more than a quarter turn
  EXPECT_EQ(from, chart::on_circle(c, r, 2.8));
}

TEST(ChartPie, AWholePieIsACircleWithoutARadius) {
  const display::Path path = chart::slice_path({0, 0}, 1000, {0, kTwoPi});
  ASSERT_EQ(path.segments.size(), 6u);  // move, 4 quarter arcs, close
  EXPECT_EQ(path.segments[0].kind, Kind::kMove);
  EXPECT_EQ(path.segments[0].p1, (Point{0, -1000}));
  EXPECT_EQ(path.segments[4].p3, (Point{0, -1000}));
}

struct ChartPieLayout : ::testing::Test {
  style::Style style;
  FontTable font_table;
  Context ctx{style, testing::project_fonts(), font_table};

  model::Chart pie(std::vector<double> values) {
    model::Chart c;
    c.kind = model::Chart::Kind::kPie;
    c.title = "各渠道发布信息占比";
    for (std::size_t i = 0; i < values.size(); ++i)
      c.categories.push_back("渠道" + std::to_string(i + 1));
    c.series.push_back({c.title, std::move(values), {}});
    return c;
  }
  // The clockwise angle from 12 o'clock of a point around `centre`.
  static double angle_of(Point p, Point centre) {
    const double a =
        std::atan2(static_cast<double>(p.x - centre.x), static_cast<double>(centre.y - p.y));
    return a < 0 ? a + kTwoPi : a;
  }
};

TEST_F(ChartPieLayout, SlicesInTheBlockCoverTheCircleOnceInOrder) {
  const Block block = layout_chart(ctx, pie({28, 37, 137, 0, 0.5}), style.area_width);
  std::vector<const display::Path*> paths;
  for (const display::Item& item : block.items) {
    if (auto* p = std::get_if<display::Path>(&item)) paths.push_back(p);
  }
  ASSERT_EQ(paths.size(), 4u);  // the zero value draws nothing
  const Point centre = paths[0]->segments[0].p1;
  double total = 0;
  for (const display::Path* p : paths) {
    EXPECT_EQ(p->segments[0].p1, centre);
    const double start = angle_of(p->segments[1].p1, centre);
    double end = angle_of(p->segments[p->segments.size() - 2].p3, centre);
    if (end <= start + 1e-6) end += kTwoPi;
    total += end - start;
    ASSERT_TRUE(p->fill.has_value());
    EXPECT_EQ(p->stroke, (display::Color{255, 255, 255}));
  }
  EXPECT_NEAR(total * 180 / std::numbers::pi, 360.0, 0.05);
  // Neighbouring slices have different fills.
  for (std::size_t i = 1; i < paths.size(); ++i) EXPECT_NE(*paths[i]->fill, *paths[i - 1]->fill);
}

TEST_F(ChartPieLayout, MoreSlicesThanColoursNeverTouchTheirOwnColour) {
  for (std::size_t n : {7u, 8u, 13u}) {
    const Block block = layout_chart(ctx, pie(std::vector<double>(n, 1.0)), style.area_width);
    std::vector<display::Color> fills;
    for (const display::Item& item : block.items) {
      if (auto* p = std::get_if<display::Path>(&item)) fills.push_back(*p->fill);
    }
    ASSERT_EQ(fills.size(), n);
    for (std::size_t i = 0; i < n; ++i) EXPECT_NE(fills[i], fills[(i + 1) % n]) << n << " " << i;
  }
}

TEST_F(ChartPieLayout, SlicesTakeTheChartsOwnColorsInOrder) {
  model::Chart c = pie({1, 2, 3});
  c.colors = {0x112233, 0x445566, 0x778899};
  std::vector<display::Color> fills;
  for (const display::Item& item : layout_chart(ctx, c, style.area_width).items) {
    if (auto* p = std::get_if<display::Path>(&item)) fills.push_back(*p->fill);
  }
  EXPECT_EQ(fills, (std::vector<display::Color>{
                       {0x11, 0x22, 0x33}, {0x44, 0x55, 0x66}, {0x77, 0x88, 0x99}}));
}

TEST_F(ChartPieLayout, LegendShowsValuesAndShares) {
  const Block block = layout_chart(ctx, pie({28, 37, 137, 0.5}), style.area_width);
  std::string text;
  for (const display::Item& item : block.items) {
    if (auto* run = std::get_if<display::GlyphRun>(&item)) text += run->text;
  }
  EXPECT_NE(text.find("渠道1：28（13.8%）"), std::string::npos) << text;
  EXPECT_NE(text.find("渠道3：137（67.7%）"), std::string::npos) << text;
  EXPECT_NE(text.find("渠道4：0.5（0.2%）"), std::string::npos) << text;
}

TEST_F(ChartPieLayout, LongNamesWrapInTheLegendBesideThePie) {
  model::Chart c = pie({1, 2, 3});
  c.categories[0] =
      "依申请公开政府信息的申请人通过政府网站在线平台、信函、传真、当面提交等渠道提交的申请数量合"
      "计";
  const Block block = layout_chart(ctx, c, style.area_width);
  Length pie_right = 0;
  Length text_left = block.width;
  std::set<Length> baselines;
  for (const display::Item& item : block.items) {
    if (auto* p = std::get_if<display::Path>(&item)) {
      for (const auto& s : p->segments) pie_right = std::max({pie_right, s.p1.x, s.p3.x});
    }
    if (auto* run = std::get_if<display::GlyphRun>(&item)) {
      if (run->text.find("各渠道") != std::string::npos) continue;  // the title
      text_left = std::min(text_left, run->origin.x);
      baselines.insert(run->origin.y);
    }
  }
  EXPECT_LT(pie_right, text_left);
  EXPECT_GE(baselines.size(), 4u);  // the long entry takes two lines or more
  EXPECT_EQ(block.height % style.line_pitch(), 0);
}

}  // namespace
}  // namespace gongwen::layout
