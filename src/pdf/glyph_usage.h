// First pass over the display list: which glyphs of each font the document
// uses, and which text each glyph stands for (the first time it is seen).
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "display/display_list.h"

namespace gongwen::pdf {

struct FontUsage {
  std::set<std::uint32_t> glyphs;
  // Glyph → text: the first cluster the glyph draws alone, else the first
  // cluster of several glyphs it starts. Glyphs that only ever appear inside
  // another glyph's cluster have no entry.
  std::map<std::uint32_t, std::u32string> text;
  // Glyphs that only ever appear inside another glyph's cluster (a mark
  // after its base, the second half of a split vowel): the text of the first
  // such cluster. PDF/A-2u wants a Unicode value for every glyph shown; the
  // writer uses this when the font's cmap has none either, and an
  // /ActualText span then gives the cluster's text back exactly.
  std::map<std::uint32_t, std::u32string> inside_text;
};

// Indexed like Document::fonts. Throws std::invalid_argument when a run
// names a font that does not exist or uses glyph 0 (.notdef), which PDF/A
// forbids: both are bugs in whatever built the display list.
std::vector<FontUsage> collect_glyph_usage(const display::Document& doc);

}  // namespace gongwen::pdf
