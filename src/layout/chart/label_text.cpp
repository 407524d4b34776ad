#include "layout/chart/label_text.h"

#include <algorithm>
#include <cstdio>
#include <stdexcept>

#include "text/breaks.h"
#include "text/shape.h"
#include "util/error.h"

namespace gongwen::layout::chart {
namespace {

std::u32string decode(std::string_view text, const SourcePos& pos) {
  try {
    return text::to_u32(text);
  } catch (const std::invalid_argument& e) {
    throw InputError(pos, std::string("chart text is not valid UTF-8 (") + e.what() +
                              "); save the file as UTF-8");
  }
}

std::string code_point_name(char32_t cp) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(cp));
  return buffer;
}

}  // namespace

LabelText::LabelText(Context& ctx, style::TextStyle style, SourcePos pos)
    : ctx_(&ctx), style_(std::move(style)), pos_(std::move(pos)) {
  pitch_ = scale(style_.size, 5, 4);
  const font::Face& face = ctx_->fonts.primary(style_.role);
  em_top_ = scale(style_.size, face.ideographic_top(), face.units_per_em());
}

TextLine LabelText::set(std::string_view text) const {
  const std::u32string chars = decode(text, pos_);
  TextLine line;
  // Consecutive characters served by the same face make one run.
  std::size_t i = 0;
  while (i < chars.size()) {
    auto face_of = [&](char32_t cp) {
      const bool latin = cp < 0x80;
      const font::Face* face = ctx_->fonts.face_for(latin ? "latin" : style_.role, cp);
      if (!face) face = ctx_->fonts.face_for(latin ? style_.role : "latin", cp);
      if (!face) {
        throw InputError(pos_, "no font for chart text has the character \"" +
                                   text::to_utf8(std::u32string(1, cp)) + "\" (" +
                                   code_point_name(cp) +
                                   "); replace it or add a font that has it to fonts/fonts.yaml");
      }
      return face;
    };
    const font::Face* face = face_of(chars[i]);
    std::size_t j = i + 1;
    while (j < chars.size() && face_of(chars[j]) == face) ++j;
    display::GlyphRun run;
    run.font = ctx_->font_table.index_of(*face);
    run.size = style_.size;
    run.color = style_.color;
    run.origin = {line.width, 0};
    run.text = text::to_utf8(chars.substr(i, j - i));
    for (const text::ShapedGlyph& g : text::shape(*face, style_.size, run.text)) {
      run.glyphs.push_back({g.id, g.advance, g.x_offset, g.y_offset, g.cluster});
      line.width += g.advance;
    }
    line.runs.push_back(std::move(run));
    i = j;
  }
  return line;
}

std::vector<TextLine> LabelText::wrap(std::string_view text, Length max_width) const {
  const std::u32string chars = decode(text, pos_);
  const std::vector<bool> allowed = text::break_opportunities(chars);
  auto is_space = [](char32_t cp) { return cp == U' ' || cp == U'\t' || cp == U'\u3000'; };
  // Pieces between break opportunities, each measured alone: with and
  // without its trailing spaces (which hang at a line end).
  struct Piece {
    std::size_t begin = 0;
    Length width = 0;
    Length ink = 0;
  };
  std::vector<Piece> pieces;
  for (std::size_t i = 0; i < chars.size(); ++i) {
    if (i > 0 && !allowed[i]) continue;
    std::size_t end = i + 1;
    while (end < chars.size() && !allowed[end]) ++end;
    std::size_t ink_end = end;
    while (ink_end > i && is_space(chars[ink_end - 1])) --ink_end;
    pieces.push_back({i, set(text::to_utf8(chars.substr(i, end - i))).width,
                      set(text::to_utf8(chars.substr(i, ink_end - i))).width});
  }
  // Greedy filling: the pieces that start a new line.
  auto line_starts = [&](Length width) {
    std::vector<std::size_t> starts;
    Length used = 0;
    for (std::size_t k = 0; k < pieces.size(); ++k) {
      if (k > 0 && used > 0 && used + pieces[k].ink > width) {
        starts.push_back(k);
        used = 0;
      }
      used += pieces[k].width;
    }
    return starts;
  };
  std::vector<std::size_t> starts = line_starts(max_width);
  if (!starts.empty()) {
    // Balance the lines: the narrowest measure that needs no more lines,
    // so "局党组扩大会议" splits 3 + 4, not 6 + 1.
    Length lo = 0, hi = max_width;
    while (lo < hi) {
      const Length mid = lo + (hi - lo) / 2;
      if (line_starts(mid).size() <= starts.size()) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    starts = line_starts(hi);
  }
  starts.push_back(pieces.size());
  std::vector<TextLine> lines;
  std::size_t first = 0;
  for (std::size_t next : starts) {
    std::size_t begin = first < pieces.size() ? pieces[first].begin : chars.size();
    std::size_t end = next < pieces.size() ? pieces[next].begin : chars.size();
    while (end > begin && is_space(chars[end - 1])) --end;
    while (begin < end && is_space(chars[begin])) ++begin;
    if (begin < end) lines.push_back(set(text::to_utf8(chars.substr(begin, end - begin))));
    first = next;
  }
  return lines;
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
