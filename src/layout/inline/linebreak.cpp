#include "layout/inline/linebreak.h"

#include <algorithm>
#include <optional>

namespace gongwen::layout::inline_steps {
namespace {

// The line starting at `begin` ends at the furthest allowed break that fits.
// When none fits (a figure or Latin word longer than the measure), the line
// takes the shortest piece that may stand alone and is overfull: splitting a
// number would change what it says.
std::size_t line_end(const std::vector<Unit>& units, std::size_t begin, Length available) {
  std::optional<std::size_t> best;
  Length total = 0;
  Length visible = 0;       // width up to the last non-space unit
  Length last_squeeze = 0;  // squeeze of that unit
  for (std::size_t e = begin + 1; e <= units.size(); ++e) {
    const Unit& unit = units[e - 1];
    total += unit.width + (e - 1 > begin ? unit.space_before : 0);
    if (!unit.space && !unit.hard_break) {
      visible = total;
      last_squeeze = unit.squeeze;
    }
    // Adding units never makes a line narrower (a squeeze is at most the
    // unit's own width), so the first overflow ends the search.
    if (visible - last_squeeze > available) break;
    if (unit.hard_break) return e;
    if (e == units.size() || units[e].break_before) best = e;
  }
  if (best) return *best;
  for (std::size_t e = begin + 1; e < units.size(); ++e) {
    if (units[e - 1].hard_break || units[e].break_before) return e;
  }
  return units.size();
}

}  // namespace

std::vector<LineRange> break_lines(const std::vector<Unit>& units, const InlineParams& params) {
  std::vector<LineRange> lines;
  std::size_t begin = 0;
  while (begin < units.size()) {
    LineRange line;
    line.first = lines.empty();
    line.available = params.measure - (line.first ? params.first_indent : 0);
    line.begin = begin;
    line.end = line_end(units, begin, line.available);
    line.forced = units[line.end - 1].hard_break;
    line.last = line.end == units.size();

    line.visible_end = line.end;
    while (line.visible_end > line.begin &&
           (units[line.visible_end - 1].space || units[line.visible_end - 1].hard_break)) {
      --line.visible_end;
    }
    const Length width = line_width(units, line.begin, line.visible_end);
    if (line.visible_end > line.begin) {
      // A line-end mark gives up its blank half when the line needs it, or
      // always when the style says so (GB/T 15834 5.1.10).
      const Length squeeze = units[line.visible_end - 1].squeeze;
      if (params.line_end_half) {
        line.squeeze = squeeze;
      } else if (width > line.available) {
        line.squeeze = std::min(width - line.available, squeeze);
      }
    }
    lines.push_back(line);
    begin = line.end;
  }
  return lines;
}

}  // namespace gongwen::layout::inline_steps
