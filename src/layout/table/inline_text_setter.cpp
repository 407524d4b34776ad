#include "layout/table/text_setter.h"

#include <memory>
#include <string>
#include <unordered_map>

namespace gongwen::layout::table {
namespace {

// Everything layout_inline's result depends on besides the context: the
// spans' text and style, and the parameters. Source positions are left out:
// they only name the place in errors, and a call that throws is never kept.
std::string cache_key(const std::vector<Span>& spans, const InlineParams& params) {
  std::string key;
  auto add = [&key](std::int64_t v) { key.append(reinterpret_cast<const char*>(&v), sizeof v); };
  add(params.measure);
  add(params.first_indent);
  add(params.cell);
  add(static_cast<std::int64_t>(params.align));
  add(params.justify);
  for (const Span& span : spans) {
    add(static_cast<std::int64_t>(span.text.size()));
    key += span.text;
    add(static_cast<std::int64_t>(span.style.role.size()));
    key += span.style.role;
    add(span.style.size);
    add((span.style.color.r << 16) | (span.style.color.g << 8) | span.style.color.b);
    add(span.style.faux_bold);
  }
  return key;
}

}  // namespace

TextSetter inline_text_setter(Context& ctx) {
  TextSetter setter;
  // Column widths are found by setting the same cells at many trial widths,
  // and numbers (never wrapped) come out the same at all of them: most calls
  // repeat an earlier one. Results depend only on the key and on font
  // indices already assigned by the first call, so a repeat returns the same
  // lines without shaping again (the table's layout time was mostly these).
  auto cache = std::make_shared<std::unordered_map<std::string, std::vector<Line>>>();
  setter.set = [&ctx, cache](const std::vector<Span>& spans, const InlineParams& params) {
    std::string key = cache_key(spans, params);
    if (auto it = cache->find(key); it != cache->end()) return it->second;
    std::vector<Line> lines = layout_inline(ctx, spans, params);
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
