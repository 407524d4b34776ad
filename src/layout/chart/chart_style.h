// The drawing values of charts. GB/T 9704 says nothing about charts; these
// defaults aim at print: black text, thin rules, and fills whose lightness
// differs enough to tell series apart on a greyscale copy.
#pragma once

#include <vector>

#include "display/display_list.h"
#include "style/style.h"
#include "util/units.h"

namespace gongwen::layout::chart {

struct ChartStyle {
  style::TextStyle label;       // categories, ticks, values, legend (Style::chart)
  style::TextStyle title;       // the title line above the chart
  Length label_line_pitch = 0;  // between the lines of a wrapped label

  Length axis_width = from_pt(0.75);
  display::Color axis_color{0, 0, 0};
  Length grid_width = from_pt(0.25);
  display::Color grid_color{178, 178, 178};
  Length tick_length = from_pt(3);

  // Series colours in order of use. Neighbours differ by 24 or more in CIE
  // L* (lightness), any two by 12 or more, so they stay apart in greyscale.
  std::vector<display::Color> palette;
  display::Color single_series{55, 110, 164};  // a one-series bar chart
  display::Color slice_separator{255, 255, 255};
  Length slice_separator_width = from_pt(0.75);

  int default_height_lines = 10;
  int max_label_lines = 3;   // category labels under vertical bars
  int bar_permille = 600;    // share of a category's slot a bar takes
  int group_permille = 800;  // share a group of bars takes
  Length min_value_label_size = from_pt(7);
};

// The defaults for a document style: label text from `style.chart`, the
// title one step larger in the header role (黑体).
ChartStyle chart_style(const style::Style& style);

// CIE L* (0 black … 100 white) of a colour, to check the palette's greyscale.
double lightness(display::Color color);

}  // namespace gongwen::layout::chart
