#include "layout/chart/canvas.h"

#include <cmath>

#include "util/error.h"

namespace gongwen::layout::chart {

void Canvas::require_room(Length room, Length needed, Length width) const {
  if (room >= needed) return;
  throw InputError(chart.pos, "the chart is too narrow for its labels (" +
                                  std::to_string(std::lround(to_mm(width))) +
                                  " mm wide); shorten the category names or use a wider type area");
}

}  // namespace gongwen::layout::chart
