// The document outline (bookmarks) from Document::outline.
#pragma once

#include <vector>

#include "display/display_list.h"

namespace PoDoFo {
class PdfMemDocument;
class PdfObject;
}  // namespace PoDoFo

namespace gongwen::pdf {

// The parent of each entry (-1 at the top): the nearest earlier entry with a
// smaller level, so a skipped level (1 then 3) still nests under the 1.
std::vector<int> outline_parents(const std::vector<display::OutlineEntry>& entries);

// Adds /Outlines to the catalog (nothing for an empty outline). Every item
// starts open. Throws std::invalid_argument for an entry on a missing page.
void write_outline(PoDoFo::PdfMemDocument& doc, const std::vector<display::OutlineEntry>& entries,
                   const std::vector<PoDoFo::PdfObject*>& pages,
                   const std::vector<double>& page_heights_pt);

}  // namespace gongwen::pdf
