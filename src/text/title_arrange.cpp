// Choosing the title's lines: every arrangement with the fewest lines (or one
// more) is scored by its breaks and its shape, and the cheapest wins. Titles
// are short, so the search is exhaustive; it is pruned by the fewest lines
// the rest of the title needs.
#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>

#include "text/breaks.h"
#include "text/title_breaks.h"

namespace gongwen::text {
namespace {

// Shape weights, with line widths in thousandths of the maximum width.
// Shape is second to meaning: 词意完整 first, then 排列对称, 长短适宜.
constexpr std::int64_t kWrongDirection = 300;  // a line longer than the one above (梯形)
constexpr std::int64_t kEqualLines = 150;      // 上长下短 reads better than equal lines
constexpr std::int64_t kTolerance = 20;        // "equal": within 2 % of the measure
constexpr std::int64_t kDiamondStep = 100;     // a 菱形's lines differ by about two characters
constexpr std::int64_t kRunt = 400;            // a last line shorter than this is a runt
constexpr std::int64_t kExtraLine = 300;       // one line more than needed
constexpr int kMaxLinesSearched = 6;           // beyond this, lines are filled greedily
constexpr int kAnyOpportunity = 1000;          // fallback break inside a word

class Arranger {
 public:
  Arranger(std::u32string_view title, const std::function<Length(std::size_t, std::size_t)>& width,
           Length max_width, TitleShape shape, std::vector<int> costs)
      : n_(title.size()),
        width_(width),
        max_(max_width),
        shape_(shape),
        costs_(std::move(costs)),
        matter_(title_matter_start(title)) {
    for (std::size_t i = 1; i < n_; ++i) {
      if (costs_[i] != kNoBreak) candidates_.push_back(i);
    }
    candidates_.push_back(n_);
    fewest_from_.assign(n_ + 1, -1);
  }

  // The fewest lines that set [begin, end of title); -1 when impossible.
  int fewest(std::size_t begin) {
    if (begin == n_) return 0;
    int& memo = fewest_from_[begin];
    if (memo != -1) return memo;
    memo = kImpossible;
    for (std::size_t end : candidates_) {
      if (end <= begin) continue;
      if (line_width(begin, end) > max_) break;
      const int rest = fewest(end);
      if (rest != kImpossible) memo = std::min(memo, rest + 1);
    }
    return memo;
  }

  std::optional<std::vector<TitleLine>> best() {
    const int least = fewest(0);
    if (least == kImpossible || least > kMaxLinesSearched) return std::nullopt;
    for (int lines = least; lines <= std::min(least + 1, kMaxLinesSearched); ++lines) {
      chosen_.clear();
      search(0, lines, (lines - least) * kExtraLine);
    }
    return best_lines_;
  }

 private:
  static constexpr int kImpossible = 1 << 20;

  Length line_width(std::size_t begin, std::size_t end) {
    auto [it, inserted] = widths_.try_emplace({begin, end}, 0);
    if (inserted) it->second = width_(begin, end);
    return it->second;
  }

  void search(std::size_t begin, int lines_left, std::int64_t cost) {
    if (lines_left == 1) {
      if (line_width(begin, n_) > max_) return;
      chosen_.push_back({begin, n_});
      const std::int64_t total = cost + shape_cost();
      if (!best_cost_ || total < *best_cost_) {
        best_cost_ = total;
        best_lines_ = chosen_;
      }
      chosen_.pop_back();
      return;
    }
    for (std::size_t end : candidates_) {
      if (end <= begin || end == n_) continue;
      if (line_width(begin, end) > max_) break;
      const int rest = fewest(end);
      if (rest == kImpossible || rest > lines_left - 1) continue;
      chosen_.push_back({begin, end});
      search(end, lines_left - 1, cost + costs_[end]);
      chosen_.pop_back();
    }
  }

  // Widths in thousandths of the maximum.
  std::vector<std::int64_t> relative_widths() {
    std::vector<std::int64_t> r;
    for (const TitleLine& line : chosen_)
      r.push_back(line_width(line.first, line.second) * 1000 / max_);
    return r;
  }

  // Cost of line `lower` being `d` thousandths shorter than `upper` when
  // lines should get shorter going down.
  static std::int64_t step_down(std::int64_t upper, std::int64_t lower) {
    const std::int64_t d = upper - lower;
    if (d < -kTolerance) return kWrongDirection - d;
    if (d <= kTolerance) return kEqualLines;
    return d * d / 400;  // big drops look ragged
  }

  // The same for a 菱形, where a step must be visible to make the shape.
  static std::int64_t diamond_step(std::int64_t longer, std::int64_t shorter) {
    const std::int64_t d = longer - shorter;
    if (d < 0) return kWrongDirection - d;
    if (d < kDiamondStep) return (kDiamondStep - d) * 3;
    return d * d / 800;
  }

  std::int64_t shape_cost() {
    const std::vector<std::int64_t> r = relative_widths();
    const std::size_t n = r.size();
    std::int64_t cost = 0;
    if (shape_ == TitleShape::kDiamond && n >= 3) {
      // Lines grow to the middle and shrink after it, symmetrically.
      for (std::size_t i = 0; i + 1 < n; ++i) {
        const bool before_middle = i + 1 <= (n - 1) / 2;
        cost += before_middle ? diamond_step(r[i + 1], r[i]) : diamond_step(r[i], r[i + 1]);
      }
      for (std::size_t i = 0; i < n / 2; ++i) cost += 3 * std::abs(r[i] - r[n - 1 - i]);
      return cost;
    }
    // An issuer alone on the first line is a head, not part of the shape.
    const std::size_t first = n > 1 && matter_ > 0 && chosen_[0].second == matter_ ? 1 : 0;
    for (std::size_t i = first; i + 1 < n; ++i) cost += step_down(r[i], r[i + 1]);
    if (n > first + 1 && r[n - 1] < kRunt) cost += (kRunt - r[n - 1]) * 5;
    return cost;
  }

  std::size_t n_;
  const std::function<Length(std::size_t, std::size_t)>& width_;
  Length max_;
  TitleShape shape_;
  std::vector<int> costs_;
  std::size_t matter_;                   // where the issuer ends; 0 when unknown
  std::vector<std::size_t> candidates_;  // allowed line ends, ascending, the title's end last
  std::vector<int> fewest_from_;
  std::map<std::pair<std::size_t, std::size_t>, Length> widths_;
  std::vector<TitleLine> chosen_;
  std::optional<std::int64_t> best_cost_;
  std::vector<TitleLine> best_lines_;
};

// Long titles: each line as full as the allowed breaks let it be.
std::vector<TitleLine> fill_greedily(std::u32string_view title, const std::vector<int>& costs,
                                     const std::function<Length(std::size_t, std::size_t)>& width,
                                     Length max_width) {
  std::vector<TitleLine> lines;
  std::size_t begin = 0;
  while (begin < title.size()) {
    std::size_t end = 0;
    for (std::size_t e = begin + 1; e <= title.size(); ++e) {
      if (e < title.size() && costs[e] == kNoBreak) continue;
      if (end != 0 && width(begin, e) > max_width) break;
      end = e;  // the first piece is taken even when it is too wide
    }
    lines.push_back({begin, end});
    begin = end;
  }
  return lines;
}

}  // namespace

std::vector<TitleLine> arrange_title(std::u32string_view title,
                                     const std::function<Length(std::size_t, std::size_t)>& width,
                                     Length max_width, TitleShape shape) {
  if (title.empty()) return {};
  if (width(0, title.size()) <= max_width) return {{0, title.size()}};
  const std::vector<int> costs = title_break_costs(title);
  if (auto lines = Arranger(title, width, max_width, shape, costs).best()) return *lines;

  // No arrangement keeps the words whole: any line-break opportunity will do.
  std::vector<int> loose = costs;
  const std::vector<bool> allowed = break_opportunities(title);
  for (std::size_t i = 1; i < title.size(); ++i) {
    if (loose[i] == kNoBreak && allowed[i]) loose[i] = kAnyOpportunity;
  }
  if (auto lines = Arranger(title, width, max_width, shape, loose).best()) return *lines;
  return fill_greedily(title, loose, width, max_width);
}

}  // namespace gongwen::text
