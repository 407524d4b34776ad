// Step 3 of inline layout: greedy line breaking at the allowed opportunities.
// Chinese is set greedily with kinsoku, as 公文 practice expects: a line takes
// as many units as fit; when the unit that would end it may not end a line
// (or the next may not start one), the line ends at the previous opportunity
// and justification fills the gap. A line-end mark may give up the blank half
// of its em box to make a line fit (clreq: compress before pushing). A piece
// that cannot be broken and is wider than the measure stays whole on its own,
// overfull line.
#pragma once

#include <vector>

#include "layout/inline/units.h"

namespace gongwen::layout::inline_steps {

struct LineRange {
  std::size_t begin = 0;  // units [begin, end) of the line
  std::size_t end = 0;
  std::size_t visible_end = 0;  // units [begin, visible_end) are set; trailing spaces and a
                                // forced break are dropped
  Length available = 0;         // measure less the indent
  Length squeeze = 0;           // taken off the last visible unit
  bool first = false;
  bool last = false;    // last line of the paragraph
  bool forced = false;  // ends at a "\n"
};

std::vector<LineRange> break_lines(const std::vector<Unit>& units, const InlineParams& params);

}  // namespace gongwen::layout::inline_steps
