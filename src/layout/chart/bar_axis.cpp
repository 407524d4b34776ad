#include "layout/chart/bar_axis.h"

#include <algorithm>

namespace gongwen::layout::chart {

DataRange data_range(const model::Chart& chart) {
  DataRange range;
  for (const model::ChartSeries& s : chart.series) {
    for (double v : s.values) {
      range.lo = std::min(range.lo, v);
      range.hi = std::max(range.hi, v);
    }
  }
  return range;
}

Length widest_tick_label(const LabelText& text, const DataRange& range) {
  Length widest = 0;
  for (int intervals : {2, 10}) {
    const Scale s = nice_scale(range.lo, range.hi, intervals);
    for (int i = 0; i <= s.intervals; ++i)
      widest = std::max(widest, text.set(s.tick_label(i)).width);
  }
  return widest;
}

Length widest_value_label(const LabelText& text, const model::Chart& chart) {
  Length widest = 0;
  for (const model::ChartSeries& s : chart.series) {
    for (double v : s.values) widest = std::max(widest, text.set(format_value(v)).width);
  }
  return widest;
}

int max_intervals(Length length, Length spacing) {
  if (spacing <= 0) return 8;
  return static_cast<int>(std::clamp<Length>(length / spacing, 2, 8));
}

std::optional<LabelText> value_labels(const Canvas& canvas, Length room) {
  const Length widest = widest_value_label(canvas.labels, canvas.chart);
  style::TextStyle text_style = canvas.style.label;
  if (widest > room) {
    text_style.size = room <= 0 ? 0 : scale(text_style.size, room, widest);
    if (text_style.size < canvas.style.min_value_label_size) return std::nullopt;
  }
  return LabelText(canvas.ctx, text_style, canvas.chart.pos);
}

}  // namespace gongwen::layout::chart
