// Horizontal bars, one series or grouped: category labels in a column on the
// left (wrapped to as many lines as they need, so long labels read well),
// bars to the right with their values at their ends, the value axis with
// nice ticks along the bottom, and a legend row for several series.
#pragma once

#include <optional>
#include <vector>

#include "layout/chart/bar_axis.h"
#include "layout/chart/canvas.h"
#include "layout/chart/legend.h"

namespace gongwen::layout::chart {

class HorizontalBars : public Plot {
 public:
  HorizontalBars(Canvas& canvas, Length width);

  Length min_height() const override;
  void draw(Length top, Length height) override;

 private:
  Length bottom_height() const;  // tick labels and legend under the plot
  void draw_axis(const Scale& axis, Length plot_top, Length plot_bottom);
  void draw_rows(const Scale& axis, Length plot_top, Length plot_bottom);

  Canvas& c_;
  Length width_;
  DataRange range_;
  Length label_column_ = 0;  // right edge of the category labels
  Length plot_left_ = 0;
  Length plot_right_ = 0;
  Length row_min_ = 0;       // smallest band a category needs
  Length tick_spacing_ = 0;  // smallest distance between ticks
  std::vector<std::vector<TextLine>> categories_;
  std::optional<Legend> legend_;
  LabelText values_;
};

}  // namespace gongwen::layout::chart
