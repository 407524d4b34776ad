#include "layout/table/text_setter.h"

#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>

namespace gongwen::layout::table {
namespace {

// Everything layout_inline's result depends on besides the context: the
// spans' text and style, and the parameters (compared whole, so a field
// added to either joins the key). Source positions are left out: they only
// name the place in errors, and a call that throws is never kept.
struct Key {
  std::vector<std::pair<std::string, style::TextStyle>> spans;
  InlineParams params;
  bool operator==(const Key&) const = default;
};

struct KeyHash {
  std::size_t operator()(const Key& key) const {
    std::size_t h = std::hash<Length>()(key.params.measure);
    for (const auto& [text, style] : key.spans) {
      h = h * 31 + std::hash<std::string>()(text);
      h = h * 31 + std::hash<Length>()(style.size);
    }
    return h;
  }
};

Key key_of(const std::vector<Span>& spans, const InlineParams& params) {
  Key key{{}, params};
  for (const Span& span : spans) key.spans.emplace_back(span.text, span.style);
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
  // The other calls set a cell at a new width: its shaped text is kept
  // (InlineCache) and only the lines are broken again.
  auto cache = std::make_shared<std::unordered_map<Key, std::vector<Line>, KeyHash>>();
  auto shaped = std::make_shared<InlineCache>();
  setter.set = [&ctx, cache, shaped](const std::vector<Span>& spans, const InlineParams& params) {
    Key key = key_of(spans, params);
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
