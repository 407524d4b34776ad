// The numbers behind a pie: slice angles and the printed percentages.
#pragma once

#include <string>
#include <vector>

namespace gongwen::layout::chart {

struct SliceAngles {
  double start = 0;  // radians, clockwise from 12 o'clock
  double sweep = 0;  // radians
};

// One slice per value, in order, starting at 12 o'clock; the sweeps add up to
// exactly 2π (the last slice ends where the first began).
std::vector<SliceAngles> slice_angles(const std::vector<double>& values);

// Shares in tenths of a percent, rounded so that they add up to exactly 1000
// (largest remainder), as printed in the legend and the alt text.
std::vector<int> share_tenths(const std::vector<double>& values);

// "12.3%".
std::string format_share(int tenths);

}  // namespace gongwen::layout::chart
