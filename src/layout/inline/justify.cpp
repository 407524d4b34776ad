#include "layout/inline/justify.h"

namespace gongwen::layout::inline_steps {
namespace {

// A gap that may stretch: not inside a Latin word or figure (letter-spacing
// them reads as a typo) and not inside a two-em dash or ellipsis (clreq).
bool stretchable(const Unit& before, const Unit& after, const std::u32string& text) {
  if (before.latin && after.latin && !after.break_before) return false;
  const char32_t a = text[before.end - 1];
  const char32_t b = text[after.begin];
  return !(a == b && (a == U'—' || a == U'…' || a == U'⋯'));
}

// Shares `amount` over the marked gaps; the integer remainder goes to gaps
// spread evenly along the line, so the sum is exact and the result is the same
// on every run.
void spread(std::vector<Length>& gaps, const std::vector<bool>& marked, Length amount) {
  Length count = 0;
  for (bool m : marked) count += m ? 1 : 0;
  if (count == 0) return;
  Length seen = 0;
  for (std::size_t i = 0; i < marked.size(); ++i) {
    if (!marked[i]) continue;
    gaps[i] += (seen + 1) * amount / count - seen * amount / count;
    ++seen;
  }
}

}  // namespace

Placement place_line(const std::vector<Unit>& units, const std::u32string& text,
                     const LineRange& line, const InlineParams& params) {
  const std::size_t count = line.visible_end - line.begin;
  Placement placement;
  placement.start = line.first ? params.first_indent : 0;
  placement.gaps.assign(count, 0);
  // Han–Latin space inside the line belongs to the gap before the unit.
  for (std::size_t i = 0; i + 1 < count; ++i)
    placement.gaps[i] = units[line.begin + i + 1].space_before;

  const Length width = line_width(units, line.begin, line.visible_end) - line.squeeze;
  const Length left = line.available - width;

  const bool justified = params.justify && !line.last && !line.forced;
  if (justified && left > 0 && count > 1) {
    std::vector<bool> marked(count, false);  // gap after unit i (never after the last)
    bool any = false;
    for (std::size_t i = 0; i + 1 < count; ++i) {
      marked[i] = stretchable(units[line.begin + i], units[line.begin + i + 1], text);
      any = any || marked[i];
    }
    // A line that is one long word still has to reach the measure.
    if (!any) std::fill(marked.begin(), marked.end() - 1, true);
    spread(placement.gaps, marked, left);
    return placement;
  }
  if (left > 0 && !justified) {
    if (params.align == model::Align::kCenter) placement.start += left / 2;
    if (params.align == model::Align::kEnd) placement.start += left;
  }
  return placement;
}

}  // namespace gongwen::layout::inline_steps
