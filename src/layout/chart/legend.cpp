#include "layout/chart/legend.h"

#include <algorithm>

namespace gongwen::layout::chart {

Length Legend::swatch() const {
  return scale(text_->size(), 4, 5);
}
Length Legend::text_indent() const {
  return swatch() + scale(text_->size(), 2, 5);
}
Length Legend::gap() const {
  return scale(text_->size(), 3, 2);
}

Length Legend::widest(const std::vector<TextLine>& lines) {
  Length w = 0;
  for (const TextLine& line : lines) w = std::max(w, line.width);
  return w;
}

std::vector<TextLine> Legend::entry_lines(const std::string& text, Length max_width) const {
  const Length room = max_width - text_indent();
  TextLine one = text_->set(text);
  if (one.width <= room) return {std::move(one)};
  return text_->wrap(text, room);
}

void Legend::add(Row& row, std::vector<TextLine> lines, display::Color color) const {
  const Length x = row.entries.empty() ? 0 : row.width + gap();
  row.width = x + text_indent() + widest(lines);
  row.lines = std::max(row.lines, static_cast<int>(lines.size()));
  row.entries.push_back({std::move(lines), color, x});
}

Legend Legend::rows(const LabelText& text, const std::vector<LegendEntry>& entries,
                    Length max_width) {
  Legend legend(text);
  legend.centred_ = true;
  for (const LegendEntry& e : entries) {
    std::vector<TextLine> lines = legend.entry_lines(e.text, max_width);
    const Length w = legend.text_indent() + widest(lines);
    const bool fits = !legend.rows_.empty() && lines.size() == 1 &&
                      legend.rows_.back().lines == 1 &&
                      legend.rows_.back().width + legend.gap() + w <= max_width;
    if (!fits) legend.rows_.emplace_back();
    legend.add(legend.rows_.back(), std::move(lines), e.color);
  }
  for (const Row& row : legend.rows_) legend.width_ = std::max(legend.width_, row.width);
  return legend;
}

Legend Legend::column(const LabelText& text, const std::vector<LegendEntry>& entries,
                      Length max_width) {
  Legend legend(text);
  for (const LegendEntry& e : entries) {
    legend.rows_.emplace_back();
    legend.add(legend.rows_.back(), legend.entry_lines(e.text, max_width), e.color);
    legend.width_ = std::max(legend.width_, legend.rows_.back().width);
  }
  return legend;
}

Length Legend::height() const {
  Length lines = 0;
  for (const Row& row : rows_) lines += row.lines;
  return text_->line_pitch() * lines;
}

void Legend::draw(Length x, Length y, std::vector<display::Item>& out) const {
  const Length pitch = text_->line_pitch();
  const Length s = swatch();
  Length row_top = y;
  for (const Row& row : rows_) {
    const Length row_x = centred_ ? x + (width_ - row.width) / 2 : x;
    // The swatch sits on the middle of the entry's first line.
    const Length middle = row_top + pitch / 2;
    const Length baseline = text_->first_baseline(1, middle);
    for (const Placed& p : row.entries) {
      out.push_back(display::Box{{row_x + p.x, middle - s / 2, s, s}, p.color, std::nullopt, 0});
      for (std::size_t i = 0; i < p.lines.size(); ++i) {
        text_->place(p.lines[i], row_x + p.x + text_indent(),
                     baseline + pitch * static_cast<Length>(i), out);
      }
    }
    row_top += pitch * row.lines;
  }
}

}  // namespace gongwen::layout::chart
