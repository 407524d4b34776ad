#include "layout/table/rules.h"

namespace gongwen::layout::table {
namespace {

class RuleDrawer {
 public:
  explicit RuleDrawer(const RuleGrid& g)
      : g_(g), rows_(static_cast<int>(g.rows.size())), cols_(g.grid->cols) {}

  std::vector<display::Line> draw() {
    for (int k = 0; k <= rows_; ++k) horizontal(k);
    for (int c = 0; c <= cols_; ++c) vertical(c);
    return std::move(lines_);
  }

 private:
  int owner(int k, int c) const { return g_.grid->owner(g_.rows[static_cast<size_t>(k)], c); }

  // Edge k lies above fragment row k.
  bool horizontal_edge(int k, int c) const {
    return k == 0 || k == rows_ || owner(k - 1, c) != owner(k, c);
  }
  // Edge c lies left of column c.
  bool vertical_edge(int c, int k) const {
    return c == 0 || c == cols_ || owner(k, c - 1) != owner(k, c);
  }

  Length horizontal_width(int k) const { return k == 0 || k == rows_ ? g_.outer : g_.inner; }
  Length vertical_width(int c) const { return c == 0 || c == cols_ ? g_.outer : g_.inner; }

  void horizontal(int k) {
    const Length y = g_.row_y[static_cast<size_t>(k)];
    for (int c = 0; c < cols_;) {
      if (!horizontal_edge(k, c)) {
        ++c;
        continue;
      }
      int end = c;
      while (end < cols_ && horizontal_edge(k, end)) ++end;
      const Length x0 = g_.col_x[static_cast<size_t>(c)] - vertical_width(c) / 2;
      const Length x1 = g_.col_x[static_cast<size_t>(end)] + vertical_width(end) / 2;
      lines_.push_back({{x0, y}, {x1, y}, horizontal_width(k), {}});
      c = end;
    }
  }

  void vertical(int c) {
    const Length x = g_.col_x[static_cast<size_t>(c)];
    for (int k = 0; k < rows_;) {
      if (!vertical_edge(c, k)) {
        ++k;
        continue;
      }
      int end = k;
      while (end < rows_ && vertical_edge(c, end)) ++end;
      const Length y0 = g_.row_y[static_cast<size_t>(k)] - horizontal_width(k) / 2;
      const Length y1 = g_.row_y[static_cast<size_t>(end)] + horizontal_width(end) / 2;
      lines_.push_back({{x, y0}, {x, y1}, vertical_width(c), {}});
      k = end;
    }
  }

  const RuleGrid& g_;
  int rows_;
  int cols_;
  std::vector<display::Line> lines_;
};

}  // namespace

std::vector<display::Line> draw_rules(const RuleGrid& g) {
  return RuleDrawer(g).draw();
}

}  // namespace gongwen::layout::table
