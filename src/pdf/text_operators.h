// A glyph run as a PDF text object: BT /Fn size Tf 1 0 0 1 x y Tm [...] TJ ET.
#pragma once

#include <string>

#include "display/display_list.h"
#include "pdf/font_encoding.h"

namespace gongwen::pdf {

// Appends the text object for `run` (nothing for an empty run or a size of 0).
// Glyphs land exactly where the display list puts them: wherever a glyph's
// display advance differs from the font's natural advance at this size, a TJ
// adjustment makes up the difference, computed from the numbers actually
// written (so rounding never accumulates along a line). A change of vertical
// glyph offset starts a new Tm. Clusters whose text the glyph codes cannot
// reproduce through /ToUnicode (a glyph used for two characters, a character
// drawn with two glyphs) are wrapped in a /Span with /ActualText.
void append_glyph_run(std::string& out, const display::GlyphRun& run, const FontEncoding& font,
                      Length page_height);

}  // namespace gongwen::pdf
