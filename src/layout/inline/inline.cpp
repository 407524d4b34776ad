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

struct InlineCache::Impl {
  // The spans' text and style and every parameter but the measure; source
  // positions only name places in errors (a call that throws is not kept).
  struct Key {
    std::vector<std::pair<std::string, style::TextStyle>> spans;
    InlineParams params;
    bool operator==(const Key&) const = default;
  };
  struct Hash {
    std::size_t operator()(const Key& key) const {
      std::size_t h = 0;
      for (const auto& [text, style] : key.spans) {
        h = h * 31 + std::hash<std::string>()(text);
        h = h * 31 + std::hash<Length>()(style.size);
      }
      return h;
    }
  };
  struct Shaped {
    Paragraph paragraph;
    std::vector<Unit> units;
  };
  std::unordered_map<Key, Shaped, Hash> shaped;
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
    InlineCache::Impl::Key key{{}, params};
    key.params.measure = 0;
    for (const Span& span : spans) key.spans.emplace_back(span.text, span.style);
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
