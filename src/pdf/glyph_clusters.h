// Which source characters each glyph of a run stands for, from the glyph
// clusters (byte offsets into GlyphRun::text). This feeds /ToUnicode and the
// /ActualText spans that cover clusters a per-glyph mapping cannot express.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "display/display_list.h"

namespace gongwen::pdf {

struct ClusterSpan {
  std::size_t first_glyph = 0;
  std::size_t glyph_count = 0;
  std::string_view text;  // the characters of the cluster (into GlyphRun::text)
};

// Consecutive glyphs with the same cluster form one span. A cluster's text
// runs from its offset to the next larger cluster offset of the run (or the
// end of the text), so ligatures get all their characters and clusters of
// several glyphs get their characters once.
std::vector<ClusterSpan> cluster_spans(const display::GlyphRun& run);

}  // namespace gongwen::pdf
