// The value axis: a range rounded out to "nice" ticks (1, 2 or 5 times a
// power of ten) and the mapping of values to lengths along the axis.
#pragma once

#include <string>

#include "util/units.h"

namespace gongwen::layout::chart {

struct Scale {
  long long first = 0;  // lowest tick = first × step
  int intervals = 1;    // ticks are first … first + intervals
  int mantissa = 1;     // step = mantissa × 10^exponent, mantissa 1, 2 or 5
  int exponent = 0;

  double step() const;
  double tick(int i) const;  // i in 0..intervals
  double low() const { return tick(0); }
  double high() const { return tick(intervals); }
  // Decimals a tick label needs (0.5 → 1, 20 → 0).
  int decimals() const { return exponent < 0 ? -exponent : 0; }
  std::string tick_label(int i) const;
  // Distance of `value` from the low end of an axis `length` long (rounded
  // to the unit, so equal values give equal lengths).
  Length offset(double value, Length length) const;
};

// The smallest nice step that covers [min(lo, 0), max(hi, 0)] in at most
// `max_intervals` intervals (at least 1). All-zero data gives 0…1.
Scale nice_scale(double lo, double hi, int max_intervals);

// A data value as printed on a label: at most two decimals, trailing zeros
// dropped ("137", "12.5", "0.33").
std::string format_value(double value);

// A number with exactly `decimals` decimals.
std::string format_fixed(double value, int decimals);

}  // namespace gongwen::layout::chart
