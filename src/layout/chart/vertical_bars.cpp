#include "layout/chart/vertical_bars.h"

#include <algorithm>

namespace gongwen::layout::chart {

VerticalBars::VerticalBars(Canvas& canvas, Length width)
    : c_(canvas), width_(width), range_(data_range(canvas.chart)) {
  plot_left_ = widest_tick_label(c_.labels, range_) + c_.em(400) + c_.style.tick_length;
  plot_right_ = width_ - c_.em(500);
  const std::size_t n = c_.chart.categories.size();
  Length narrowest = width_;
  for (std::size_t i = 0; i < n; ++i)
    narrowest = std::min(narrowest, slot_left(i + 1) - slot_left(i));
  const Length label_room = narrowest - c_.em(300);
  // Slots narrower than a character: horizontal bars will do better.
  if (label_room < c_.em(1000)) {
    labels_fit_ = false;
    return;
  }
  for (const std::string& category : c_.chart.categories) {
    std::vector<TextLine> lines = c_.labels.wrap(category, label_room);
    label_rows_ = std::max(label_rows_, static_cast<int>(lines.size()));
    if (static_cast<int>(lines.size()) > c_.style.max_label_lines) labels_fit_ = false;
    for (const TextLine& line : lines) labels_fit_ = labels_fit_ && line.width <= label_room;
    categories_.push_back(std::move(lines));
  }
  const std::size_t k = c_.chart.series.size();
  if (k > 1) {
    std::vector<LegendEntry> entries;
    for (std::size_t s = 0; s < k; ++s)
      entries.push_back({c_.chart.series[s].name, c_.series_color(s)});
    legend_ = Legend::rows(c_.labels, entries, width_);
  }
  // A value label may spread over its bar and half the gaps beside it.
  const Length bar_room =
      k > 1 ? scale(narrowest, c_.style.group_permille, 1000 * static_cast<std::int64_t>(k))
            : narrowest;
  values_ = value_labels(c_, bar_room - c_.em(150));
}

Length VerticalBars::slot_left(std::size_t i) const {
  const auto n = static_cast<std::int64_t>(c_.chart.categories.size());
  return plot_left_ + scale(plot_right_ - plot_left_, static_cast<std::int64_t>(i), n);
}

Length VerticalBars::bottom_height() const {
  Length h = c_.em(300) + c_.labels.line_pitch() * label_rows_;
  // Values under bars that reach down to the lowest tick.
  if (range_.lo < 0) h += c_.labels.line_pitch();
  if (legend_) h += c_.em(500) + legend_->height();
  // A clear space before the text that follows the chart.
  return h + c_.labels.line_pitch();
}

Length VerticalBars::min_height() const {
  // Head room for the value over the tallest bar, and three lines of plot.
  return c_.labels.line_pitch() * 4 + bottom_height();
}

void VerticalBars::draw(Length top, Length height) {
  const Length plot_top = top + c_.labels.line_pitch();
  const Length plot_bottom = top + height - bottom_height();
  const Scale axis = nice_scale(range_.lo, range_.hi,
                                max_intervals(plot_bottom - plot_top, c_.labels.line_pitch() * 2));
  draw_axis(axis, plot_top, plot_bottom);
  draw_bars(axis, plot_top, plot_bottom);
  const Length labels_top = plot_bottom + (range_.lo < 0 ? c_.labels.line_pitch() : 0);
  draw_categories(labels_top);
  if (legend_) {
    const Length y = labels_top + c_.em(300) + c_.labels.line_pitch() * label_rows_ + c_.em(500);
    legend_->draw((width_ - legend_->width()) / 2, y, c_.items);
  }
}

void VerticalBars::draw_axis(const Scale& axis, Length plot_top, Length plot_bottom) {
  const Length length = plot_bottom - plot_top;
  auto y_of = [&](double v) { return plot_bottom - axis.offset(v, length); };
  const ChartStyle& st = c_.style;
  for (int i = 0; i <= axis.intervals; ++i) {
    const Length y = y_of(axis.tick(i));
    if (axis.tick(i) != 0) c_.line({plot_left_, y}, {plot_right_, y}, st.grid_width, st.grid_color);
    c_.line({plot_left_ - st.tick_length, y}, {plot_left_, y}, st.axis_width, st.axis_color);
    const TextLine label = c_.labels.set(axis.tick_label(i));
    const Length right = plot_left_ - st.tick_length - c_.em(250);
    c_.labels.place(label, right - label.width, c_.labels.first_baseline(1, y), c_.items);
  }
  c_.line({plot_left_, y_of(axis.high())}, {plot_left_, plot_bottom}, st.axis_width, st.axis_color);
  // The category axis runs along zero, which is the bottom unless values go negative.
  const Length zero = y_of(0);
  c_.line({plot_left_, zero}, {plot_right_, zero}, st.axis_width, st.axis_color);
}

void VerticalBars::draw_bars(const Scale& axis, Length plot_top, Length plot_bottom) {
  const Length length = plot_bottom - plot_top;
  auto y_of = [&](double v) { return plot_bottom - axis.offset(v, length); };
  const Length zero = y_of(0);
  const std::size_t k = c_.chart.series.size();
  for (std::size_t i = 0; i < c_.chart.categories.size(); ++i) {
    const Length left = slot_left(i);
    const Length slot = slot_left(i + 1) - left;
    const Length group = scale(slot, k > 1 ? c_.style.group_permille : c_.style.bar_permille, 1000);
    const Length group_left = left + (slot - group) / 2;
    for (std::size_t s = 0; s < k; ++s) {
      const auto ks = static_cast<std::int64_t>(k);
      const Length x0 = group_left + scale(group, static_cast<std::int64_t>(s), ks);
      const Length x1 = group_left + scale(group, static_cast<std::int64_t>(s) + 1, ks);
      const double value = c_.chart.series[s].values[i];
      const Length end = y_of(value);
      if (end != zero) {
        c_.fill({x0, std::min(end, zero), x1 - x0, std::abs(end - zero)}, c_.series_color(s));
      }
      if (!values_) continue;
      const TextLine label = values_->set(format_value(value));
      const Length baseline = value < 0 ? values_->baseline_below(end + c_.em(150))
                                        : values_->baseline_above(end - c_.em(150));
      values_->place(label, (x0 + x1 - label.width) / 2, baseline, c_.items);
    }
  }
}

void VerticalBars::draw_categories(Length top) {
  const Length first = c_.labels.baseline_below(top + c_.em(300));
  for (std::size_t i = 0; i < categories_.size(); ++i) {
    const Length middle = (slot_left(i) + slot_left(i + 1)) / 2;
    for (std::size_t j = 0; j < categories_[i].size(); ++j) {
      const TextLine& line = categories_[i][j];
      c_.labels.place(line, middle - line.width / 2,
                      first + c_.labels.line_pitch() * static_cast<Length>(j), c_.items);
    }
  }
}

}  // namespace gongwen::layout::chart
