#include "layout/chart/pie.h"

#include <algorithm>

#include "layout/chart/arcs.h"
#include "layout/chart/pie_math.h"
#include "layout/chart/scale.h"

namespace gongwen::layout::chart {
namespace {

// The pie is never wider than this share of the chart width.
constexpr int kMaxDiameterPermille = 450;

}  // namespace

Pie::Pie(Canvas& canvas, Length width) : c_(canvas), width_(width) {
  const std::vector<double>& values = c_.chart.series.front().values;
  const std::vector<int> shares = share_tenths(values);
  std::vector<LegendEntry> entries;
  for (std::size_t i = 0; i < values.size(); ++i) {
    entries.push_back({c_.chart.categories[i] + "：" + format_value(values[i]) + "（" +
                           format_share(shares[i]) + "）",
                       slice_color(i)});
  }
  // The legend needs room for a few characters a line beside the smallest pie.
  const Length legend_room = width_ - min_diameter() - gap();
  c_.require_room(legend_room, c_.em(6000), width_);
  legend_ = Legend::column(c_.labels, entries, legend_room);
}

Length Pie::min_height() const {
  return std::max(min_diameter(), legend_->height()) + 2 * pad();
}

void Pie::draw(Length top, Length height) {
  const Length side = legend_->width() + gap();
  const Length diameter =
      std::min({height - 2 * pad(), scale(width_, kMaxDiameterPermille, 1000), width_ - side});
  const Length radius = diameter / 2;
  // Pie and legend side by side, centred together, both centred vertically.
  const Length left = (width_ - diameter - side) / 2;
  const Length middle = top + height / 2;
  draw_slices({left + radius, middle}, radius);
  legend_->draw(left + diameter + gap(), middle - legend_->height() / 2, c_.items);
}

display::Color Pie::slice_color(std::size_t i) const {
  const std::size_t n = c_.chart.categories.size();
  const std::size_t colours = c_.style.palette.size();
  // With more slices than colours they repeat; the last slice must not take
  // the first one's colour, which it touches.
  if (n > colours && i + 1 == n && i % colours == 0) return c_.style.palette[2 % colours];
  return c_.style.palette[i % colours];
}

void Pie::draw_slices(Point centre, Length radius) {
  const std::vector<SliceAngles> slices = slice_angles(c_.chart.series.front().values);
  for (std::size_t i = 0; i < slices.size(); ++i) {
    display::Path path = slice_path(centre, radius, slices[i]);
    if (path.segments.empty()) continue;
    path.fill = slice_color(i);
    path.stroke = c_.style.slice_separator;
    path.stroke_width = c_.style.slice_separator_width;
    c_.items.push_back(std::move(path));
  }
}

}  // namespace gongwen::layout::chart
