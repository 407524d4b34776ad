#include "layout/table/text_setter.h"

#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>

namespace gongwen::layout::table {

TextSetter inline_text_setter(Context& ctx) {
  TextSetter setter;
  // Column widths are found by setting the same cells at many trial widths,
  // and numbers (never wrapped) come out the same at all of them: most calls
  // repeat an earlier one. Results depend only on the key and on font
  // indices already assigned by the first call, so a repeat returns the same
  // lines without shaping again (the table's layout time was mostly these).
  // The other calls set a cell at a new width: its shaped text is kept
  // (InlineCache) and only the lines are broken again.
  auto cache = std::make_shared<std::unordered_map<InlineKey, std::vector<Line>, InlineKeyHash>>();
  auto shaped = std::make_shared<InlineCache>();
  setter.set = [&ctx, cache, shaped](const std::vector<Span>& spans, const InlineParams& params) {
    InlineKey key(spans, params);
    if (auto it = cache->find(key); it != cache->end()) return it->second;
    Context with_cache{ctx.style, ctx.fonts, ctx.font_table, shaped.get()};
    std::vector<Line> lines = layout_inline(with_cache, spans, params);
    cache->emplace(std::move(key), lines);
    return lines;
  };
  setter.em_top = [&ctx](const style::TextStyle& text) {
    const font::Face& face = ctx.fonts.primary(text.role);
    return scale(text.size, face.ideographic_top(), face.units_per_em());
  };
  return setter;
}

}  // namespace gongwen::layout::table
