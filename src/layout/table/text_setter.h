// The one seam between table layout and text setting. Tables only need lines
// set in a measure and where the em box sits on a line; the real setter is
// layout_inline, the fixed-pitch one measures without fonts (tests, previews).
#pragma once

#include <functional>
#include <vector>

#include "layout/context.h"
#include "layout/inline/inline.h"

namespace gongwen::layout::table {

struct TextSetter {
  // Same contract as layout_inline: spans set into lines of `params.measure`;
  // a piece that cannot be broken stays whole on its own (overfull) line.
  std::function<std::vector<Line>(const std::vector<Span>&, const InlineParams&)> set;
  // Height of the ideographic em box's top above the baseline, for centring
  // text on a line.
  std::function<Length(const style::TextStyle&)> em_top;
};

// layout_inline with the context's fonts.
TextSetter inline_text_setter(Context& ctx);

// No fonts: CJK characters are 1 em wide, everything else half an em; breaks
// between CJK characters (not before closing or after opening punctuation)
// and after spaces; Latin letters and digits stay together. Glyph ids are 1.
TextSetter fixed_pitch_text_setter();

}  // namespace gongwen::layout::table
