#include "display/dump.h"

#include <cstdio>
#include <string>

namespace gongwen::display {
namespace {

// Fixed three decimals in points: stable across platforms and easy to read.
std::string pt(Length l) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", to_pt(l));
  return buf;
}

std::string color(const Color& c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", c.r, c.g, c.b);
  return buf;
}

std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (char ch : s) {
    if (ch == '"' || ch == '\\') out += '\\';
    if (ch == '\n') {
      out += "\\n";
      continue;
    }
    out += ch;
  }
  return out + "\"";
}

struct ItemDumper {
  std::string& out;
  const std::string& prefix;

  void operator()(const GlyphRun& run) {
    out += prefix + "G f=" + std::to_string(run.font) + " s=" + pt(run.size) +
           " x=" + pt(run.origin.x) + " y=" + pt(run.origin.y);
    if (run.color != Color{}) out += " c=" + color(run.color);
    if (run.stroke != 0) out += " stroke=" + pt(run.stroke);
    out += " " + quoted(run.text) + " [";
    for (size_t i = 0; i < run.glyphs.size(); ++i) {
      const Glyph& g = run.glyphs[i];
      if (i) out += '|';
      out += std::to_string(g.id) + "=" + std::to_string(g.cluster) + "+" + pt(g.advance);
      if (g.x_offset || g.y_offset) out += "@" + pt(g.x_offset) + "," + pt(g.y_offset);
    }
    out += "]\n";
  }
  void operator()(const Line& l) {
    out += prefix + "L " + pt(l.from.x) + "," + pt(l.from.y) + " " + pt(l.to.x) + "," + pt(l.to.y) +
           " w=" + pt(l.width) + " c=" + color(l.color) + "\n";
  }
  void paint(const std::optional<Color>& fill, const std::optional<Color>& stroke, Length width) {
    if (fill) out += " fill=" + color(*fill);
    if (stroke) out += " stroke=" + color(*stroke) + " w=" + pt(width);
  }
  void operator()(const Box& b) {
    out +=
        prefix + "B " + pt(b.rect.x) + "," + pt(b.rect.y) + " " + pt(b.rect.w) + "x" + pt(b.rect.h);
    paint(b.fill, b.stroke, b.stroke_width);
    out += "\n";
  }
  void operator()(const Path& p) {
    out += prefix + "P";
    for (const PathSegment& s : p.segments) {
      switch (s.kind) {
        case PathSegment::Kind::kMove:
          out += " M" + pt(s.p1.x) + "," + pt(s.p1.y);
          break;
        case PathSegment::Kind::kLine:
          out += " L" + pt(s.p1.x) + "," + pt(s.p1.y);
          break;
        case PathSegment::Kind::kCubic:
          out += " C" + pt(s.p1.x) + "," + pt(s.p1.y) + "," + pt(s.p2.x) + "," + pt(s.p2.y) + "," +
                 pt(s.p3.x) + "," + pt(s.p3.y);
          break;
        case PathSegment::Kind::kClose:
          out += " Z";
          break;
      }
    }
    paint(p.fill, p.stroke, p.stroke_width);
    out += "\n";
  }
  void operator()(const Image& img) {
    out += prefix + "I " + quoted(img.path) + " " + pt(img.rect.x) + "," + pt(img.rect.y) + " " +
           pt(img.rect.w) + "x" + pt(img.rect.h) + "\n";
  }
  void operator()(const Anchor& a) {
    out += prefix + "A " + quoted(a.name) + " " + pt(a.rect.x) + "," + pt(a.rect.y) + " " +
           pt(a.rect.w) + "x" + pt(a.rect.h) + "\n";
  }
  void operator()(const TagBegin& t) {
    out += prefix + "TAG< " + t.role;
    for (const TagAttribute& a : t.attributes) out += " " + a.key + "=" + quoted(a.value);
    out += "\n";
  }
  void operator()(const TagEnd&) { out += prefix + "TAG>\n"; }
};

}  // namespace

std::string dump(const Document& doc) {
  std::string out;
  const Metadata& m = doc.metadata;
  out += "META title=" + quoted(m.title) + " author=" + quoted(m.author) +
         " subject=" + quoted(m.subject) + " date=" + quoted(m.date) +
         " lang=" + quoted(m.language) + "\n";
  for (size_t i = 0; i < doc.fonts.size(); ++i) {
    const Font& f = doc.fonts[i];
    // Only the file name: dumps must not depend on where fonts are installed.
    const size_t slash = f.path.find_last_of('/');
    const std::string file = slash == std::string::npos ? f.path : f.path.substr(slash + 1);
    out += "FONT " + std::to_string(i) + " " + quoted(file) +
           " index=" + std::to_string(f.face_index) + " family=" + quoted(f.family) + "\n";
  }
  for (const OutlineEntry& e : doc.outline) {
    out += "OUTLINE level=" + std::to_string(e.level) + " page=" + std::to_string(e.page + 1) +
           " y=" + pt(e.y) + " " + quoted(e.title) + "\n";
  }
  for (size_t i = 0; i < doc.pages.size(); ++i) {
    const Page& page = doc.pages[i];
    const std::string prefix = "P" + std::to_string(i + 1) + " ";
    out += "PAGE " + std::to_string(i + 1) + " " + pt(page.width) + "x" + pt(page.height) + "\n";
    ItemDumper dumper{out, prefix};
    for (const Item& item : page.items) std::visit(dumper, item);
  }
  return out;
}

}  // namespace gongwen::display
