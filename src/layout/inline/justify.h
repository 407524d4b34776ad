// Step 4 of inline layout: where a line starts and how the space left on it is
// shared out. Full lines are justified: the space left by a kinsoku push or by
// Latin text's fractional widths is spread evenly over the line's
// inter-character gaps, so the line ends exactly at the measure. Other lines
// (the paragraph's last, lines ended by "\n", or all when justification is off)
// are aligned as the parameters say.
#pragma once

#include <string>
#include <vector>

#include "layout/inline/linebreak.h"

namespace gongwen::layout::inline_steps {

struct Placement {
  Length start = 0;          // x of the first unit, from the line's start (indent included)
  std::vector<Length> gaps;  // space added after each visible unit of the line
};

Placement place_line(const std::vector<Unit>& units, const std::u32string& text,
                     const LineRange& line, const InlineParams& params);

}  // namespace gongwen::layout::inline_steps
