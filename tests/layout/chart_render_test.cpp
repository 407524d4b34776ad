// Every golden chart input laid out: the block fills the width, is a whole
// number of grid lines high, keeps everything inside it, and is one Figure.
// With GONGWEN_CHART_SVG_DIR set, each chart is also written there as SVG
// (glyph outlines from the fonts) to be looked at: `convert x.svg x.png`.
#include <hb.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>

#include <gtest/gtest.h>

#include "font/test_fonts.h"
#include "layout/chart/chart.h"
#include "model/load.h"
#include "text/breaks.h"
#include "util/error.h"

namespace gongwen::layout {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> golden_inputs() {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(testing::source_path("tests/inputs/charts"))) {
    if (entry.path().extension() == ".yaml") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<model::Chart> charts_of(const fs::path& file) {
  const model::Document doc = model::load_document(file.string(), testing::source_path("styles"));
  std::vector<model::Chart> charts;
  for (const model::Block& block : doc.body) {
    if (auto* chart = std::get_if<model::Chart>(&block)) charts.push_back(*chart);
  }
  return charts;
}

// SVG path data of a glyph's outline, in font units (y up).
struct OutlineSink {
  std::ostringstream d;
};
void move_to(hb_draw_funcs_t*, void* sink, hb_draw_state_t*, float x, float y, void*) {
  static_cast<OutlineSink*>(sink)->d << "M" << x << " " << y;
}
void line_to(hb_draw_funcs_t*, void* sink, hb_draw_state_t*, float x, float y, void*) {
  static_cast<OutlineSink*>(sink)->d << "L" << x << " " << y;
}
void quad_to(hb_draw_funcs_t*, void* sink, hb_draw_state_t*, float cx, float cy, float x, float y,
             void*) {
  static_cast<OutlineSink*>(sink)->d << "Q" << cx << " " << cy << " " << x << " " << y;
}
void cubic_to(hb_draw_funcs_t*, void* sink, hb_draw_state_t*, float c1x, float c1y, float c2x,
              float c2y, float x, float y, void*) {
  static_cast<OutlineSink*>(sink)->d << "C" << c1x << " " << c1y << " " << c2x << " " << c2y << " "
                                     << x << " " << y;
}
void close_path(hb_draw_funcs_t*, void* sink, hb_draw_state_t*, void*) {
  static_cast<OutlineSink*>(sink)->d << "Z";
}

class SvgWriter {
 public:
  explicit SvgWriter(const std::vector<display::Font>& fonts) {
    funcs_ = hb_draw_funcs_create();
    hb_draw_funcs_set_move_to_func(funcs_, move_to, nullptr, nullptr);
    hb_draw_funcs_set_line_to_func(funcs_, line_to, nullptr, nullptr);
    hb_draw_funcs_set_quadratic_to_func(funcs_, quad_to, nullptr, nullptr);
    hb_draw_funcs_set_cubic_to_func(funcs_, cubic_to, nullptr, nullptr);
    hb_draw_funcs_set_close_path_func(funcs_, close_path, nullptr, nullptr);
    for (const display::Font& f : fonts) {
      hb_blob_t* blob = hb_blob_create_from_file(f.path.c_str());
      hb_face_t* face = hb_face_create(blob, static_cast<unsigned>(f.face_index));
      fonts_.push_back(hb_font_create(face));
      upem_.push_back(static_cast<int>(hb_face_get_upem(face)));
      hb_face_destroy(face);
      hb_blob_destroy(blob);
    }
  }
  ~SvgWriter() {
    for (hb_font_t* f : fonts_) hb_font_destroy(f);
    hb_draw_funcs_destroy(funcs_);
  }

  std::string svg(const Block& block) {
    std::ostringstream out;
    out << "<svg xmlns='http://www.w3.org/2000/svg' width='" << to_pt(block.width) * 2
        << "' height='" << to_pt(block.height) * 2 << "' viewBox='0 0 " << to_pt(block.width) << " "
        << to_pt(block.height) << "'>\n<rect width='100%' height='100%' fill='white'/>\n"
        << "<rect width='" << to_pt(block.width) << "' height='" << to_pt(block.height)
        << "' fill='none' stroke='#f0a0a0' stroke-width='0.2'/>\n";
    for (const display::Item& item : block.items)
      std::visit([&](const auto& i) { add(out, i); }, item);
    out << "</svg>\n";
    return out.str();
  }

 private:
  static std::string rgb(display::Color c) {
    return "rgb(" + std::to_string(c.r) + "," + std::to_string(c.g) + "," + std::to_string(c.b) +
           ")";
  }
  void add(std::ostream& out, const display::GlyphRun& run) {
    Length x = run.origin.x;
    const double k = to_pt(run.size) / upem_[static_cast<std::size_t>(run.font)];
    for (const display::Glyph& g : run.glyphs) {
      OutlineSink sink;
      hb_font_get_glyph_shape(fonts_[static_cast<std::size_t>(run.font)], g.id, funcs_, &sink);
      out << "<path fill='" << rgb(run.color) << "' transform='translate(" << to_pt(x + g.x_offset)
          << " " << to_pt(run.origin.y + g.y_offset) << ") scale(" << k << " " << -k << ")' d='"
          << sink.d.str() << "'/>\n";
      x += g.advance;
    }
  }
  void add(std::ostream& out, const display::Line& l) {
    out << "<line x1='" << to_pt(l.from.x) << "' y1='" << to_pt(l.from.y) << "' x2='"
        << to_pt(l.to.x) << "' y2='" << to_pt(l.to.y) << "' stroke='" << rgb(l.color)
        << "' stroke-width='" << to_pt(l.width) << "'/>\n";
  }
  void add(std::ostream& out, const display::Box& b) {
    out << "<rect x='" << to_pt(b.rect.x) << "' y='" << to_pt(b.rect.y) << "' width='"
        << to_pt(b.rect.w) << "' height='" << to_pt(b.rect.h) << "' fill='"
        << (b.fill ? rgb(*b.fill) : "none") << "'/>\n";
  }
  void add(std::ostream& out, const display::Path& p) {
    out << "<path d='";
    for (const display::PathSegment& s : p.segments) {
      using K = display::PathSegment::Kind;
      if (s.kind == K::kMove) out << "M" << to_pt(s.p1.x) << " " << to_pt(s.p1.y);
      if (s.kind == K::kLine) out << "L" << to_pt(s.p1.x) << " " << to_pt(s.p1.y);
      if (s.kind == K::kCubic) {
        out << "C" << to_pt(s.p1.x) << " " << to_pt(s.p1.y) << " " << to_pt(s.p2.x) << " "
            << to_pt(s.p2.y) << " " << to_pt(s.p3.x) << " " << to_pt(s.p3.y);
      }
      if (s.kind == K::kClose) out << "Z";
    }
    out << "' fill='" << (p.fill ? rgb(*p.fill) : "none") << "' stroke='"
        << (p.stroke ? rgb(*p.stroke) : "none") << "' stroke-width='" << to_pt(p.stroke_width)
        << "'/>\n";
  }
  template <typename T>
  void add(std::ostream&, const T&) {}

  hb_draw_funcs_t* funcs_ = nullptr;
  std::vector<hb_font_t*> fonts_;
  std::vector<int> upem_;
};

// The horizontal extent of a glyph run: its pen positions.
std::pair<Length, Length> run_extent(const display::GlyphRun& run) {
  Length w = 0;
  for (const display::Glyph& g : run.glyphs) w += g.advance;
  return {run.origin.x, run.origin.x + w};
}

void expect_inside(const Block& block, const std::string& name) {
  auto inside_x = [&](Length x) { return x >= 0 && x <= block.width; };
  auto inside_y = [&](Length y) { return y >= 0 && y <= block.height; };
  int depth = 0;
  for (const display::Item& item : block.items) {
    if (auto* run = std::get_if<display::GlyphRun>(&item)) {
      const auto [left, right] = run_extent(*run);
      EXPECT_TRUE(inside_x(left) && inside_x(right)) << name << ": " << run->text;
      EXPECT_TRUE(inside_y(run->origin.y - run->size) && inside_y(run->origin.y))
          << name << ": " << run->text;
    } else if (auto* line = std::get_if<display::Line>(&item)) {
      EXPECT_TRUE(inside_x(line->from.x) && inside_x(line->to.x)) << name;
      EXPECT_TRUE(inside_y(line->from.y) && inside_y(line->to.y)) << name;
    } else if (auto* box = std::get_if<display::Box>(&item)) {
      EXPECT_TRUE(inside_x(box->rect.x) && inside_x(box->rect.x + box->rect.w)) << name;
      EXPECT_TRUE(inside_y(box->rect.y) && inside_y(box->rect.y + box->rect.h)) << name;
    } else if (auto* path = std::get_if<display::Path>(&item)) {
      for (const display::PathSegment& s : path->segments) {
        if (s.kind == display::PathSegment::Kind::kClose) continue;
        EXPECT_TRUE(inside_x(s.p3.x == 0 && s.p3.y == 0 ? s.p1.x : s.p3.x)) << name;
        EXPECT_TRUE(inside_y(s.p3.x == 0 && s.p3.y == 0 ? s.p1.y : s.p3.y)) << name;
      }
    } else if (std::holds_alternative<display::TagBegin>(item)) {
      ++depth;
    } else if (std::holds_alternative<display::TagEnd>(item)) {
      --depth;
      EXPECT_GE(depth, 0) << name;
    }
  }
  EXPECT_EQ(depth, 0) << name;
}

TEST(ChartRender, GoldenInputsFillTheWidthOnWholeGridLinesAndStayInside) {
  style::Style style;
  FontTable font_table;
  Context ctx{style, testing::project_fonts(), font_table};
  const char* svg_dir = std::getenv("GONGWEN_CHART_SVG_DIR");
  int count = 0;
  std::vector<std::pair<std::string, Block>> blocks;
  for (const fs::path& file : golden_inputs()) {
    for (const model::Chart& chart : charts_of(file)) {
      const Block block = layout_chart(ctx, chart, style.area_width);
      const std::string name = file.stem().string();
      EXPECT_EQ(block.width, style.area_width) << name;
      EXPECT_EQ(block.height % style.line_pitch(), 0) << name;
      EXPECT_GE(block.height / style.line_pitch(), 6) << name;
      ASSERT_FALSE(block.items.empty());
      const auto* figure = std::get_if<display::TagBegin>(&block.items.front());
      ASSERT_NE(figure, nullptr) << name;
      EXPECT_EQ(figure->role, "Figure");
      EXPECT_TRUE(std::holds_alternative<display::TagEnd>(block.items.back())) << name;
      expect_inside(block, name);
      blocks.emplace_back(name, block);
      ++count;
    }
  }
  EXPECT_GE(count, 4);
  if (!svg_dir) return;
  SvgWriter writer(font_table.fonts());
  for (const auto& [name, block] : blocks) {
    std::ofstream(fs::path(svg_dir) / (name + ".svg")) << writer.svg(block);
  }
}

// Charts of every kind with random sizes, magnitudes and label lengths:
// each is laid out inside its block, or refused with an InputError.
TEST(ChartRender, RandomChartsFitTheirBlockOrSayWhy) {
  style::Style style;
  FontTable font_table;
  Context ctx{style, testing::project_fonts(), font_table};
  std::mt19937 random(20210123);
  auto pick = [&](int n) { return static_cast<int>(random() % static_cast<unsigned>(n)); };
  const std::u32string hanzi =
      U"规范性文件政策解读局党组扩大会议业务动态微信公众号今日头条（），、";
  const double magnitudes[] = {1e-6, 0.01, 1, 7, 137, 5e4, 1e12};
  int refused = 0;
  for (int round = 0; round < 300; ++round) {
    model::Chart c;
    c.kind = static_cast<model::Chart::Kind>(pick(4));
    c.title = pick(3) == 0 ? "" : "信息公开情况";
    c.unit = pick(2) == 0 ? "" : "条";
    const int n = 1 + pick(pick(4) == 0 ? 30 : 8);
    const int k = c.kind == model::Chart::Kind::kGroupedBar ? 1 + pick(4) : 1;
    const double magnitude = magnitudes[pick(7)];
    const bool negatives = c.kind != model::Chart::Kind::kPie && pick(4) == 0;
    for (int i = 0; i < n; ++i) {
      std::u32string label;
      const int length = pick(pick(5) == 0 ? 40 : 8);
      for (int j = 0; j < length; ++j)
        label += hanzi[static_cast<std::size_t>(pick(static_cast<int>(hanzi.size())))];
      if (pick(6) == 0)
        label += U"2020年Q" + std::u32string(1, U'1' + static_cast<char32_t>(pick(4)));
      c.categories.push_back(text::to_utf8(label));
    }
    for (int s = 0; s < k; ++s) {
      model::ChartSeries series{"系列" + std::to_string(s + 1), {}, {}};
      for (int i = 0; i < n; ++i) {
        double v = magnitude * pick(1000) / 100.0;
        if (negatives && pick(3) == 0) v = -v;
        series.values.push_back(v);
      }
      if (c.kind == model::Chart::Kind::kPie) series.values[0] += 1;  // never all zero
      c.series.push_back(std::move(series));
    }
    if (pick(5) == 0) c.height_lines = 4 + pick(14);
    const std::string name = "round " + std::to_string(round);
    try {
      const Block block = layout_chart(ctx, c, style.area_width);
      EXPECT_EQ(block.height % style.line_pitch(), 0) << name;
      EXPECT_LE(block.height, style.area_height) << name;
      expect_inside(block, name);
    } catch (const InputError& e) {
      ++refused;
      EXPECT_NE(std::string(e.what()).find("chart"), std::string::npos) << e.what();
    }
  }
  EXPECT_LT(refused, 150);
}

// A narrow width squeezes the plot; a chart that cannot fit says so (too
// narrow, or too tall once its labels wrap) instead of drawing outside.
TEST(ChartRender, NarrowWidthsFitOrSayWhy) {
  style::Style style;
  FontTable font_table;
  Context ctx{style, testing::project_fonts(), font_table};
  for (const fs::path& file : golden_inputs()) {
    for (const model::Chart& chart : charts_of(file)) {
      for (double pt : {20.0, 60.0, 120.0, 200.0}) {
        const std::string name = file.stem().string() + " at " + std::to_string(pt) + "pt";
        try {
          const Block block = layout_chart(ctx, chart, from_pt(pt));
          EXPECT_EQ(block.width, from_pt(pt));
          expect_inside(block, name);
        } catch (const InputError& e) {
          const std::string what = e.what();
          EXPECT_TRUE(what.find("too narrow") != std::string::npos ||
                      what.find("grid lines") != std::string::npos)
              << what;
        }
      }
    }
  }
}

}  // namespace
}  // namespace gongwen::layout
