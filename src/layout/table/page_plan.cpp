#include "layout/table/page_plan.h"

#include <algorithm>
#include <limits>

namespace gongwen::layout::table {
namespace {

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
      if (may_defer && fixed(false) > first_height) fragments.push_back({header_, header_, true});
      fragments.push_back({header_, header_, false});
      return fragments;
    }
    int cur = header_;
    Length avail = first_height;
    bool started = false;
    while (cur < rows_) {
      const int fit = last_fitting(cur, avail - fixed(started));
      if (fit == rows_) {
        fragments.push_back({cur, rows_, false});
        break;
      }
      int end = best_break(cur, fit);
      // A body row alone on either side of the first break (a table of
      // fewer than four body rows cannot be broken otherwise): the table
      // starts on the next page instead.
      if (!started && may_defer && fragments.empty() && lone_row(cur, end)) {
        fragments.push_back({cur, cur, true});
        avail = page_height;
        continue;
      }
      if (end <= cur) end = cur + 1;  // one row taller than a page: set it alone
      fragments.push_back({cur, end, false});
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

  // The fullest break with the least badness, among those with at least two
  // body rows on each side when there are any; cur when not one row fits.
  int best_break(int cur, int fit) const {
    bool any_pair = false;
    for (int end = fit; end > cur; --end) any_pair = any_pair || !lone_row(cur, end);
    int best = cur;
    int best_bad = std::numeric_limits<int>::max();
    for (int end = fit; end > cur; --end) {
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
};

}  // namespace

std::vector<FragmentRows> plan_fragments(const PlanInput& input, Length first_height,
                                         Length page_height) {
  return Planner(input).plan(first_height, page_height);
}

}  // namespace gongwen::layout::table
