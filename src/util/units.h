// Fixed-point lengths. Layout works in integers so that results are exact and
// reproducible on every platform; 1 unit = 1/1024 pt.
#pragma once

#include <cmath>
#include <cstdint>

namespace gongwen {

using Length = std::int64_t;

inline constexpr Length kUnitsPerPt = 1024;

constexpr Length from_pt(double pt) {
  return static_cast<Length>(pt * kUnitsPerPt + (pt >= 0 ? 0.5 : -0.5));
}
constexpr Length from_mm(double mm) {
  return from_pt(mm * 72.0 / 25.4);
}
constexpr double to_pt(Length l) {
  return static_cast<double>(l) / kUnitsPerPt;
}
constexpr double to_mm(Length l) {
  return to_pt(l) * 25.4 / 72.0;
}

// Scales a length by num/den with rounding to nearest (used to convert font
// units to layout units without drifting).
constexpr Length scale(Length value, std::int64_t num, std::int64_t den) {
  const std::int64_t p = value * num;
  return (p >= 0 ? p + den / 2 : p - den / 2) / den;
}

struct Point {
  Length x = 0;
  Length y = 0;
  friend bool operator==(const Point&, const Point&) = default;
};

struct Rect {
  Length x = 0;  // left
  Length y = 0;  // top (y grows downwards, page top = 0)
  Length w = 0;
  Length h = 0;
  friend bool operator==(const Rect&, const Rect&) = default;
};

}  // namespace gongwen
