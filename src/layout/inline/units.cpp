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

// Which half of a full-width mark's cell is blank, judged from the glyph's
// ink (clreq: compression depends on the font's design as well as the mark).
enum class BlankHalf { kNone, kLeft, kRight };

BlankHalf blank_half(const font::Face& face, const display::Glyph& glyph, Length size,
                     Length cell) {
  const auto ink = face.ink_box(glyph.id);
  if (!ink) return BlankHalf::kNone;
  const Length ink_left = glyph.x_offset + scale(size, ink->x_bearing, face.units_per_em());
  const Length ink_right = ink_left + scale(size, ink->width, face.units_per_em());
  const Length tolerance = cell / 16;
  if (ink_right <= cell / 2 + tolerance) return BlankHalf::kRight;
  if (ink_left >= cell / 2 - tolerance) return BlankHalf::kLeft;
  return BlankHalf::kNone;
}

// Whether the punctuation style sets this full-width mark half width inside
// a line: banjiao every mark, kaiming all but the sentence-ending ones.
bool compressed_by_style(style::Punctuation punctuation, char32_t cp) {
  if (punctuation == style::Punctuation::kQuanjiao) return false;
  if (!u_ispunct(static_cast<UChar32>(cp))) return false;
  if (punctuation == style::Punctuation::kKaiming) {
    return cp != U'。' && cp != U'？' && cp != U'！' && cp != U'．';
  }
  return true;
}

// Takes the blank half off a full-width mark: its advance shrinks, and a mark
// whose ink is on the right moves left by the same amount.
void compress(Unit& unit, BlankHalf blank) {
  const Length half = unit.width / 2;
  display::Glyph& glyph = unit.glyphs.back();
  if (blank == BlankHalf::kLeft) {
    for (display::Glyph& g : unit.glyphs) g.x_offset -= half;
  }
  glyph.advance -= half;
  unit.width -= half;
  unit.squeeze = 0;  // nothing blank is left to take at the line's end
}

// Latin letters and digits (and the per cent sign that belongs to a figure)
// take the Han–Latin space; Latin punctuation does not.
bool latin_letter_or_digit(const Unit& unit, const std::u32string& text) {
  if (!unit.latin || unit.space) return false;
  const char32_t first = text[unit.begin];
  const char32_t last = text[unit.end - 1];
  return u_isalnum(static_cast<UChar32>(first)) || u_isalnum(static_cast<UChar32>(last)) ||
         first == U'%';
}

bool ideograph(const Unit& unit, const std::u32string& text) {
  return !unit.latin &&
         u_hasBinaryProperty(static_cast<UChar32>(text[unit.begin]), UCHAR_IDEOGRAPHIC);
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
    if (!item.latin && !unit.glyphs.empty()) {
      const bool full_width = is_full_width(first, unit.width, span.style.size);
      if (params.cell > 0 && full_width) {
        // Word's character grid: the glyph keeps its left side at the cell's
        // left edge and the cell absorbs the difference.
        unit.glyphs.back().advance += params.cell - unit.width;
        unit.width = params.cell;
      }
      if (squeezable(first)) unit.squeeze = unit.width / 2;
      if (full_width && compressed_by_style(params.punctuation, first)) {
        const BlankHalf blank =
            blank_half(*item.face, unit.glyphs.front(), span.style.size, unit.width);
        if (blank != BlankHalf::kNone) compress(unit, blank);
      }
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
  // clreq: space between Han characters and Latin letters or digits, none
  // next to punctuation (the marks carry their own blank space).
  if (params.han_latin_space > 0) {
    for (std::size_t u = 1; u < units.size(); ++u) {
      const Unit& before = units[u - 1];
      const Unit& after = units[u];
      if ((ideograph(before, paragraph.text) && latin_letter_or_digit(after, paragraph.text)) ||
          (latin_letter_or_digit(before, paragraph.text) && ideograph(after, paragraph.text))) {
        units[u].space_before = params.han_latin_space;
      }
    }
  }
  return units;
}

Length line_width(const std::vector<Unit>& units, std::size_t begin, std::size_t end) {
  Length width = 0;
  for (std::size_t u = begin; u < end; ++u) {
    width += units[u].width + (u > begin ? units[u].space_before : 0);
  }
  return width;
}

}  // namespace gongwen::layout::inline_steps
