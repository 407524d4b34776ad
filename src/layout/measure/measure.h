// Measures a laid-out document against the GB/T 9704 rules that layout
// promises: text on the 22-line grid, full lines of 28 characters that end
// exactly at the measure, no 避头尾 violations, headings never last on a page,
// page numbers 7 mm below the type area, one character in from the outside.
#pragma once

#include <string>
#include <vector>

#include "display/display_list.h"
#include "font/font_set.h"
#include "style/style.h"

namespace gongwen::layout {

struct LayoutReport {
  int pages = 0;
  int text_lines = 0;  // body-size text lines outside tables and charts
  int off_grid_lines = 0;
  std::vector<int> lines_per_page;
  int full_lines = 0;         // lines that are not the last of their paragraph
  int full_lines_exact = 0;   // ... ending exactly at the measure
  int han_full_lines = 0;     // ... of Han text only
  int han_full_lines_28 = 0;  // ... holding 28 characters (26 after the indent)
  int kinsoku_violations = 0;
  int headings_last_on_page = 0;
  int page_numbers = 0;
  int page_numbers_placed = 0;        // dash top 7 mm below, correct side and inset
  double first_ink_top_mm = 0;        // first line's em-box top, from the page top
  double text_left_mm = 0;            // left edge of the first body line without indent
  std::vector<std::string> problems;  // one line each, with page and text

  bool ok() const { return problems.empty(); }
  std::string text() const;  // the human-readable report
};

LayoutReport measure_layout(const display::Document& doc, const style::Style& style,
                            const font::FontSet& fonts);

}  // namespace gongwen::layout
