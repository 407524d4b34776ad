// How the content stream writes each glyph of one embedded font: its code,
// its /W width, and the text /ToUnicode gives it.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>

#include "pdf/font_subset.h"
#include "pdf/glyph_usage.h"

namespace gongwen::pdf {

struct GlyphEncoding {
  std::uint16_t code = 0;
  double width = 0;     // 1/1000 em, the exact number written in /W
  std::u32string text;  // what /ToUnicode maps the code to (may be empty)
};

struct FontEncoding {
  std::string resource_name;                                // "F1", the name in page resources
  double ascent = 0, descent = 0;                           // 1/1000 em (descent negative)
  std::unordered_map<std::uint32_t, GlyphEncoding> glyphs;  // by original glyph id

  // Throws std::out_of_range for a glyph the font was not subset for.
  const GlyphEncoding& of(std::uint32_t glyph) const { return glyphs.at(glyph); }
};

// Glyph text comes from the display list's clusters; a glyph that has none
// falls back to the character the font's cmap maps to it (`cmap_text`), and
// a glyph the cmap does not know either to the text of the cluster it sits
// inside (FontUsage::inside_text), so that every glyph has a Unicode value.
FontEncoding make_font_encoding(std::string resource_name, const FontProgram& program,
                                const FontUsage& usage,
                                const std::map<std::uint32_t, char32_t>& cmap_text);

// Code → text for the /ToUnicode CMap.
std::map<std::uint16_t, std::u32string> to_unicode_map(const FontEncoding& encoding);

}  // namespace gongwen::pdf
