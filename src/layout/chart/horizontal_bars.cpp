#include "layout/chart/horizontal_bars.h"

#include <algorithm>

namespace gongwen::layout::chart {
namespace {

// The label column takes at most this share of the width.
constexpr int kLabelColumnPermille = 350;

}  // namespace

HorizontalBars::HorizontalBars(Canvas& canvas, Length width)
    : c_(canvas), width_(width), range_(data_range(canvas.chart)), values_(canvas.labels) {
  const Length pitch = c_.labels.line_pitch();
  Length natural = 0;
  for (const std::string& category : c_.chart.categories) {
    natural = std::max(natural, c_.labels.set(category).width);
  }
  const Length column = std::min(natural, scale(width_, kLabelColumnPermille, 1000));
  const std::size_t k = c_.chart.series.size();
  const int bar_share = k > 1 ? c_.style.group_permille : c_.style.bar_permille;
  for (const std::string& category : c_.chart.categories) {
    std::vector<TextLine> lines = c_.labels.wrap(category, column);
    for (const TextLine& line : lines) label_column_ = std::max(label_column_, line.width);
    const auto rows = static_cast<Length>(std::max<std::size_t>(lines.size(), 1));
    // Room for the label's lines, and for each bar to be as thick as a line
    // of text so the values beside the bars do not collide.
    row_min_ = std::max({row_min_, pitch * rows + pitch / 2,
                         scale(pitch * static_cast<Length>(k), 1000, bar_share)});
    categories_.push_back(std::move(lines));
  }
  const Length widest_value = widest_value_label(values_, c_.chart);
  const Length widest_tick = widest_tick_label(c_.labels, range_);
  tick_spacing_ = widest_tick + c_.em(1500);
  // Values of negative bars are printed left of the bar ends, inside the plot.
  plot_left_ = label_column_ + c_.em(500) + (range_.lo < 0 ? widest_value + c_.em(300) : 0);
  plot_right_ = width_ - std::max(widest_value + c_.em(300) + c_.em(300), widest_tick / 2);
  c_.require_room(plot_right_ - plot_left_, c_.em(4000), width_);
  if (k > 1) {
    std::vector<LegendEntry> entries;
    for (std::size_t s = 0; s < k; ++s)
      entries.push_back({c_.chart.series[s].name, c_.series_color(s)});
    legend_ = Legend::rows(c_.labels, entries, width_);
  }
}

Length HorizontalBars::bottom_height() const {
  Length h = c_.style.tick_length + c_.em(250) + c_.labels.line_pitch();
  if (legend_) h += c_.em(500) + legend_->height();
  // A clear space before the text that follows the chart.
  return h + c_.labels.line_pitch();
}

Length HorizontalBars::min_height() const {
  const auto n = static_cast<Length>(c_.chart.categories.size());
  return c_.labels.line_pitch() / 2 + row_min_ * n + bottom_height();
}

void HorizontalBars::draw(Length top, Length height) {
  const Length plot_top = top + c_.labels.line_pitch() / 2;
  const Length plot_bottom = top + height - bottom_height();
  const Scale axis =
      nice_scale(range_.lo, range_.hi, max_intervals(plot_right_ - plot_left_, tick_spacing_));
  draw_axis(axis, plot_top, plot_bottom);
  draw_rows(axis, plot_top, plot_bottom);
  if (legend_) {
    const Length y =
        plot_bottom + c_.style.tick_length + c_.em(250) + c_.labels.line_pitch() + c_.em(500);
    legend_->draw((width_ - legend_->width()) / 2, y, c_.items);
  }
}

void HorizontalBars::draw_axis(const Scale& axis, Length plot_top, Length plot_bottom) {
  const Length length = plot_right_ - plot_left_;
  auto x_of = [&](double v) { return plot_left_ + axis.offset(v, length); };
  const ChartStyle& st = c_.style;
  const Length baseline = c_.labels.baseline_below(plot_bottom + st.tick_length + c_.em(250));
  for (int i = 0; i <= axis.intervals; ++i) {
    const Length x = x_of(axis.tick(i));
    if (axis.tick(i) != 0) c_.line({x, plot_top}, {x, plot_bottom}, st.grid_width, st.grid_color);
    c_.line({x, plot_bottom}, {x, plot_bottom + st.tick_length}, st.axis_width, st.axis_color);
    const TextLine label = c_.labels.set(axis.tick_label(i));
    c_.labels.place(label, x - label.width / 2, baseline, c_.items);
  }
  c_.line({plot_left_, plot_bottom}, {x_of(axis.high()), plot_bottom}, st.axis_width,
          st.axis_color);
  // The category axis runs along zero, which is the left end unless values go negative.
  const Length zero = x_of(0);
  c_.line({zero, plot_top}, {zero, plot_bottom}, st.axis_width, st.axis_color);
}

void HorizontalBars::draw_rows(const Scale& axis, Length plot_top, Length plot_bottom) {
  const Length length = plot_right_ - plot_left_;
  auto x_of = [&](double v) { return plot_left_ + axis.offset(v, length); };
  const Length zero = x_of(0);
  const auto n = static_cast<std::int64_t>(c_.chart.categories.size());
  const auto k = static_cast<std::int64_t>(c_.chart.series.size());
  const Length band_height = plot_bottom - plot_top;
  for (std::int64_t i = 0; i < n; ++i) {
    const Length band_top = plot_top + scale(band_height, i, n);
    const Length band = plot_top + scale(band_height, i + 1, n) - band_top;
    const Length middle = band_top + band / 2;
    const auto& lines = categories_[static_cast<std::size_t>(i)];
    const Length first = c_.labels.first_baseline(static_cast<int>(lines.size()), middle);
    for (std::size_t j = 0; j < lines.size(); ++j) {
      c_.labels.place(lines[j], label_column_ - lines[j].width,
                      first + c_.labels.line_pitch() * static_cast<Length>(j), c_.items);
    }
    const Length group = scale(band, k > 1 ? c_.style.group_permille : c_.style.bar_permille, 1000);
    const Length group_top = band_top + (band - group) / 2;
    for (std::int64_t s = 0; s < k; ++s) {
      const Length y0 = group_top + scale(group, s, k);
      const Length y1 = group_top + scale(group, s + 1, k);
      const double value =
          c_.chart.series[static_cast<std::size_t>(s)].values[static_cast<std::size_t>(i)];
      const Length end = x_of(value);
      if (end != zero) {
        c_.fill({std::min(end, zero), y0, std::abs(end - zero), y1 - y0},
                c_.series_color(static_cast<std::size_t>(s)));
      }
      const TextLine label = values_.set(format_value(value));
      const Length x = value < 0 ? end - c_.em(300) - label.width : end + c_.em(300);
      values_.place(label, x, values_.first_baseline(1, (y0 + y1) / 2), c_.items);
    }
  }
}

}  // namespace gongwen::layout::chart
