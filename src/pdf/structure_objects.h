// Writes the structure tree as PDF objects: StructTreeRoot, one StructElem
// per element, the ParentTree, /StructParents on pages and /StructParent on
// annotations.
#pragma once

#include <vector>

#include "pdf/structure.h"

namespace PoDoFo {
class PdfMemDocument;
class PdfObject;
}  // namespace PoDoFo

namespace gongwen::pdf {

struct StructurePages {
  std::vector<PoDoFo::PdfObject*> objects;  // the page objects in order
  std::vector<double> heights;              // their heights in points (for /BBox)
};

// `elements[0]` is the root. `annotations` are the annotation dictionaries
// in the order StructureBuilder::add_annotation numbered them: each gets a
// /StructParent after the pages' keys, and its element an OBJR to it.
// Throws std::invalid_argument when their number differs from the tree's.
void write_structure_tree(PoDoFo::PdfMemDocument& doc, const StructureBuilder& structure,
                          const StructurePages& pages,
                          const std::vector<PoDoFo::PdfObject*>& annotations);

}  // namespace gongwen::pdf
