#include "layout/chart/pie.h"

#include <algorithm>

#include "layout/chart/arcs.h"
#include "layout/chart/pie_math.h"
#include "layout/chart/scale.h"
#include "util/error.h"

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
                       c_.series_color(i)});
  }
  legend_ = Legend::column(c_.labels, entries);
  if (legend_->width() > width_ - min_diameter() - gap()) {
    legend_below_ = true;
    legend_ = Legend::rows(c_.labels, entries, width_);
    if (legend_->width() > width_) {
      throw InputError(c_.chart.pos,
                       "a category name of the pie chart is too long for its "
                       "legend line; shorten it to fit one line");
    }
  }
}

Length Pie::min_height() const {
  if (legend_below_) return pad() + min_diameter() + pad() + legend_->height() + pad();
  return std::max(min_diameter(), legend_->height()) + 2 * pad();
}

void Pie::draw(Length top, Length height) {
  const Length legend_room = legend_below_ ? legend_->height() + pad() : 0;
  const Length side_room = legend_below_ ? 0 : legend_->width() + gap();
  const Length diameter = std::min({height - 2 * pad() - legend_room,
                                    scale(width_, kMaxDiameterPermille, 1000), width_ - side_room});
  const Length radius = diameter / 2;
  if (legend_below_) {
    draw_slices({width_ / 2, top + pad() + radius}, radius);
    legend_->draw((width_ - legend_->width()) / 2, top + pad() + diameter + pad(), c_.items);
    return;
  }
  // Pie and legend side by side, centred together, both centred vertically.
  const Length left = (width_ - diameter - side_room) / 2;
  const Length middle = top + height / 2;
  draw_slices({left + radius, middle}, radius);
  legend_->draw(left + diameter + gap(), middle - legend_->height() / 2, c_.items);
}

void Pie::draw_slices(Point centre, Length radius) {
  const std::vector<SliceAngles> slices = slice_angles(c_.chart.series.front().values);
  for (std::size_t i = 0; i < slices.size(); ++i) {
    display::Path path = slice_path(centre, radius, slices[i]);
    if (path.segments.empty()) continue;
    path.fill = c_.series_color(i);
    path.stroke = c_.style.slice_separator;
    path.stroke_width = c_.style.slice_separator_width;
    c_.items.push_back(std::move(path));
  }
}

}  // namespace gongwen::layout::chart
