// What every kind of chart draws with: the context, the chart style, the
// label text and the item list being filled; and the interface of a plot
// (the drawing under the title line).
#pragma once

#include <vector>

#include "layout/chart/chart_style.h"
#include "layout/chart/label_text.h"
#include "model/document/document.h"

namespace gongwen::layout::chart {

struct Canvas {
  Canvas(Context& context, const model::Chart& data)
      : ctx(context),
        chart(data),
        style(chart_style(context.style)),
        labels(context, style.label, data.pos) {
    // The chart's own colors replace the style's palette and single colour.
    if (!data.colors.empty()) {
      style.palette.clear();
      for (const std::uint32_t c : data.colors) {
        style.palette.push_back({static_cast<std::uint8_t>(c >> 16),
                                 static_cast<std::uint8_t>((c >> 8) & 0xff),
                                 static_cast<std::uint8_t>(c & 0xff)});
      }
      style.single_series = style.palette.front();
    }
  }

  Context& ctx;
  const model::Chart& chart;
  ChartStyle style;
  LabelText labels;
  std::vector<display::Item> items;

  void line(Point from, Point to, Length width, display::Color color) {
    items.push_back(display::Line{from, to, width, color});
  }
  void fill(Rect rect, display::Color color) {
    items.push_back(display::Box{rect, color, std::nullopt, 0});
  }
  // The fill of series `index`: one colour for a single series.
  display::Color series_color(std::size_t index) const {
    if (chart.series.size() == 1 && chart.kind != model::Chart::Kind::kPie) {
      return style.single_series;
    }
    return style.palette[index % style.palette.size()];
  }
  // A fraction of the label size, in thousandths ("half an em" = 500).
  Length em(int permille) const { return scale(style.label.size, permille, 1000); }

  // Throws InputError when `room` (what is left for the plot) is less than
  // `needed`: the labels take the whole width.
  void require_room(Length room, Length needed, Length width) const;
};

// A chart's drawing below its title: asked first how much height it needs,
// then drawn into the band [top, top + height) of the full chart width.
class Plot {
 public:
  virtual ~Plot() = default;
  virtual Length min_height() const = 0;
  virtual void draw(Length top, Length height) = 0;
};

}  // namespace gongwen::layout::chart
