// Step 5 of inline layout: a broken, placed line as display glyph runs, one
// run per change of font, size, colour or faux-bold stroke.
#pragma once

#include "layout/inline/justify.h"

namespace gongwen::layout::inline_steps {

Line emit_line(FontTable& font_table, const Paragraph& paragraph, const std::vector<Span>& spans,
               const std::vector<Unit>& units, const LineRange& line, const Placement& placement);

}  // namespace gongwen::layout::inline_steps
