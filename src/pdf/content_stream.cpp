#include "pdf/content_stream.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "pdf/number_format.h"
#include "pdf/signature_field.h"
#include "pdf/text_operators.h"

namespace gongwen::pdf {
namespace {

std::string color_operands(const display::Color& c) {
  return format_number(c.r / 255.0) + " " + format_number(c.g / 255.0) + " " +
         format_number(c.b / 255.0);
}

// Emits colour and line width operators only when they change.
class GraphicsState {
 public:
  explicit GraphicsState(std::string& out) : out_(out) {}
  void fill(const display::Color& c) {
    if (fill_ != c) out_ += color_operands(c) + " rg\n";
    fill_ = c;
  }
  void stroke(const display::Color& c) {
    if (stroke_ != c) out_ += color_operands(c) + " RG\n";
    stroke_ = c;
  }
  void line_width(Length w) {
    if (width_ != w) out_ += format_pt(w) + " w\n";
    width_ = w;
  }

 private:
  std::string& out_;
  std::optional<display::Color> fill_, stroke_;
  std::optional<Length> width_;
};

// The smallest rectangle holding `points`, grown by `margin` on every side.
Rect hull(const std::vector<Point>& points, Length margin) {
  Length x0 = points.front().x, y0 = points.front().y, x1 = x0, y1 = y0;
  for (const Point& p : points) {
    x0 = std::min(x0, p.x);
    y0 = std::min(y0, p.y);
    x1 = std::max(x1, p.x);
    y1 = std::max(y1, p.y);
  }
  return {x0 - margin, y0 - margin, x1 - x0 + 2 * margin, y1 - y0 + 2 * margin};
}

// Where a run's glyphs sit: their advances along the baseline, between the
// font's ascent and descent (the /BBox of a figure's labels).
Rect run_area(const display::GlyphRun& run, const FontEncoding& font) {
  const Length above =
      static_cast<Length>(std::lround(to_pt(run.size) * font.ascent / 1000 * kUnitsPerPt));
  const Length below =
      static_cast<Length>(std::lround(-to_pt(run.size) * font.descent / 1000 * kUnitsPerPt));
  std::vector<Point> corners;
  Length pen = run.origin.x;
  for (const auto& g : run.glyphs) {
    const Length x = pen + g.x_offset, y = run.origin.y + g.y_offset;
    corners.push_back({x, y - above});
    corners.push_back({x + g.advance, y + below});
    pen += g.advance;
  }
  return hull(corners, 0);
}

// Painting operator for a shape with optional fill and stroke.
const char* paint_operator(bool fill, bool stroke) {
  return fill ? (stroke ? "B" : "f") : "S";
}

class PageWriter {
 public:
  PageWriter(const display::Page& page, int page_index,
             const std::vector<const FontEncoding*>& fonts,
             const std::map<std::string, std::string>& image_names, StructureBuilder& structure)
      : page_(page),
        index_(page_index),
        fonts_(fonts),
        image_names_(image_names),
        structure_(structure),
        state_(result_.operators) {}

  PageContent write() {
    structure_.start_page(index_);
    for (const auto& item : page_.items) std::visit([this](const auto& x) { add(x); }, item);
    close_sequence();
    return std::move(result_);
  }

 private:
  std::string x(Length v) const { return format_pt(v); }
  std::string y(Length v) const { return format_pt(page_.height - v); }
  std::string& out() { return result_.operators; }

  void add(const display::TagBegin& tag) { structure_.begin(tag); }
  void add(const display::TagEnd&) { structure_.end(); }
  // Reserved space only; the signer draws there. A seal anchor becomes the
  // signature widget, which the structure tree holds as a Form.
  void add(const display::Anchor& anchor) {
    if (anchor.name == kSealAnchor) structure_.add_annotation("Form", index_, anchor.rect);
  }

  void add(const display::GlyphRun& run) {
    if (run.glyphs.empty() || run.size <= 0) return;
    mark(ContentKind::kText, run_area(run, *fonts_.at(run.font)));
    state_.fill(run.color);
    if (run.stroke > 0) {
      // Faux bold strokes with round joins (no spikes at sharp corners)
      // inside q/Q, so the tracked stroke state stays true after the run.
      out() += "q\n" + color_operands(run.color) + " RG\n" + format_pt(run.stroke) + " w\n1 j\n";
    }
    append_glyph_run(out(), run, *fonts_.at(run.font), page_.height);
    if (run.stroke > 0) out() += "Q\n";
    result_.fonts.insert(run.font);
  }

  void add(const display::Line& line) {
    mark(ContentKind::kGraphics, hull({line.from, line.to}, line.width / 2));
    state_.stroke(line.color);
    state_.line_width(line.width);
    out() += x(line.from.x) + " " + y(line.from.y) + " m " + x(line.to.x) + " " + y(line.to.y) +
             " l S\n";
  }

  void add(const display::Box& box) {
    if (!box.fill && !box.stroke) return;
    const Length margin = box.stroke ? box.stroke_width / 2 : 0;
    mark(ContentKind::kGraphics,
         hull({{box.rect.x, box.rect.y}, {box.rect.x + box.rect.w, box.rect.y + box.rect.h}},
              margin));
    if (box.fill) state_.fill(*box.fill);
    if (box.stroke) {
      state_.stroke(*box.stroke);
      state_.line_width(box.stroke_width);
    }
    out() += x(box.rect.x) + " " + y(box.rect.y + box.rect.h) + " " + format_pt(box.rect.w) + " " +
             format_pt(box.rect.h) + " re " +
             paint_operator(box.fill.has_value(), box.stroke.has_value()) + "\n";
  }

  void add(const display::Path& path) {
    if (path.segments.empty() || (!path.fill && !path.stroke)) return;
    std::vector<Point> points;  // a Bézier curve stays inside its control points
    for (const auto& seg : path.segments) {
      if (seg.kind == display::PathSegment::Kind::kClose) continue;
      points.push_back(seg.p1);
      if (seg.kind == display::PathSegment::Kind::kCubic) {
        points.push_back(seg.p2);
        points.push_back(seg.p3);
      }
    }
    if (points.empty()) points.push_back({0, 0});
    mark(ContentKind::kGraphics, hull(points, path.stroke ? path.stroke_width / 2 : 0));
    if (path.fill) state_.fill(*path.fill);
    if (path.stroke) {
      state_.stroke(*path.stroke);
      state_.line_width(path.stroke_width);
    }
    using Kind = display::PathSegment::Kind;
    for (const auto& s : path.segments) {
      switch (s.kind) {
        case Kind::kMove:
          out() += x(s.p1.x) + " " + y(s.p1.y) + " m\n";
          break;
        case Kind::kLine:
          out() += x(s.p1.x) + " " + y(s.p1.y) + " l\n";
          break;
        case Kind::kCubic:
          out() += x(s.p1.x) + " " + y(s.p1.y) + " " + x(s.p2.x) + " " + y(s.p2.y) + " " +
                   x(s.p3.x) + " " + y(s.p3.y) + " c\n";
          break;
        case Kind::kClose:
          out() += "h\n";
          break;
      }
    }
    out() += std::string(paint_operator(path.fill.has_value(), path.stroke.has_value())) + "\n";
  }

  void add(const display::Image& image) {
    auto name = image_names_.find(image.path);
    if (name == image_names_.end() || image.rect.w <= 0 || image.rect.h <= 0) return;
    mark(ContentKind::kImage, image.rect);
    out() += "q " + format_pt(image.rect.w) + " 0 0 " + format_pt(image.rect.h) + " " +
             x(image.rect.x) + " " + y(image.rect.y + image.rect.h) + " cm /" + name->second +
             " Do Q\n";
    result_.images.insert(image.path);
  }

  // Starts a new marked-content sequence unless the content belongs to the
  // one already open (consecutive lines of one paragraph share an MCID).
  void mark(ContentKind kind, const Rect& area) {
    const Marking m = structure_.mark(kind);
    structure_.add_bounds(m, index_, area);
    if (open_ && *open_ == m) return;
    close_sequence();
    if (m.artifact) {
      std::string props;
      if (!m.artifact_type.empty()) props += "/Type /" + m.artifact_type;
      if (!m.artifact_subtype.empty())
        props += (props.empty() ? "" : " ") + std::string("/Subtype /") + m.artifact_subtype;
      out() += props.empty() ? "/Artifact BMC\n" : "/Artifact <<" + props + ">> BDC\n";
    } else {
      const int mcid = structure_.add_marked_content(m.element, index_);
      out() += "/" + structure_.elements()[m.element].role + " <</MCID " + std::to_string(mcid) +
               ">> BDC\n";
    }
    open_ = m;
  }

  void close_sequence() {
    if (open_) out() += "EMC\n";
    open_.reset();
  }

  const display::Page& page_;
  int index_;
  const std::vector<const FontEncoding*>& fonts_;
  const std::map<std::string, std::string>& image_names_;
  StructureBuilder& structure_;
  PageContent result_;
  GraphicsState state_;
  std::optional<Marking> open_;
};

}  // namespace

PageContent build_page_content(const display::Page& page, int page_index,
                               const std::vector<const FontEncoding*>& fonts,
                               const std::map<std::string, std::string>& image_names,
                               StructureBuilder& structure) {
  return PageWriter(page, page_index, fonts, image_names, structure).write();
}

}  // namespace gongwen::pdf
