#include "layout/table/column_widths.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace gongwen::layout::table {
namespace {

// Splits `amount` over weights in proportion, rounding on the running total so
// that the parts always add up to `amount` exactly. Zero weights everywhere
// mean equal parts.
std::vector<Length> split(Length amount, const std::vector<Length>& weights) {
  std::vector<Length> parts(weights.size(), 0);
  if (weights.empty()) return parts;
  Length total = std::accumulate(weights.begin(), weights.end(), Length{0});
  const bool equal = total <= 0;
  if (equal) total = static_cast<Length>(weights.size());
  Length running = 0;
  Length given = 0;
  for (size_t i = 0; i < weights.size(); ++i) {
    running += equal ? 1 : std::max<Length>(weights[i], 0);
    const Length upto = scale(amount, running, total);
    parts[i] = upto - given;
    given = upto;
  }
  return parts;
}

Length sum(const std::vector<Length>& v, int from, int to) {
  return std::accumulate(v.begin() + from, v.begin() + to, Length{0});
}

// Widens columns [from, to) of `widths` so that together they reach `need`,
// in proportion to `weights` (the columns' current maximum widths).
void widen(std::vector<Length>& widths, const std::vector<Length>& weights, int from, int to,
           Length need) {
  const Length have = sum(widths, from, to);
  if (need <= have) return;
  std::vector<Length> w(weights.begin() + from, weights.begin() + to);
  const std::vector<Length> extra = split(need - have, w);
  for (int c = from; c < to; ++c)
    widths[static_cast<size_t>(c)] += extra[static_cast<size_t>(c - from)];
}

}  // namespace

std::vector<Length> ratio_column_widths(const std::vector<double>& ratios, Length width) {
  // Ratios become integer weights with enough precision for any sensible table.
  std::vector<Length> weights;
  for (double r : ratios) weights.push_back(static_cast<Length>(std::llround(r * 1e6)));
  return split(width, weights);
}

ColumnRanges column_ranges(int cols, const std::vector<CellWidths>& cells) {
  std::vector<Length> min(static_cast<size_t>(cols), 0);
  std::vector<Length> max(static_cast<size_t>(cols), 0);
  for (const CellWidths& cell : cells) {
    if (cell.colspan != 1) continue;
    Length& mn = min[static_cast<size_t>(cell.col)];
    Length& mx = max[static_cast<size_t>(cell.col)];
    mn = std::max(mn, cell.min);
    mx = std::max(mx, std::max(cell.max, cell.min));
  }

  std::vector<const CellWidths*> spanning;
  for (const CellWidths& cell : cells)
    if (cell.colspan > 1) spanning.push_back(&cell);
  std::stable_sort(spanning.begin(), spanning.end(), [](const CellWidths* a, const CellWidths* b) {
    return a->colspan < b->colspan;
  });
  for (const CellWidths* cell : spanning) {
    const int from = cell->col;
    const int to = cell->col + cell->colspan;
    const std::vector<Length> weights = max;
    widen(min, weights, from, to, cell->min);
    widen(max, weights, from, to, std::max(cell->max, cell->min));
    for (int c = from; c < to; ++c)
      max[static_cast<size_t>(c)] =
          std::max(max[static_cast<size_t>(c)], min[static_cast<size_t>(c)]);
  }
  return {std::move(min), std::move(max)};
}

std::vector<Length> auto_column_widths(int cols, const std::vector<CellWidths>& cells,
                                       Length width) {
  const ColumnRanges ranges = column_ranges(cols, cells);
  const std::vector<Length>& min = ranges.min;
  const std::vector<Length>& max = ranges.max;
  const Length sum_min = sum(min, 0, cols);
  const Length sum_max = sum(max, 0, cols);
  std::vector<Length> widths(static_cast<size_t>(cols), 0);
  if (sum_max <= width) {
    const std::vector<Length> extra = split(width - sum_max, max);
    for (size_t c = 0; c < widths.size(); ++c) widths[c] = max[c] + extra[c];
  } else if (sum_min <= width) {
    std::vector<Length> wish(static_cast<size_t>(cols));
    for (size_t c = 0; c < wish.size(); ++c) wish[c] = max[c] - min[c];
    const std::vector<Length> extra = split(width - sum_min, wish);
    for (size_t c = 0; c < widths.size(); ++c) widths[c] = min[c] + extra[c];
  } else {
    widths = min;  // too wide: the caller reports it (lay_out_table)
  }
  return widths;
}

}  // namespace gongwen::layout::table
