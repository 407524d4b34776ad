#include "layout/chart/pie_math.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <numeric>

namespace gongwen::layout::chart {

std::vector<SliceAngles> slice_angles(const std::vector<double>& values) {
  const double total = std::accumulate(values.begin(), values.end(), 0.0);
  std::vector<SliceAngles> out;
  double running = 0;
  double start = 0;
  for (double v : values) {
    running += v;
    // From the running total, so rounding never accumulates across slices.
    const double end =
        running >= total ? 2 * std::numbers::pi : 2 * std::numbers::pi * running / total;
    out.push_back({start, end - start});
    start = end;
  }
  return out;
}

std::vector<int> share_tenths(const std::vector<double>& values) {
  const double total = std::accumulate(values.begin(), values.end(), 0.0);
  std::vector<int> tenths(values.size(), 0);
  if (total <= 0) return tenths;
  std::vector<double> remainder(values.size());
  int given = 0;
  for (std::size_t i = 0; i < values.size(); ++i) {
    const double exact = values[i] * 1000.0 / total;
    tenths[i] = static_cast<int>(std::floor(exact));
    remainder[i] = exact - tenths[i];
    given += tenths[i];
  }
  std::vector<std::size_t> order(values.size());
  std::iota(order.begin(), order.end(), 0);
  // Largest remainders first; ties go to the earlier slice (deterministic).
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return remainder[a] > remainder[b]; });
  for (std::size_t k = 0; given < 1000 && k < order.size(); ++k, ++given) ++tenths[order[k]];
  return tenths;
}

std::string format_share(int tenths) {
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + "%";
}

}  // namespace gongwen::layout::chart
