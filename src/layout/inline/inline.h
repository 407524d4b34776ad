// Inline layout: styled text → lines of positioned glyph runs.
// Steps: itemize by font (role chain + Latin role for Latin letters and
// digits) → shape (HarfBuzz) → break (ICU + 避头尾) → justify onto the
// character grid.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "layout/context.h"
#include "model/document/document.h"
#include "util/source_pos.h"

namespace gongwen::layout {

// A piece of text in one text style.
struct Span {
  std::string text;
  style::TextStyle style;
  SourcePos pos;  // for diagnostics (uncovered characters)
};

struct InlineParams {
  Length measure = 0;       // line width
  Length first_indent = 0;  // indent of the first line
  // Grid cell width for full-width (CJK) characters; 0 = proportional
  // (natural advances).
  Length cell = 0;
  model::Align align = model::Align::kStart;  // of non-justified lines
  bool justify = true;                        // stretch full lines to the measure (not the last)
  // Typography options (style.h; all off for 公文): punctuation compression
  // inside lines, line-end marks always half width, space between Han and
  // Latin letters or digits (dropped at line edges).
  style::Punctuation punctuation = style::Punctuation::kQuanjiao;
  bool line_end_half = false;
  Length han_latin_space = 0;
  // Results are reused for equal parameters (table text setter).
  friend bool operator==(const InlineParams&, const InlineParams&) = default;
};

// One laid-out line. Runs have their origin relative to the line's start,
// on its baseline (y = 0).
struct Line {
  std::vector<display::GlyphRun> runs;
  // Used width including indent: the right edge of the last character (after
  // alignment), trailing spaces excluded. Justified lines: exactly the measure.
  Length width = 0;
  int characters = 0;  // characters set on the line (dropped trailing spaces excluded)
  bool last = false;   // last line of the paragraph
};

// Everything layout_inline's result depends on besides the context: the
// spans' text and style, and the parameters (compared whole, so a field added
// to either joins the key). Source positions are left out: they only name the
// place in errors, and a call that throws is never kept. The key of the
// caches that reuse shaping (InlineCache) and whole results (table cells).
struct InlineKey {
  InlineKey(const std::vector<Span>& spans, const InlineParams& params);
  std::vector<std::pair<std::string, style::TextStyle>> spans;
  InlineParams params;
  bool operator==(const InlineKey&) const = default;
};

struct InlineKeyHash {
  std::size_t operator()(const InlineKey& key) const;
};

// What layout_inline does before breaking lines (itemizing by font,
// shaping into units) depends on the spans and parameters but not on the
// measure. Set as Context::inline_cache, this keeps that work for calls that
// differ only in the measure. For one FontSet; one thread at a time.
class InlineCache {
 public:
  InlineCache();
  ~InlineCache();
  InlineCache(const InlineCache&) = delete;
  InlineCache& operator=(const InlineCache&) = delete;
  struct Impl;
  Impl& impl() { return *impl_; }

 private:
  std::unique_ptr<Impl> impl_;
};

// Empty text gives no lines. A "\n" in the text ends a line there (the line
// is aligned, not justified).
// Throws InputError naming the character, its code point and `pos` when no
// font in the chain covers a character.
std::vector<Line> layout_inline(Context& ctx, const std::vector<Span>& spans,
                                const InlineParams& params);

}  // namespace gongwen::layout
