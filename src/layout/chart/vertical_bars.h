// Vertical bars, one series or grouped: value axis on the left with nice
// ticks and light gridlines, a bar per value with its value above it,
// category labels under their bars (wrapped, at most a few lines), and a
// legend row for several series.
#pragma once

#include <optional>
#include <vector>

#include "layout/chart/bar_axis.h"
#include "layout/chart/canvas.h"
#include "layout/chart/legend.h"

namespace gongwen::layout::chart {

class VerticalBars : public Plot {
 public:
  VerticalBars(Canvas& canvas, Length width);

  // Every category label fits under its bar in the style's maximum number of
  // lines; when not, the chart is better drawn with horizontal bars (and
  // this plot must not be drawn).
  bool labels_fit() const { return labels_fit_; }

  Length min_height() const override;
  void draw(Length top, Length height) override;

 private:
  Length slot_left(std::size_t i) const;
  Length bottom_height() const;  // category labels and legend under the plot
  void draw_axis(const Scale& axis, Length plot_top, Length plot_bottom);
  void draw_bars(const Scale& axis, Length plot_top, Length plot_bottom);
  void draw_categories(Length top);  // labels start under `top`

  Canvas& c_;
  Length width_;
  DataRange range_;
  Length plot_left_ = 0;
  Length plot_right_ = 0;
  std::vector<std::vector<TextLine>> categories_;
  int label_rows_ = 1;
  bool labels_fit_ = true;
  std::optional<Legend> legend_;
  std::optional<LabelText> values_;
};

}  // namespace gongwen::layout::chart
