// Circular arcs as cubic Bézier curves, for pie slices.
#pragma once

#include "display/display_list.h"
#include "layout/chart/pie_math.h"

namespace gongwen::layout::chart {

// The point at `angle` (radians clockwise from 12 o'clock) on a circle.
Point on_circle(Point centre, Length radius, double angle);

// A slice: from the centre out to the arc's start, along the arc (one cubic
// per quarter turn or less, so it stays within 0.03% of the radius), back
// to the centre. A slice of a full turn is the whole circle, without the
// line from the centre. A zero sweep gives an empty path.
display::Path slice_path(Point centre, Length radius, const SliceAngles& slice);

}  // namespace gongwen::layout::chart
