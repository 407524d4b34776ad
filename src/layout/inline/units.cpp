#include "layout/inline/units.h"

#include <cstdio>

#include <unicode/uchar.h>

#include "text/breaks.h"
#include "text/shape.h"
#include "util/error.h"

namespace gongwen::layout::inline_steps {
namespace {

// Full-width: East Asian Wide or Fullwidth (ideographs, CJK punctuation), or
// any glyph about one em wide (e.g. the curly quotes, ambiguous by Unicode but
// full-width in Chinese fonts). These sit on the grid.
bool is_full_width(char32_t cp, Length natural, Length size) {
  const auto width = static_cast<UEastAsianWidth>(
      u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_EAST_ASIAN_WIDTH));
  if (width == U_EA_WIDE || width == U_EA_FULLWIDTH) return true;
  const Length tolerance = size / 8;
  return natural >= size - tolerance && natural <= size + tolerance;
}

// Marks whose ink sits in the left half of the em box in Chinese fonts, so
// their right half may be cut off at the end of a line (clreq: compress
// before pushing a character to the next line).
bool squeezable(char32_t cp) {
  switch (cp) {
    case U'，':
    case U'。':
    case U'、':
    case U'；':
    case U'：':
    case U'？':
    case U'！':
    case U'）':
    case U'》':
    case U'」':
    case U'』':
    case U'】':
    case U'〕':
    case U'〗':
    case U'〉':
    case U'］':
    case U'｝':
    case U'”':
    case U'’':
      return true;
    default:
      return false;
  }
}

// Byte offset in the item's UTF-8 of each of its characters, plus the end.
std::vector<std::uint32_t> byte_offsets(std::u32string_view text) {
  std::vector<std::uint32_t> offsets;
  offsets.reserve(text.size() + 1);
  std::uint32_t offset = 0;
  for (char32_t cp : text) {
    offsets.push_back(offset);
    offset += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  offsets.push_back(offset);
  return offsets;
}

// A character the face maps but cannot set in its context, typically a
// combining mark after a base the font has no mark positioning for.
[[noreturn]] void missing_glyph(const Span& span, const font::Face& face,
                                std::u32string_view sequence) {
  std::string codes;
  for (char32_t cp : sequence) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%sU+%04X", codes.empty() ? "" : " ",
                  static_cast<unsigned>(cp));
    codes += buffer;
  }
  throw InputError(span.pos, "the font " + face.family() + " cannot set \"" +
                                 text::to_utf8(sequence) + "\" (" + codes +
                                 "); replace it, or use a font that has it");
}

void add_item_units(const Paragraph& paragraph, const Span& span, int item_index,
                    const InlineParams& params, std::vector<Unit>& units) {
  const Item& item = paragraph.items[static_cast<std::size_t>(item_index)];
  const std::u32string_view text =
      std::u32string_view(paragraph.text).substr(item.begin, item.end - item.begin);
  const std::vector<text::ShapedGlyph> shaped =
      text::shape(*item.face, span.style.size, text::to_utf8(text));
  const std::vector<std::uint32_t> offsets = byte_offsets(text);

  std::size_t char_index = 0;  // within the item
  for (std::size_t g = 0; g < shaped.size();) {
    // A unit is the run of glyphs sharing one cluster; its characters reach
    // to the next cluster's first character.
    const std::uint32_t cluster = shaped[g].cluster;
    while (offsets[char_index] < cluster) ++char_index;
    Unit unit;
    unit.item = item_index;
    unit.latin = item.latin;
    unit.begin = item.begin + char_index;
    bool missing = false;
    for (; g < shaped.size() && shaped[g].cluster == cluster; ++g) {
      const text::ShapedGlyph& s = shaped[g];
      missing = missing || s.id == 0;
      unit.glyphs.push_back({s.id, s.advance, s.x_offset, s.y_offset, 0});
      unit.width += s.advance;
    }
    std::size_t next_char = char_index + 1;
    if (g < shaped.size()) {
      while (offsets[next_char] < shaped[g].cluster) ++next_char;
    } else {
      next_char = text.size();
    }
    unit.end = item.begin + next_char;
    if (missing) missing_glyph(span, *item.face, text.substr(char_index, next_char - char_index));

    const char32_t first = paragraph.text[unit.begin];
    unit.space = first == U' ' || first == U'\u3000';
    if (!item.latin) {
      if (params.cell > 0 && !unit.glyphs.empty() &&
          is_full_width(first, unit.width, span.style.size)) {
        // Word's character grid: the glyph keeps its left side at the cell's
        // left edge and the cell absorbs the difference.
        unit.glyphs.back().advance += params.cell - unit.width;
        unit.width = params.cell;
      }
      if (squeezable(first)) unit.squeeze = unit.width / 2;
    }
    units.push_back(std::move(unit));
  }
}

}  // namespace

std::vector<Unit> make_units(const Paragraph& paragraph, const std::vector<Span>& spans,
                             const InlineParams& params) {
  std::vector<Unit> units;
  units.reserve(paragraph.text.size());
  for (int i = 0; i < static_cast<int>(paragraph.items.size()); ++i) {
    const Item& item = paragraph.items[static_cast<std::size_t>(i)];
    if (!item.face) {
      Unit hard;
      hard.begin = item.begin;
      hard.end = item.end;
      hard.item = i;
      hard.hard_break = true;
      units.push_back(hard);
      continue;
    }
    add_item_units(paragraph, spans[static_cast<std::size_t>(item.span)], i, params, units);
  }

  const std::vector<bool> allowed = text::break_opportunities(paragraph.text);
  for (std::size_t u = 0; u < units.size(); ++u) {
    units[u].break_before = allowed[units[u].begin] || (u > 0 && units[u - 1].hard_break);
  }
  return units;
}

}  // namespace gongwen::layout::inline_steps
