#include "layout/chart/arcs.h"

#include <cmath>
#include <numbers>

namespace gongwen::layout::chart {
namespace {

using Kind = display::PathSegment::Kind;

Length round_length(double v) {
  return static_cast<Length>(std::llround(v));
}

// Offset from a point of a circle along its clockwise tangent, `length` long.
Point along_tangent(Point p, double angle, double length) {
  // The circle's point is (sin a, -cos a) from the centre (y down), so its
  // clockwise tangent is (cos a, sin a).
  return {p.x + round_length(std::cos(angle) * length),
          p.y + round_length(std::sin(angle) * length)};
}

}  // namespace

Point on_circle(Point centre, Length radius, double angle) {
  const auto r = static_cast<double>(radius);
  return {centre.x + round_length(std::sin(angle) * r),
          centre.y - round_length(std::cos(angle) * r)};
}

display::Path slice_path(Point centre, Length radius, const SliceAngles& slice) {
  display::Path path;
  if (slice.sweep <= 0) return path;
  const bool full = slice.sweep >= 2 * std::numbers::pi - 1e-9;
  const Point start = on_circle(centre, radius, slice.start);
  if (full) {
    path.segments.push_back({Kind::kMove, start, {}, {}});
  } else {
    path.segments.push_back({Kind::kMove, centre, {}, {}});
    path.segments.push_back({Kind::kLine, start, {}, {}});
  }
  const int pieces = static_cast<int>(std::ceil(slice.sweep / (std::numbers::pi / 2) - 1e-9));
  const double step = slice.sweep / pieces;
  // Control points at 4/3·tan(θ/4)·r along the tangents give the best cubic
  // for an arc of angle θ.
  const double handle = 4.0 / 3.0 * std::tan(step / 4) * static_cast<double>(radius);
  Point from = start;
  for (int i = 0; i < pieces; ++i) {
    const double a0 = slice.start + step * i;
    const double a1 = i + 1 == pieces ? slice.start + slice.sweep : a0 + step;
    const Point to = on_circle(centre, radius, a1);
    path.segments.push_back(
        {Kind::kCubic, along_tangent(from, a0, handle), along_tangent(to, a1, -handle), to});
    from = to;
  }
  path.segments.push_back({Kind::kClose, {}, {}, {}});
  return path;
}

}  // namespace gongwen::layout::chart
