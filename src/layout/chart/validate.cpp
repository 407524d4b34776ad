#include "layout/chart/validate.h"

#include <cmath>
#include <string>

#include "util/error.h"

namespace gongwen::layout::chart {
namespace {

// Beyond this the tick arithmetic loses integer precision.
constexpr double kLargest = 1e15;

std::string series_name(const model::ChartSeries& s, std::size_t index) {
  return s.name.empty() ? "series " + std::to_string(index + 1) : "series \"" + s.name + "\"";
}

}  // namespace

void validate(const model::Chart& chart, std::size_t max_series) {
  const bool pie = chart.kind == model::Chart::Kind::kPie;
  if (chart.categories.empty()) {
    throw InputError(chart.pos, "a chart needs at least one category; list them under categories");
  }
  if (chart.series.empty()) {
    throw InputError(chart.pos, "the chart has no values; give values (one per category)");
  }
  if (chart.series.size() > 1 && chart.kind != model::Chart::Kind::kGroupedBar) {
    throw InputError(chart.pos, "only a grouped chart shows several series; use kind: grouped");
  }
  if (chart.series.size() > max_series) {
    throw InputError(chart.pos, "a grouped chart shows at most " + std::to_string(max_series) +
                                    " series, so that their colours stay apart in print; this one "
                                    "has " +
                                    std::to_string(chart.series.size()) +
                                    ": split it into two charts");
  }
  if (chart.height_lines < 0) {
    throw InputError(chart.pos, "height_lines must be a positive number of grid lines");
  }
  for (std::size_t i = 0; i < chart.series.size(); ++i) {
    const model::ChartSeries& s = chart.series[i];
    if (s.values.size() != chart.categories.size()) {
      throw InputError(s.pos, series_name(s, i) + " has " + std::to_string(s.values.size()) +
                                  " values but there are " +
                                  std::to_string(chart.categories.size()) +
                                  " categories; give one value per category");
    }
    double total = 0;
    for (std::size_t k = 0; k < s.values.size(); ++k) {
      const double v = s.values[k];
      const std::string which = "the value for \"" + chart.categories[k] + "\"";
      if (!std::isfinite(v)) throw InputError(s.pos, which + " is not a number");
      if (std::fabs(v) > kLargest) {
        throw InputError(s.pos, which + " is too large to draw (more than 10^15)");
      }
      if (pie && v < 0) {
        throw InputError(s.pos, which +
                                    " is negative; a pie chart shows shares of a whole, "
                                    "so every value must be zero or more");
      }
      total += v;
    }
    if (pie && total <= 0) {
      throw InputError(s.pos,
                       "every value of the pie chart is zero; a pie needs a value above zero");
    }
  }
}

}  // namespace gongwen::layout::chart
