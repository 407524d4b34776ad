// Charts drawn as vectors: bars, axes, labels (shaped text), legend.
#pragma once

#include "layout/context.h"
#include "model/document/document.h"

namespace gongwen::layout {

// Lays a chart out in `width`; the block height is a whole number of grid
// lines. Items are relative to the block's top-left corner and wrapped in a
// Figure tag with alt text generated from the data.
Block layout_chart(Context& ctx, const model::Chart& chart, Length width);

}  // namespace gongwen::layout
