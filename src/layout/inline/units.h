// Step 2 of inline layout: shape each item once and cut the result into units,
// the smallest pieces a line can be broken between (one character, or one
// HarfBuzz cluster such as a ligature or a base with its marks), each with its
// width on the character grid.
#pragma once

#include <vector>

#include "display/display_list.h"
#include "layout/inline/itemize.h"

namespace gongwen::layout::inline_steps {

struct Unit {
  std::size_t begin = 0;  // characters [begin, end) of Paragraph::text
  std::size_t end = 0;
  int item = 0;
  std::vector<display::Glyph> glyphs;  // advances final (grid applied); cluster unused
  Length width = 0;                    // sum of the advances
  Length squeeze = 0;                  // how much may be taken off when the unit ends a line
  Length space_before = 0;             // Han–Latin space before the unit, unless it starts a line
  bool break_before = false;
  bool space = false;       // dropped when it ends a line
  bool hard_break = false;  // "\n": the line ends after it
  bool latin = false;
};

// Width of units [begin, end) set on one line: the space before the first
// unit is dropped at the line's start.
Length line_width(const std::vector<Unit>& units, std::size_t begin, std::size_t end);

// Throws InputError when the font maps a character to no glyph (.notdef).
std::vector<Unit> make_units(const Paragraph& paragraph, const std::vector<Span>& spans,
                             const InlineParams& params);

}  // namespace gongwen::layout::inline_steps
