// Legends: a colour swatch before each entry's text. Bar charts flow their
// series into centred rows under the plot; a pie lists its slices in a column.
// An entry too long for the legend's width wraps under its own first line.
#pragma once

#include <string>
#include <vector>

#include "layout/chart/chart_style.h"
#include "layout/chart/label_text.h"

namespace gongwen::layout::chart {

struct LegendEntry {
  std::string text;
  display::Color color;
};

class Legend {
 public:
  // Entries flowed left to right into rows no wider than `max_width`.
  static Legend rows(const LabelText& text, const std::vector<LegendEntry>& entries,
                     Length max_width);
  // One entry per row, left aligned, no wider than `max_width`.
  static Legend column(const LabelText& text, const std::vector<LegendEntry>& entries,
                       Length max_width);

  Length width() const { return width_; }
  Length height() const;
  // Draws the legend with its top-left corner at (x, y).
  void draw(Length x, Length y, std::vector<display::Item>& out) const;

 private:
  struct Placed {
    std::vector<TextLine> lines;
    display::Color color;
    Length x = 0;  // swatch's left edge within its row
  };
  struct Row {
    std::vector<Placed> entries;
    Length width = 0;
    int lines = 1;  // of its tallest entry
  };
  explicit Legend(const LabelText& text) : text_(&text) {}
  Length swatch() const;
  Length text_indent() const;  // from the swatch's left edge to the text
  Length gap() const;          // between entries of a row
  std::vector<TextLine> entry_lines(const std::string& text, Length max_width) const;
  static Length widest(const std::vector<TextLine>& lines);
  void add(Row& row, std::vector<TextLine> lines, display::Color color) const;

  const LabelText* text_;
  std::vector<Row> rows_;
  Length width_ = 0;
  bool centred_ = false;  // rows centred (flowed legend) or left aligned (column)
};

}  // namespace gongwen::layout::chart
