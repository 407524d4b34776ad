// What vertical and horizontal bar charts share: the data range, the room
// tick and value labels take, and the value labels' size.
#pragma once

#include <optional>

#include "layout/chart/canvas.h"
#include "layout/chart/scale.h"

namespace gongwen::layout::chart {

struct DataRange {
  double lo = 0;  // smallest value of all series, or 0
  double hi = 0;  // largest value of all series, or 0
};
DataRange data_range(const model::Chart& chart);

// The widest tick label any scale of the range could print (the fewest
// intervals give the largest top tick, the most give the most decimals).
Length widest_tick_label(const LabelText& text, const DataRange& range);

// The widest printed data value.
Length widest_value_label(const LabelText& text, const model::Chart& chart);

// How many intervals fit on an axis `length` long with ticks at least
// `spacing` apart (2 to 8).
int max_intervals(Length length, Length spacing);

// The text style for value labels: the label size, or smaller so that the
// widest value fits in `room`; nothing when it would be smaller than the
// style's minimum (the values are then left to the alt text and the table).
std::optional<LabelText> value_labels(const Canvas& canvas, Length room);

}  // namespace gongwen::layout::chart
