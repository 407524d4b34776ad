// Signature fields: the place in a PDF where a signature goes. Render
// reserves an unsigned field at each seal anchor the layout computed; the
// sign step fills one of them (or adds a new one) later.
#pragma once

#include <string>
#include <vector>

#include <podofo/podofo.h>

#include "display/display_list.h"

namespace gongwen::pdf {

// The anchor name layout gives the place of a seal.
inline constexpr const char* kSealAnchor = "seal";

// "Seal1", "Seal2"...: the field name of the n-th seal (1-based) in reading
// order, the name `gongwen sign` fills by default.
std::string seal_field_name(int n);

// The seal anchors of each page, indexed like Document::pages.
std::vector<std::vector<display::Anchor>> seal_anchors(const display::Document& doc);

// Adds an unsigned signature field named `name` with one widget on page
// `page_index` at `rect` (PDF user space; an empty rect makes an invisible
// field). The widget is printable and has a normal appearance, as PDF/A
// requires of every annotation: `appearance` (a form XObject) or, when null,
// an empty one. The AcroForm is created if needed, without /NeedAppearances
// and without a default appearance (/DA, /DR), which would pull a
// non-embedded font into the file. Returns the merged field/widget
// dictionary.
PoDoFo::PdfObject* add_signature_field(PoDoFo::PdfMemDocument& doc, int page_index,
                                       const PoDoFo::PdfRect& rect, const std::string& name,
                                       PoDoFo::PdfObject* appearance = nullptr);

struct ReservedField {
  int page_index = 0;
  PoDoFo::PdfObject* widget = nullptr;  // for tagging (a Form element with an OBJR)
};

// Reserves a field for every seal anchor, named Seal1, Seal2... in page
// order. Anchor rects are in layout units from the page's top-left corner;
// the page's MediaBox height turns them into PDF coordinates. Call it after
// all pages exist. Nothing time- or random-dependent goes into the file.
// `page_heights` (points, per page) spares reading each page's MediaBox back,
// which PoDoFo cannot parse when it was written as raw numbers.
std::vector<ReservedField> reserve_signature_fields(
    PoDoFo::PdfMemDocument& doc, const std::vector<std::vector<display::Anchor>>& anchors_per_page,
    const std::vector<double>& page_heights = {});

}  // namespace gongwen::pdf
