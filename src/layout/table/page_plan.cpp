#include "layout/table/page_plan.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <utility>

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
    next_room_ = page_height - fixed(true);
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

  // How much a break makes the parts of cut groups grow, as the stretch of
  // the most stretched part: its grown height (its label's `least`) over its
  // own. The parts are this fragment's part of each group it shows in part
  // and, for a group the break cuts, the part that follows on the next
  // fragment, as far as a page holds it. Returned as a fraction num/den
  // (1/1: nothing grows).
  std::pair<Length, Length> stretch(int cur, int end) const {
    std::pair<Length, Length> worst{1, 1};
    const auto part = [&](const RowGroup& g, int from, int to) {
      const Length own = height(from, to);
      if (own >= g.least) return;
      if (own <= 0) {
        worst = {1, 0};  // nothing of the group fits there: worse than any growth
        return;
      }
      if (g.least * worst.second > worst.first * own) worst = {g.least, own};
    };
    for (const RowGroup& g : in_.groups) {
      const int first = std::max(g.row, cur);
      const int last = std::min(g.row_end, end);
      if (first < last && !(first == g.row && last == g.row_end)) part(g, first, last);
      if (g.row < end && end < g.row_end)
        part(g, end, std::min(g.row_end, last_fitting(end, next_room_)));
    }
    return worst;
  }

  // Among the breaks that fit with their rows grown and, when there are any,
  // leave at least two body rows on each side: those with the least badness;
  // among them, those whose cut parts are stretched least (see stretch); the
  // fullest of these. cur when not one row fits.
  //
  // A break that cuts a group leaves one part on each side; when both can
  // hold the label at their own heights no break grows anything and this is
  // the fullest break, as for any table. When every break grows a part, the
  // fullest one gives the part after it as few rows as the next page allows,
  // and the repeated label blows those few rows up to several times their
  // height; moving rows over to the next page, as far as it holds them,
  // evens the parts out, so that the label spreads over rows that need to
  // grow little or not at all. The fragment ends a little higher on its
  // page, which is what any break moved up for its rows does.
  int best_break(int cur, int fit, Length room) const {
    std::vector<int> ends;
    for (int end = fit; end > cur; --end)
      if (fits(cur, end, room)) ends.push_back(end);
    const bool any_pair =
        std::any_of(ends.begin(), ends.end(), [&](int end) { return !lone_row(cur, end); });
    int best = cur;
    int best_bad = std::numeric_limits<int>::max();
    std::pair<Length, Length> best_stretch{1, 0};
    for (int end : ends) {  // fullest first: only a better break replaces one
      if (any_pair && lone_row(cur, end)) continue;
      const int bad = badness(cur, end);
      if (bad > best_bad) continue;
      const std::pair<Length, Length> s = stretch(cur, end);
      // s < best_stretch, as fractions (a denominator of 0 is infinite).
      const bool less_stretched =
          best_stretch.second == 0
              ? s.second != 0
              : s.second != 0 && s.first * best_stretch.second < best_stretch.first * s.second;
      if (bad < best_bad || less_stretched) {
        best = end;
        best_bad = bad;
        best_stretch = s;
      }
    }
    return best;
  }

  const PlanInput& in_;
  int rows_;
  int header_;
  Length header_height_ = 0;
  Length next_room_ = 0;        // for body rows on a continuation fragment
  std::vector<RowGroup> near_;  // the groups the fragment being planned may show
};

}  // namespace

std::vector<FragmentRows> plan_fragments(const PlanInput& input, Length first_height,
                                         Length page_height) {
  return Planner(input).plan(first_height, page_height);
}

}  // namespace gongwen::layout::table
