#include "model/yaml/suggest.h"

#include <algorithm>

#include "util/utf8.h"

namespace gongwen::model {

std::u32string to_code_points(const std::string& text) {
  return utf8::decode(text, utf8::Malformed::kReplace);
}

namespace {

// Optimal string alignment distance: edits plus swaps of neighbours, the
// usual typing slips ("laed" for "lead").
std::size_t edit_distance(const std::u32string& a, const std::u32string& b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.size()][b.size()];
}

}  // namespace

std::string closest_match(const std::string& wrong, const std::vector<std::string>& candidates) {
  // Keys are short; a long "key" is pasted prose, and comparing it is wasted work.
  const std::u32string w = to_code_points(wrong);
  if (w.empty() || w.size() > 200) return "";
  std::string best;
  std::size_t best_score = static_cast<std::size_t>(-1);
  for (const auto& candidate : candidates) {
    const std::u32string c = to_code_points(candidate);
    std::size_t score = edit_distance(w, c);
    // A label written partly ("部分公开" for the long official label) is a
    // likely intent even though many characters differ.
    const bool contains = c.find(w) != std::u32string::npos || w.find(c) != std::u32string::npos;
    const std::size_t limit = std::max<std::size_t>(1, std::max(w.size(), c.size()) / 3);
    if (score > limit && !contains) continue;
    if (contains) score = std::min<std::size_t>(score, 1);
    if (score < best_score) {
      best_score = score;
      best = candidate;
    }
  }
  return best;
}

std::string did_you_mean(const std::string& wrong, const std::vector<std::string>& candidates) {
  const std::string best = closest_match(wrong, candidates);
  return best.empty() ? "" : " Did you mean \"" + best + "\"?";
}

}  // namespace gongwen::model
