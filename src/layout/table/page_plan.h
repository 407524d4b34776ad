// Page breaking of a table: which body rows go on which fragment. Rows never
// split; the header rows repeat on every fragment; a fragment never holds the
// header alone; breaks keep at least two body rows on each side, never follow
// a row that introduces the next ones, and leave every cut row group tall
// enough for its label on both sides, when possible. When not, the part of
// the group on a fragment is made taller there so that its label still fits,
// and the fragment is measured with those heights; the break then shares the
// growth between the parts rather than leave a few rows to take it all.
#pragma once

#include <vector>

#include "util/units.h"

namespace gongwen::layout::table {

// A body cell spanning rows [row, row_end) and the heights its text needs
// (padding included): when a break cuts it, each part repeats the text.
struct RowGroup {
  int row = 0;
  int row_end = 0;
  Length need = 0;   // at the text's own pitch: breaks leave parts this tall when they can
  Length least = 0;  // the least that holds the text (a vertical label set solid)
};

struct PlanInput {
  int header_rows = 0;
  std::vector<Length> row_heights;  // all rows, header first
  std::vector<RowGroup> groups;
  // Rows that introduce what follows (a sub-table's heading row, its column
  // labels): a break right after one of them is avoided.
  std::vector<bool> keep_with_next;  // all rows, header first (may be empty)
  Length frame = 0;                  // vertical space of the outer rules (both halves)
  Length caption = 0;                // above the header where the table starts
  Length continued = 0;              // above the header on continuation fragments
};

// Body rows [begin, end) of one fragment. An empty fragment (only ever the
// first) holds nothing: the table starts on the next page.
struct FragmentRows {
  int begin = 0;
  int end = 0;
  bool empty = false;
  std::vector<Length> heights;  // of rows [begin, end) here, grown for cut labels
};

// The first fragment fits in first_height, the next ones in page_height
// (a row too tall for any page is placed alone, overfull).
std::vector<FragmentRows> plan_fragments(const PlanInput& input, Length first_height,
                                         Length page_height);

}  // namespace gongwen::layout::table
