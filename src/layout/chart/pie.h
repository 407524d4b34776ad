// A pie: slices clockwise from 12 o'clock in category order, separated by
// thin white lines, and beside it a legend with each category's value and
// share (long names wrap within the legend).
#pragma once

#include <optional>

#include "layout/chart/canvas.h"
#include "layout/chart/legend.h"

namespace gongwen::layout::chart {

class Pie : public Plot {
 public:
  Pie(Canvas& canvas, Length width);

  Length min_height() const override;
  void draw(Length top, Length height) override;

 private:
  Length min_diameter() const { return c_.labels.line_pitch() * 5; }
  Length pad() const { return c_.labels.line_pitch() / 2; }
  Length gap() const { return c_.em(2000); }  // between pie and legend
  display::Color slice_color(std::size_t i) const;
  void draw_slices(Point centre, Length radius);

  Canvas& c_;
  Length width_;
  std::optional<Legend> legend_;
};

}  // namespace gongwen::layout::chart
