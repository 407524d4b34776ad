// Puts a cell's lines into its box: vertically centred as a block, each line
// aligned on its own; vertical stacks centred character by character.
#pragma once

#include <vector>

#include "display/display_list.h"
#include "layout/table/cell_text.h"

namespace gongwen::layout::table {

// `box` is the area inside the padding. A text taller than the box starts at
// its top; a vertical stack too tall for the box is set closer (down to
// characters touching) before it overflows.
void place_text(const CellText& text, model::Align align, bool vertical, const Rect& box,
                std::vector<display::Item>& out);

// The least box height place_text sets `text` in without overflow: a
// vertical stack with its characters touching, other text at its pitch.
Length least_height(const CellText& text, bool vertical);

}  // namespace gongwen::layout::table
