// PDF/UA for a signature field the sign step adds: render tags the seal
// places it reserves, but a field made at signing time (--rect, or an
// invisible one) joins the structure tree in the incremental update.
#pragma once

#include <podofo/podofo.h>

namespace gongwen::sign {

// Adds a Form element holding `widget` by an OBJR under the Document
// element (the tree's root when there is none), gives the widget a
// /StructParent and the ParentTree its entry, and moves ParentTreeNextKey
// on. A file without a structure tree is left untagged.
void tag_new_widget(PoDoFo::PdfMemDocument& doc, PoDoFo::PdfObject* widget, int page_index);

}  // namespace gongwen::sign
