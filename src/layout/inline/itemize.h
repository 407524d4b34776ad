// Step 1 of inline layout: the spans' text, cut into items that are each set
// in one face.
#pragma once

#include <string>
#include <vector>

#include "font/font_set.h"
#include "layout/inline/inline.h"

namespace gongwen::layout::inline_steps {

struct Item {
  const font::Face* face = nullptr;  // nullptr: a forced line break ("\n")
  int span = 0;                      // index into the spans
  std::size_t begin = 0;             // characters [begin, end) of Paragraph::text
  std::size_t end = 0;
  bool latin = false;  // set in the Latin role: natural widths, never on the grid
};

struct Paragraph {
  std::u32string text;  // the spans' text, concatenated (tabs read as spaces)
  std::vector<Item> items;
};

// Latin letters, digits and ASCII punctuation take the "latin" role (or
// "<role>_latin" when the font table defines it for the span's role); every
// other character takes its span's role chain, then the Latin chain as a last
// resort. Throws InputError (at the span's position) for invalid UTF-8, for a
// control character, and for a character no face covers.
Paragraph itemize(const font::FontSet& fonts, const std::vector<Span>& spans);

}  // namespace gongwen::layout::inline_steps
