// Numbers as they are written into PDF content streams and dictionaries:
// fixed precision, trailing zeros trimmed, never "-0", never exponents.
#pragma once

#include <string>

#include "util/units.h"

namespace gongwen::pdf {

// Decimals used for coordinates, sizes and TJ adjustments. 1/1000 pt is far
// below anything visible, and keeps content streams short.
inline constexpr int kDecimals = 3;

// The value a reader gets back after `value` is written with `decimals`.
double quantize(double value, int decimals = kDecimals);

std::string format_number(double value, int decimals = kDecimals);

// Layout units (1/1024 pt) to points, formatted.
inline std::string format_pt(Length value) {
  return format_number(to_pt(value));
}

}  // namespace gongwen::pdf
