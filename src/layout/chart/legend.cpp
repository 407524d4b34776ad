#include "layout/chart/legend.h"

#include <algorithm>

namespace gongwen::layout::chart {
namespace {

// Gaps in fractions of the text size: swatch to text, entry to entry.
constexpr int kSwatchGapPermille = 400;
constexpr int kEntryGapPermille = 1500;

}  // namespace

Length Legend::swatch() const {
  return scale(text_->size(), 4, 5);
}

Length Legend::entry_width(const TextLine& line) const {
  return swatch() + scale(text_->size(), kSwatchGapPermille, 1000) + line.width;
}

void Legend::add(Row& row, TextLine line, display::Color color) const {
  const Length gap = row.entries.empty() ? 0 : scale(text_->size(), kEntryGapPermille, 1000);
  const Length x = row.width + gap;
  row.width = x + entry_width(line);
  row.entries.push_back({std::move(line), color, x});
}

Legend Legend::rows(const LabelText& text, const std::vector<LegendEntry>& entries,
                    Length max_width) {
  Legend legend(text);
  legend.centred_ = true;
  const Length gap = scale(text.size(), kEntryGapPermille, 1000);
  for (const LegendEntry& e : entries) {
    TextLine line = text.set(e.text);
    const bool fits = legend.rows_.empty() ||
                      legend.rows_.back().width + gap + legend.entry_width(line) <= max_width;
    if (!fits) legend.rows_.emplace_back();
    if (legend.rows_.empty()) legend.rows_.emplace_back();
    legend.add(legend.rows_.back(), std::move(line), e.color);
  }
  for (const Row& row : legend.rows_) legend.width_ = std::max(legend.width_, row.width);
  return legend;
}

Legend Legend::column(const LabelText& text, const std::vector<LegendEntry>& entries) {
  Legend legend(text);
  for (const LegendEntry& e : entries) {
    legend.rows_.emplace_back();
    legend.add(legend.rows_.back(), text.set(e.text), e.color);
    legend.width_ = std::max(legend.width_, legend.rows_.back().width);
  }
  return legend;
}

Length Legend::height() const {
  return text_->line_pitch() * static_cast<Length>(rows_.size());
}

void Legend::draw(Length x, Length y, std::vector<display::Item>& out) const {
  const Length pitch = text_->line_pitch();
  const Length s = swatch();
  for (std::size_t r = 0; r < rows_.size(); ++r) {
    const Row& row = rows_[r];
    const Length middle = y + pitch * static_cast<Length>(r) + pitch / 2;
    const Length baseline = text_->first_baseline(1, middle);
    const Length row_x = centred_ ? x + (width_ - row.width) / 2 : x;
    for (const Placed& p : row.entries) {
      out.push_back(display::Box{{row_x + p.x, middle - s / 2, s, s}, p.color, std::nullopt, 0});
      text_->place(p.line, row_x + p.x + s + scale(text_->size(), kSwatchGapPermille, 1000),
                   baseline, out);
    }
  }
}

}  // namespace gongwen::layout::chart
