// Chart labels are set by inline layout with natural widths (no character
// grid), unjustified, so they follow the same font choice, shaping and line
// breaking rules as the body text.
#include "layout/chart/label_text.h"

#include "layout/inline/inline.h"

namespace gongwen::layout::chart {
namespace {

// Wide enough for any label set on one line.
constexpr Length kUnlimited = Length{1} << 40;

}  // namespace

LabelText::LabelText(Context& ctx, style::TextStyle style, SourcePos pos)
    : ctx_(&ctx), style_(std::move(style)), pos_(std::move(pos)) {
  pitch_ = scale(style_.size, 5, 4);
  const font::Face& face = ctx_->fonts.primary(style_.role);
  em_top_ = scale(style_.size, face.ideographic_top(), face.units_per_em());
}

std::vector<TextLine> LabelText::lines(std::string_view text, Length measure) const {
  InlineParams params;
  params.measure = measure;
  params.cell = 0;
  params.justify = false;
  std::vector<TextLine> out;
  for (Line& line : layout_inline(*ctx_, {{std::string(text), style_, pos_}}, params)) {
    out.push_back({std::move(line.runs), line.width});
  }
  return out;
}

TextLine LabelText::set(std::string_view text) const {
  std::vector<TextLine> one = lines(text, kUnlimited);
  return one.empty() ? TextLine{} : std::move(one.front());
}

std::vector<TextLine> LabelText::wrap(std::string_view text, Length max_width) const {
  std::vector<TextLine> greedy = lines(text, max_width);
  if (greedy.size() < 2) return greedy;
  // Balance the lines: the narrowest measure that needs no more lines, so
  // "局党组扩大会议" splits 4 + 3, not 6 + 1.
  Length lo = 0;
  Length hi = max_width;
  while (lo < hi) {
    const Length mid = lo + (hi - lo) / 2;
    if (lines(text, mid).size() <= greedy.size()) {
      hi = mid;
    } else {
      lo = mid + 1;
    }
  }
  return lines(text, hi);
}

Length LabelText::first_baseline(int lines, Length middle) const {
  const Length block = pitch_ * (lines - 1) + style_.size;
  return middle - block / 2 + em_top_;
}

void LabelText::place(const TextLine& line, Length x, Length baseline,
                      std::vector<display::Item>& out) const {
  for (display::GlyphRun run : line.runs) {
    run.origin.x += x;
    run.origin.y += baseline;
    out.push_back(std::move(run));
  }
}

}  // namespace gongwen::layout::chart
