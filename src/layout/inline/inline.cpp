// layout_inline: itemize → shape into units → break → place → emit.
#include "layout/inline/inline.h"

#include <functional>
#include <unordered_map>
#include <utility>

#include "layout/inline/emit.h"
#include "layout/inline/itemize.h"
#include "layout/inline/justify.h"
#include "layout/inline/linebreak.h"
#include "layout/inline/units.h"

namespace gongwen::layout {

using namespace inline_steps;

InlineKey::InlineKey(const std::vector<Span>& spans, const InlineParams& params) : params(params) {
  this->spans.reserve(spans.size());
  for (const Span& span : spans) this->spans.emplace_back(span.text, span.style);
}

std::size_t InlineKeyHash::operator()(const InlineKey& key) const {
  std::size_t h = std::hash<Length>()(key.params.measure);
  for (const auto& [text, style] : key.spans) {
    h = h * 31 + std::hash<std::string>()(text);
    h = h * 31 + std::hash<Length>()(style.size);
  }
  return h;
}

struct InlineCache::Impl {
  struct Shaped {
    Paragraph paragraph;
    std::vector<Unit> units;
  };
  // Keyed without the measure: shaping does not depend on it.
  std::unordered_map<InlineKey, Shaped, InlineKeyHash> shaped;
};

InlineCache::InlineCache() : impl_(std::make_unique<Impl>()) {}
InlineCache::~InlineCache() = default;

namespace {

using Shaped = InlineCache::Impl::Shaped;

Shaped shape_spans(Context& ctx, const std::vector<Span>& spans, const InlineParams& params) {
  Shaped shaped{itemize(ctx.fonts, spans), {}};
  shaped.units = make_units(shaped.paragraph, spans, params);
  return shaped;
}

}  // namespace

std::vector<Line> layout_inline(Context& ctx, const std::vector<Span>& spans,
                                const InlineParams& params) {
  Shaped own;
  const Shaped* shaped = &own;
  if (ctx.inline_cache) {
    InlineKey key(spans, params);
    key.params.measure = 0;
    auto& entries = ctx.inline_cache->impl().shaped;
    auto it = entries.find(key);
    if (it == entries.end())
      it = entries.emplace(std::move(key), shape_spans(ctx, spans, params)).first;
    shaped = &it->second;
  } else {
    own = shape_spans(ctx, spans, params);
  }
  const Paragraph& paragraph = shaped->paragraph;
  const std::vector<Unit>& units = shaped->units;
  std::vector<Line> lines;
  for (const LineRange& range : break_lines(units, params)) {
    const Placement placement = place_line(units, paragraph.text, range, params);
    lines.push_back(emit_line(ctx.font_table, paragraph, spans, units, range, placement));
  }
  return lines;
}

}  // namespace gongwen::layout
