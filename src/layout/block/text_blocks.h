// Headings, paragraphs and the title as lines of the line grid.
#pragma once

#include <vector>

#include "layout/block/page_builder.h"
#include "model/document/document.h"

namespace gongwen::layout {

// Distance from a grid slot's top to the baseline for text of `text_style`,
// so that the ideographic em box's top sits on the slot top (GB/T 9704: the
// first line's characters start at the type area's top edge).
Length baseline_offset(Context& ctx, const style::TextStyle& text_style);

// The lines of a body paragraph (2-character indent, justified on the grid).
std::vector<Line> paragraph_lines(Context& ctx, const model::Paragraph& paragraph);
// The lines of a heading (indented like a paragraph, in the level's font).
std::vector<Line> heading_lines(Context& ctx, const model::Heading& heading);

// The PDF structure role of a heading level: the title is H1, 一、 is H2…
std::string heading_role(int level);

// Sets the title at the top of the type area, centred, followed by one blank
// grid line (GB/T 9704 7.3.1/7.3.2). A title given as one line that would fill
// the measure (less style.title_margin_chars at each end) is broken at word
// boundaries into a 梯形 or 菱形 (style.title_arrangement); lines given one by
// one are kept as given unless wider than the measure.
void place_title(Context& ctx, PageBuilder& pages, const model::Title& title);

}  // namespace gongwen::layout
