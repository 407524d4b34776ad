#include "pdf/cid_widths.h"

#include "pdf/number_format.h"

namespace gongwen::pdf {
namespace {

// Runs of at least this many equal widths are written as "first last w".
constexpr std::size_t kMinRange = 3;

double most_common_width(const std::map<std::uint16_t, double>& widths) {
  std::map<double, int> counts;
  for (const auto& [code, w] : widths) ++counts[w];
  double best = 1000;
  int best_count = 0;
  for (const auto& [w, n] : counts) {  // ascending widths: ties keep the smallest
    if (n > best_count) best = w, best_count = n;
  }
  return best;
}

// Splits one run of consecutive codes into list and range entries.
void add_run(std::vector<std::pair<std::uint16_t, double>>& run, CidWidths& out) {
  std::size_t i = 0;
  while (i < run.size()) {
    std::size_t same = 1;
    while (i + same < run.size() && run[i + same].second == run[i].second) ++same;
    if (same >= kMinRange) {
      out.entries.push_back(
          {CidWidths::Entry::Kind::kRange, run[i].first, run[i + same - 1].first, {run[i].second}});
    } else {
      auto& entries = out.entries;
      const bool extend = !entries.empty() &&
                          entries.back().kind == CidWidths::Entry::Kind::kList &&
                          entries.back().last + 1 == run[i].first;
      if (!extend)
        entries.push_back({CidWidths::Entry::Kind::kList, run[i].first, run[i].first, {}});
      for (std::size_t k = 0; k < same; ++k) entries.back().widths.push_back(run[i + k].second);
      entries.back().last = run[i + same - 1].first;
    }
    i += same;
  }
  run.clear();
}

}  // namespace

double CidWidths::width_of(std::uint16_t code) const {
  for (const Entry& e : entries) {
    if (code < e.first || code > e.last) continue;
    return e.kind == Entry::Kind::kRange ? e.widths[0] : e.widths[code - e.first];
  }
  return default_width;
}

CidWidths build_cid_widths(const std::map<std::uint16_t, double>& widths) {
  CidWidths out;
  out.default_width = most_common_width(widths);
  std::vector<std::pair<std::uint16_t, double>> run;
  for (const auto& [code, w] : widths) {
    if (w == out.default_width) continue;
    if (!run.empty() && run.back().first + 1 != code) add_run(run, out);
    run.emplace_back(code, w);
  }
  add_run(run, out);
  return out;
}

std::string cid_widths_syntax(const CidWidths& widths) {
  std::string out = "[";
  for (const auto& e : widths.entries) {
    if (out.size() > 1) out += ' ';
    out += std::to_string(e.first) + ' ';
    if (e.kind == CidWidths::Entry::Kind::kRange) {
      out += std::to_string(e.last) + ' ' + format_number(e.widths[0]);
    } else {
      out += '[';
      for (std::size_t i = 0; i < e.widths.size(); ++i) {
        if (i) out += ' ';
        out += format_number(e.widths[i]);
      }
      out += ']';
    }
  }
  return out + "]";
}

}  // namespace gongwen::pdf
