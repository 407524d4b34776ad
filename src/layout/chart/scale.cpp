#include "layout/chart/scale.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace gongwen::layout::chart {

double Scale::step() const {
  return mantissa * std::pow(10.0, exponent);
}

double Scale::tick(int i) const {
  // Multiplying integers first keeps 0.1-type steps from drifting (0.30000000000000004).
  const double index = static_cast<double>(first + i) * mantissa;
  return exponent >= 0 ? index * std::pow(10.0, exponent) : index / std::pow(10.0, -exponent);
}

std::string Scale::tick_label(int i) const {
  return format_fixed(tick(i), decimals());
}

Length Scale::offset(double value, Length length) const {
  const double share = (value - low()) / (high() - low());
  return static_cast<Length>(std::llround(share * static_cast<double>(length)));
}

Scale nice_scale(double lo, double hi, int max_intervals) {
  lo = std::min(lo, 0.0);
  hi = std::max(hi, 0.0);
  if (hi == lo) hi = 1;
  max_intervals = std::max(max_intervals, 1);
  const double span = hi - lo;
  // Start one decade below the step that would be just too small and walk up.
  int exponent = static_cast<int>(std::floor(std::log10(span / max_intervals))) - 1;
  for (;; ++exponent) {
    for (int mantissa : {1, 2, 5}) {
      Scale s;
      s.mantissa = mantissa;
      s.exponent = exponent;
      const double step = s.step();
      // A value a hair above a tick (floating-point noise) does not need one more.
      const double slack = 1e-9;
      s.first = static_cast<long long>(std::floor(lo / step + slack));
      const auto last = static_cast<long long>(std::ceil(hi / step - slack));
      if (last - s.first <= max_intervals) {
        s.intervals = static_cast<int>(std::max(last - s.first, 1LL));
        return s;
      }
    }
  }
}

std::string format_fixed(double value, int decimals) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  std::string text = buffer;
  // "-0" and "-0.0" read as zero.
  if (text.find_first_not_of("-0.") == std::string::npos && text[0] == '-') text.erase(0, 1);
  return text;
}

std::string format_value(double value) {
  std::string text = format_fixed(value, 2);
  if (text.find('.') != std::string::npos) {
    text.erase(text.find_last_not_of('0') + 1);
    if (text.back() == '.') text.pop_back();
  }
  return text;
}

}  // namespace gongwen::layout::chart
