// Checks a chart before drawing it. The loader checks YAML input too; this
// guards every other way a chart reaches layout (templates, code).
#pragma once

#include <cstddef>

#include "model/document/document.h"

namespace gongwen::layout::chart {

// Throws InputError at the chart's (or the series') position for: no
// category, no series, several series outside a grouped chart, more series
// than `max_series` (the distinct colours of the palette), a series
// whose length differs from the categories', a value that is not a finite
// number or too large to draw, a negative value or an all-zero pie, or a
// negative height.
void validate(const model::Chart& chart, std::size_t max_series);

}  // namespace gongwen::layout::chart
