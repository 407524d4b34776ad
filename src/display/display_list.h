// The display list: pages of positioned glyph runs, rules, paths and tags.
// It is the one seam between layout and the exporters (PDF writer, text dump).
// Coordinates are in layout units (1/1024 pt), origin at the page's top-left
// corner, y growing downwards.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "util/color.h"
#include "util/units.h"

namespace gongwen::display {

using Color = gongwen::Color;

// A font face used by glyph runs, referenced by index into Document::fonts.
struct Font {
  std::string path;    // font file
  int face_index = 0;  // face inside a .ttc/.otc collection
  std::string family;  // informative (dump, diagnostics)
  friend bool operator==(const Font&, const Font&) = default;
};

struct Glyph {
  std::uint32_t id = 0;       // glyph id in the font (never 0 = .notdef)
  Length advance = 0;         // pen advance after this glyph (layout units)
  Length x_offset = 0;        // offset of this glyph from the pen position
  Length y_offset = 0;        // (y grows downwards)
  std::uint32_t cluster = 0;  // byte offset into GlyphRun::text where its characters start
};

// A run of glyphs in one font and size on one baseline. `text` is the source
// text the glyphs represent; glyph clusters index into it (for /ToUnicode).
struct GlyphRun {
  int font = 0;
  Length size = 0;  // font size
  Color color;
  Point origin;  // pen position of the first glyph, on the baseline
  std::vector<Glyph> glyphs;
  std::string text;
  // Faux bold: when > 0 the outlines are also stroked with this line width
  // (PDF text render mode 2). Advances are unchanged.
  Length stroke = 0;
};

// A straight line (table rules, chart axes).
struct Line {
  Point from, to;
  Length width = 0;
  Color color;
};

// An axis-aligned rectangle, filled and/or stroked.
struct Box {
  Rect rect;
  std::optional<Color> fill;
  std::optional<Color> stroke;
  Length stroke_width = 0;
};

// A general path (pie slices, curves) made of moves, lines, cubic curves.
struct PathSegment {
  enum class Kind { kMove, kLine, kCubic, kClose } kind = Kind::kMove;
  Point p1, p2, p3;  // kMove/kLine use p1; kCubic uses p1, p2 (controls) and p3
};
struct Path {
  std::vector<PathSegment> segments;
  std::optional<Color> fill;
  std::optional<Color> stroke;
  Length stroke_width = 0;
};

// A raster image (e.g. a seal PNG), placed in rect.
struct Image {
  std::string path;
  Rect rect;
};

// A rectangle reserved for something drawn later (the seal / signature field).
struct Anchor {
  std::string name;  // e.g. "seal"
  Rect rect;
};

// Structure tags. Content between TagBegin and its TagEnd belongs to a
// structure element (role = "H1", "P", "Table", "TR", "TH", "TD", "Figure"...),
// or is an artifact (role = "Artifact": page numbers, repeated table headers).
struct TagAttribute {
  std::string key;  // e.g. "RowSpan", "ColSpan", "Scope", "Alt"
  std::string value;
  friend bool operator==(const TagAttribute&, const TagAttribute&) = default;
};
struct TagBegin {
  std::string role;
  std::vector<TagAttribute> attributes;
};
struct TagEnd {};

using Item = std::variant<GlyphRun, Line, Box, Path, Image, Anchor, TagBegin, TagEnd>;

struct Page {
  Length width = 0;
  Length height = 0;
  std::vector<Item> items;
};

// Document-level metadata, written to Info and XMP.
struct Metadata {
  std::string title;
  std::string author;  // the issuing agency
  std::string subject;
  std::string keywords;
  std::string language = "zh-CN";
  std::string date;  // ISO 8601 date "YYYY-MM-DD" of the document (成文日期)
};

// An outline (bookmark) entry pointing at a place in the document.
struct OutlineEntry {
  std::string title;
  int level = 1;  // 1 = top level
  int page = 0;   // 0-based page index
  Length y = 0;   // top of the target on that page
};

struct Document {
  Metadata metadata;
  std::vector<Font> fonts;
  std::vector<Page> pages;
  std::vector<OutlineEntry> outline;
};

}  // namespace gongwen::display
