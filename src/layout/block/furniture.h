// Page furniture and the closing block: page numbers, signature and date.
#pragma once

#include <vector>

#include "layout/block/page_builder.h"
#include "model/document/document.h"

namespace gongwen::layout {

// The fewest grid lines the signature block needs below the text: the block
// flow keeps the last text line with them. The block is squeezed to this
// (GB/T 7.3.5.5) only when the page has no room for its roomy form.
int signature_slots(const model::Signature& signature);

// Places 发文机关署名 and 成文日期 (GB/T 9704 7.3.5). Unsealed: the signature
// right-inset 2 characters one blank line below the text (no blank line when
// the page is short of it), the date 2 characters further right on the next
// line. Sealed: the date right-inset 4 characters, the signature centred over
// it two lines below the text, and a 42 mm seal recorded as an Anchor named
// "seal": centred over the date, its centre on the top of the signature's
// characters (signature and date 居印章中心偏下), its top within one line of
// the text, the whole seal inside the type area.
void place_signature(Context& ctx, PageBuilder& pages, const model::Signature& signature);

// Adds "— N —" to every page (GB/T 9704 7.5): 4号 宋体, the top of the dash's
// ink 7 mm below the type area, odd pages right and even pages left, one
// character in. Page numbers are artifacts.
void add_page_numbers(Context& ctx, std::vector<display::Page>& pages);

// Adds the draft mark "草稿" to the top margin of every page (an artifact).
void add_draft_marks(Context& ctx, std::vector<display::Page>& pages);

}  // namespace gongwen::layout
