// Short texts of a chart (title, categories, ticks, values, legend) set into
// glyph runs by inline layout with natural widths: Latin letters and digits
// in the Latin role, the rest in the text style's role. Labels wrap at the
// line-break opportunities of body text (between Chinese characters, never
// before closing punctuation) into lines of balanced length.
#pragma once

#include <string_view>
#include <vector>

#include "display/display_list.h"
#include "layout/context.h"
#include "util/source_pos.h"

namespace gongwen::layout::chart {

// One line of text: runs relative to its left end, on its baseline (y = 0).
struct TextLine {
  std::vector<display::GlyphRun> runs;
  Length width = 0;
};

class LabelText {
 public:
  // `pos` is blamed when a character has no glyph in any font of the roles.
  LabelText(Context& ctx, style::TextStyle style, SourcePos pos);

  // Throw InputError (at `pos`) for a character no font covers.

  TextLine set(std::string_view text) const;
  // Lines no wider than `max_width`, as few as greedy filling gives but as
  // even as possible; a piece that cannot be broken (a long Latin word)
  // stays whole on its own line.
  std::vector<TextLine> wrap(std::string_view text, Length max_width) const;

  Length size() const { return style_.size; }
  Length line_pitch() const { return pitch_; }
  // Baseline of the first of `lines` lines stacked at `line_pitch()` whose
  // ideographic em boxes are centred on `middle` as a whole.
  Length first_baseline(int lines, Length middle) const;
  // Baseline of a line whose em box ends at `y` (text above y) or starts at
  // `y` (text below y).
  Length baseline_above(Length y) const { return y - (style_.size - em_top_); }
  Length baseline_below(Length y) const { return y + em_top_; }

  // Appends the line's runs with its left end at `x` and baseline at `baseline`.
  void place(const TextLine& line, Length x, Length baseline,
             std::vector<display::Item>& out) const;

 private:
  std::vector<TextLine> lines(std::string_view text, Length measure) const;

  Context* ctx_;  // a pointer so that labels can be copied and assigned
  style::TextStyle style_;
  SourcePos pos_;
  Length pitch_ = 0;
  Length em_top_ = 0;  // ideographic em box top above the baseline
};

}  // namespace gongwen::layout::chart
