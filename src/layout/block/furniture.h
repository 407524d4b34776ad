// Page furniture and the closing block: page numbers, signature and date.
#pragma once

#include <vector>

#include "layout/block/page_builder.h"
#include "model/document.h"

namespace gongwen::layout {

// Grid lines the signature block needs below the text (blank line included).
int signature_slots(const model::Signature& signature);

// Places 发文机关署名 and 成文日期 (GB/T 9704 7.3.5): unsealed, the signature is
// right-inset 2 characters one blank line below the text and the date starts
// 2 characters further right on the next line; sealed, the date is
// right-inset 4 characters, the signature centred over it, and the seal's
// rectangle is recorded as an Anchor named "seal".
void place_signature(Context& ctx, PageBuilder& pages, const model::Signature& signature);

// Adds "— N —" to every page (GB/T 9704 7.5): 4号 宋体, the top of the dash's
// ink 7 mm below the type area, odd pages right and even pages left, one
// character in. Page numbers are artifacts.
void add_page_numbers(Context& ctx, std::vector<display::Page>& pages);

// Adds the draft mark "草稿" to the top margin of every page (an artifact).
void add_draft_marks(Context& ctx, std::vector<display::Page>& pages);

}  // namespace gongwen::layout
