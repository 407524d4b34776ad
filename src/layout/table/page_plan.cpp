#include "layout/table/page_plan.h"

#include <algorithm>
#include <limits>
#include <numeric>

#include "layout/table/row_heights.h"

namespace gongwen::layout::table {
namespace {

// The heights of rows [begin, end) on one fragment: a group shown only in
// part repeats its label there, so that part grows to the label's `least`,
// spread over its rows as for any cell spanning them.
std::vector<Length> grown_heights(const std::vector<Length>& own,
                                  const std::vector<RowGroup>& groups, int begin, int end) {
  std::vector<CellHeight> cells;
  for (int r = begin; r < end; ++r) cells.push_back({r - begin, 1, own[static_cast<size_t>(r)]});
  for (const RowGroup& g : groups) {
    const int first = std::max(g.row, begin);
    const int last = std::min(g.row_end, end);
    // A group shown whole already has the rows its label needs.
    const bool whole = first == g.row && last == g.row_end;
    if (first < last && !whole) cells.push_back({first - begin, last - first, g.least});
  }
  return row_heights(end - begin, cells, 0);
}

class Planner {
 public:
  explicit Planner(const PlanInput& input)
      : in_(input), rows_(static_cast<int>(input.row_heights.size())), header_(input.header_rows) {
    header_height_ = height(0, header_);
  }

  std::vector<FragmentRows> plan(Length first_height, Length page_height) {
    std::vector<FragmentRows> fragments;
    // An empty first fragment only helps when the table then starts on a
    // fresh page with more room.
    const bool may_defer = first_height < page_height;
    if (header_ == rows_) {
      if (may_defer && fixed(false) > first_height)
        fragments.push_back({header_, header_, true, {}});
      fragments.push_back(shown(header_, header_));
      return fragments;
    }
    int cur = header_;
    Length avail = first_height;
    bool started = false;
    while (cur < rows_) {
      const Length room = avail - fixed(started);
      // Rows only grow for their labels: no more than `fit` can fit.
      const int fit = last_fitting(cur, room);
      near_.clear();
      for (const RowGroup& g : in_.groups)
        if (g.row < std::max(fit, cur + 1) && g.row_end > cur) near_.push_back(g);
      if (fit == rows_ && fits(cur, rows_, room)) {
        fragments.push_back(shown(cur, rows_));
        break;
      }
      int end = best_break(cur, fit, room);
      // A body row alone on either side of the first break (a table of
      // fewer than four body rows cannot be broken otherwise): the table
      // starts on the next page instead.
      if (!started && may_defer && fragments.empty() && lone_row(cur, end)) {
        fragments.push_back({cur, cur, true, {}});
        avail = page_height;
        continue;
      }
      if (end <= cur) end = cur + 1;  // one row taller than a page: set it alone
      fragments.push_back(shown(cur, end));
      cur = end;
      started = true;
      avail = page_height;
    }
    return fragments;
  }

 private:
  Length height(int from, int to) const {
    Length h = 0;
    for (int r = from; r < to; ++r) h += in_.row_heights[static_cast<size_t>(r)];
    return h;
  }

  FragmentRows shown(int cur, int end) const {
    return {cur, end, false, grown_heights(in_.row_heights, near_, cur, end)};
  }

  // Whether body rows [cur, end), grown for the labels they cut, fit `room`
  // (they do with their own heights when end <= last_fitting).
  bool fits(int cur, int end, Length room) const {
    if (near_.empty()) return end <= last_fitting(cur, room);
    const std::vector<Length> h = grown_heights(in_.row_heights, near_, cur, end);
    return std::accumulate(h.begin(), h.end(), Length{0}) <= room;
  }

  Length fixed(bool continuation) const {
    return in_.frame + header_height_ + (continuation ? in_.continued : in_.caption);
  }

  // The largest end such that body rows [cur, end) fit in `room`.
  int last_fitting(int cur, Length room) const {
    int end = cur;
    Length used = 0;
    while (end < rows_ && used + in_.row_heights[static_cast<size_t>(end)] <= room)
      used += in_.row_heights[static_cast<size_t>(end++)];
    return end;
  }

  // Lower is better: three points for a break after a row that introduces
  // the next ones, two per side with fewer than two body rows, one when a cut
  // row group is too short for its label on either side.
  int badness(int cur, int end) const {
    int bad = 0;
    const size_t last = static_cast<size_t>(end - 1);
    if (end < rows_ && last < in_.keep_with_next.size() && in_.keep_with_next[last]) bad += 3;
    if (end - cur < 2) bad += 2;
    if (rows_ - end < 2) bad += 2;
    for (const RowGroup& g : in_.groups) {
      if (!(g.row < end && end < g.row_end)) continue;
      if (height(std::max(g.row, cur), end) < g.need || height(end, g.row_end) < g.need) {
        bad += 1;
        break;
      }
    }
    return bad;
  }

  // Whether breaking after body rows [cur, end) leaves fewer than two body
  // rows on either side.
  bool lone_row(int cur, int end) const { return end - cur < 2 || rows_ - end < 2; }

  // The fullest break with the least badness, among those that fit with
  // their rows grown and, when there are any, with at least two body rows on
  // each side; cur when not one row fits.
  int best_break(int cur, int fit, Length room) const {
    std::vector<int> ends;
    for (int end = fit; end > cur; --end)
      if (fits(cur, end, room)) ends.push_back(end);
    const bool any_pair =
        std::any_of(ends.begin(), ends.end(), [&](int end) { return !lone_row(cur, end); });
    int best = cur;
    int best_bad = std::numeric_limits<int>::max();
    for (int end : ends) {
      if (any_pair && lone_row(cur, end)) continue;
      const int bad = badness(cur, end);
      if (bad < best_bad) {
        best = end;
        best_bad = bad;
      }
    }
    return best;
  }

  const PlanInput& in_;
  int rows_;
  int header_;
  Length header_height_ = 0;
  std::vector<RowGroup> near_;  // the groups the fragment being planned may show
};

}  // namespace

std::vector<FragmentRows> plan_fragments(const PlanInput& input, Length first_height,
                                         Length page_height) {
  return Planner(input).plan(first_height, page_height);
}

}  // namespace gongwen::layout::table
