// layout_inline: itemize → shape into units → break → place → emit.
#include "layout/inline/inline.h"

#include "layout/inline/emit.h"
#include "layout/inline/itemize.h"
#include "layout/inline/justify.h"
#include "layout/inline/linebreak.h"
#include "layout/inline/units.h"

namespace gongwen::layout {

std::vector<Line> layout_inline(Context& ctx, const std::vector<Span>& spans,
                                const InlineParams& params) {
  using namespace inline_steps;
  const Paragraph paragraph = itemize(ctx.fonts, spans);
  const std::vector<Unit> units = make_units(paragraph, spans, params);
  std::vector<Line> lines;
  for (const LineRange& range : break_lines(units, params)) {
    const Placement placement = place_line(units, paragraph.text, range, params);
    lines.push_back(emit_line(ctx.font_table, paragraph, spans, units, range, placement));
  }
  return lines;
}

}  // namespace gongwen::layout
