// Writes the structure tree as PDF objects: StructTreeRoot, one StructElem
// per element, the ParentTree, and /StructParents on pages.
#pragma once

#include <vector>

#include "pdf/structure.h"

namespace PoDoFo {
class PdfMemDocument;
class PdfObject;
}  // namespace PoDoFo

namespace gongwen::pdf {

// `pages` are the page objects in order; `elements[0]` is the root.
void write_structure_tree(PoDoFo::PdfMemDocument& doc, const std::vector<StructElement>& elements,
                          const std::vector<std::vector<int>>& mcid_owners,
                          const std::vector<PoDoFo::PdfObject*>& pages);

}  // namespace gongwen::pdf
