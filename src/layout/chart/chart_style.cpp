#include "layout/chart/chart_style.h"

#include <cmath>

namespace gongwen::layout::chart {

ChartStyle chart_style(const style::Style& style) {
  ChartStyle cs;
  cs.label = style.chart;
  cs.title = style.chart_title;
  cs.label_line_pitch = scale(style.chart.size, 5, 4);
  cs.palette = style.chart_palette;
  return cs;
}

double lightness(display::Color color) {
  auto linear = [](std::uint8_t c) {
    const double v = c / 255.0;
    return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
  };
  const double y = 0.2126 * linear(color.r) + 0.7152 * linear(color.g) + 0.0722 * linear(color.b);
  return y > 216.0 / 24389.0 ? 116.0 * std::cbrt(y) - 16.0 : y * 24389.0 / 27.0;
}

}  // namespace gongwen::layout::chart
