#include "pdf/glyph_clusters.h"

#include <algorithm>
#include <cstdint>

namespace gongwen::pdf {

std::vector<ClusterSpan> cluster_spans(const display::GlyphRun& run) {
  std::vector<std::uint32_t> starts;
  starts.reserve(run.glyphs.size());
  for (const auto& g : run.glyphs) starts.push_back(g.cluster);
  std::sort(starts.begin(), starts.end());
  starts.erase(std::unique(starts.begin(), starts.end()), starts.end());

  const std::string_view text = run.text;
  auto text_of = [&](std::uint32_t cluster) -> std::string_view {
    if (cluster >= text.size()) return {};
    auto next = std::upper_bound(starts.begin(), starts.end(), cluster);
    const std::size_t end =
        next == starts.end() ? text.size() : std::min<std::size_t>(*next, text.size());
    return text.substr(cluster, end - cluster);
  };

  std::vector<ClusterSpan> spans;
  for (std::size_t i = 0; i < run.glyphs.size(); ++i) {
    if (!spans.empty() && run.glyphs[spans.back().first_glyph].cluster == run.glyphs[i].cluster) {
      ++spans.back().glyph_count;
    } else {
      spans.push_back({i, 1, text_of(run.glyphs[i].cluster)});
    }
  }
  return spans;
}

}  // namespace gongwen::pdf
