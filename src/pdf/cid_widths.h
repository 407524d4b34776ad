// The /DW and /W entries of a CIDFont: the advance width of each code in
// glyph space (1/1000 em). They must match the embedded font program, and the
// content stream's TJ adjustments are computed from the same numbers.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace gongwen::pdf {

struct CidWidths {
  double default_width = 1000;  // /DW: the most common width, left out of /W
  struct Entry {
    enum class Kind { kList, kRange } kind = Kind::kList;
    std::uint16_t first = 0;
    std::uint16_t last = 0;      // kRange: last code sharing widths[0]
    std::vector<double> widths;  // kList: one width per code from `first` on
  };
  std::vector<Entry> entries;

  // The width a reader derives for `code` from /DW and /W.
  double width_of(std::uint16_t code) const;
};

CidWidths build_cid_widths(const std::map<std::uint16_t, double>& widths);

// The /W array in PDF syntax, e.g. "[1 [500 250] 7 9 600]" (for tests and
// diagnostics; the writer builds PoDoFo objects from the entries).
std::string cid_widths_syntax(const CidWidths& widths);

}  // namespace gongwen::pdf
