#include "layout/table/column_refine.h"

#include <iterator>
#include <numeric>
#include <utility>

#include "layout/table/row_heights.h"

namespace gongwen::layout::table {
namespace {

// Moves of 1 to 8 steps: small ones settle a line, large ones get over
// a wrap that a single step cannot undo.
constexpr int kMoves[] = {1, 2, 3, 4, 6, 8};
// Enough for any sensible table; each round makes the table shorter.
constexpr int kMaxRounds = 40;

class Refiner {
 public:
  explicit Refiner(const RefineInput& in) : in_(in), grid_(*in.grid) {
    columns_cells_.resize(static_cast<size_t>(grid_.cols));
    for (size_t i = 0; i < grid_.cells.size(); ++i)
      for (int c = grid_.cells[i].col; c < grid_.cells[i].col_end(); ++c)
        columns_cells_[static_cast<size_t>(c)].push_back(static_cast<int>(i));
  }

  std::vector<Length> refine(std::vector<Length> widths) {
    std::vector<CellHeight> needs;
    for (size_t i = 0; i < grid_.cells.size(); ++i) {
      const PlacedCell& cell = grid_.cells[i];
      needs.push_back({cell.row, cell.rowspan, need(static_cast<int>(i), widths)});
    }
    RowHeights rows(grid_.rows, needs, in_.min_row);
    Score best = score(rows, needs);
    // One trial at a time, in buffers kept across trials (there are
    // thousands for a wide table).
    std::vector<Length> trial, best_widths;
    std::vector<CellHeight> trial_needs, best_needs;
    for (int round = 0; round < kMaxRounds; ++round) {
      bool improved = false;
      find_lowered(widths, needs);
      for (int to = 0; to < grid_.cols; ++to) {
        for (int from = 0; from < grid_.cols; ++from) {
          if (from == to) continue;
          for (size_t move = 0; move < std::size(kMoves); ++move) {
            const Length amount = kMoves[move] * in_.step;
            if (widths[static_cast<size_t>(from)] - amount < in_.min[static_cast<size_t>(from)])
              break;
            // Narrowing a column never lowers a need: a move that lowers
            // none in `to` makes no row shorter and no cell take fewer lines.
            if (!lowers_a_need(to, move, from)) continue;
            trial = widths;
            trial[static_cast<size_t>(from)] -= amount;
            trial[static_cast<size_t>(to)] += amount;
            trial_needs = needs;
            update(trial_needs, trial, from);
            update(trial_needs, trial, to);
            const Score trial_score = score(rows, trial_needs);
            if (trial_score < best) {
              best = trial_score;
              std::swap(best_widths, trial);
              std::swap(best_needs, trial_needs);
              improved = true;
            }
          }
        }
      }
      if (!improved) break;
      std::swap(widths, best_widths);
      std::swap(needs, best_needs);
    }
    return widths;
  }

 private:
  Length need(int cell, const std::vector<Length>& widths) const {
    const PlacedCell& placed = grid_.cells[static_cast<size_t>(cell)];
    const Length width =
        std::accumulate(widths.begin() + placed.col, widths.begin() + placed.col_end(), Length{0});
    return in_.cell_height(cell, width);
  }

  // For each column and move, the cells in the column whose need the move
  // would lower, were all the width added to them (a cell also spanning the
  // column the width comes from keeps its width: lowers_a_need skips it).
  void find_lowered(const std::vector<Length>& widths, const std::vector<CellHeight>& needs) {
    lowered_.assign(static_cast<size_t>(grid_.cols), {});
    std::vector<Length> wider;
    for (int to = 0; to < grid_.cols; ++to) {
      auto& moves = lowered_[static_cast<size_t>(to)];
      moves.resize(std::size(kMoves));
      for (size_t move = 0; move < std::size(kMoves); ++move) {
        wider = widths;
        wider[static_cast<size_t>(to)] += kMoves[move] * in_.step;
        for (int cell : columns_cells_[static_cast<size_t>(to)]) {
          if (need(cell, wider) < needs[static_cast<size_t>(cell)].need)
            moves[move].push_back(cell);
        }
      }
    }
  }

  bool lowers_a_need(int to, size_t move, int from) const {
    for (int cell : lowered_[static_cast<size_t>(to)][move]) {
      const PlacedCell& placed = grid_.cells[static_cast<size_t>(cell)];
      if (from < placed.col || from >= placed.col_end()) return true;
    }
    return false;
  }

  void update(std::vector<CellHeight>& needs, const std::vector<Length>& widths, int column) const {
    for (int cell : columns_cells_[static_cast<size_t>(column)])
      needs[static_cast<size_t>(cell)].need = need(cell, widths);
  }

  // The table's height first; at equal heights, fewer lines in all cells
  // (a header such as "自然人" set whole though its rows had room for two).
  using Score = std::pair<Length, Length>;
  static Score score(RowHeights& rows, const std::vector<CellHeight>& needs) {
    const std::vector<Length>& heights = rows.of(needs);
    Length cells = 0;
    for (const CellHeight& n : needs) cells += n.need;
    return {std::accumulate(heights.begin(), heights.end(), Length{0}), cells};
  }

  const RefineInput& in_;
  const Grid& grid_;
  std::vector<std::vector<int>> columns_cells_;
  std::vector<std::vector<std::vector<int>>> lowered_;  // [column][move]: cells (find_lowered)
};

}  // namespace

std::vector<Length> refine_column_widths(const RefineInput& input, std::vector<Length> widths) {
  return Refiner(input).refine(std::move(widths));
}

}  // namespace gongwen::layout::table
