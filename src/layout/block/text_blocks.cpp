#include "layout/block/text_blocks.h"

#include <algorithm>

#include "text/breaks.h"
#include "text/title_breaks.h"

namespace gongwen::layout {

Length baseline_offset(Context& ctx, const style::TextStyle& text_style) {
  const font::Face& face = ctx.fonts.primary(text_style.role);
  return scale(text_style.size, face.ideographic_top(), face.units_per_em());
}

namespace {

InlineParams body_params(const style::Style& style) {
  InlineParams params;
  params.cell = style.char_pitch();
  params.measure = params.cell * style.chars_per_line;
  params.first_indent = params.cell * style.paragraph_indent_chars;
  params.justify = true;
  params.punctuation = style.punctuation;
  params.line_end_half = style.line_end_punctuation_half;
  params.han_latin_space = style.han_latin_quarter_space ? style.body.size / 4 : 0;
  return params;
}

}  // namespace

std::vector<Line> paragraph_lines(Context& ctx, const model::Paragraph& paragraph) {
  std::vector<Span> spans;
  if (!paragraph.lead.empty()) {
    const int level =
        paragraph.lead_level >= 1 && paragraph.lead_level <= 4 ? paragraph.lead_level : 2;
    spans.push_back({paragraph.lead, ctx.style.heading[level - 1], paragraph.pos});
  }
  spans.push_back({paragraph.text, ctx.style.body, paragraph.pos});
  return layout_inline(ctx, spans, body_params(ctx.style));
}

std::vector<Line> heading_lines(Context& ctx, const model::Heading& heading) {
  const int level = heading.level >= 1 && heading.level <= 4 ? heading.level : 1;
  std::vector<Span> spans{{heading.text, ctx.style.heading[level - 1], heading.pos}};
  return layout_inline(ctx, spans, body_params(ctx.style));
}

std::string heading_role(int level) {
  return "H" + std::to_string(level + 1);
}

namespace {

// The title's lines for one line of the document: kept whole when it fits
// within `limit`, else broken into the style's arrangement (梯形 or 菱形) with
// no line wider than the measure less the title margins.
std::vector<std::string> title_pieces(Context& ctx, const std::string& text, const SourcePos& pos,
                                      Length limit) {
  const style::Style& style = ctx.style;
  InlineParams natural;
  natural.measure = Length{1} << 40;  // one line, natural widths
  natural.justify = false;
  const std::u32string u32 = text::to_u32(text);
  const auto width = [&](std::size_t begin, std::size_t end) {
    const std::string piece = text::to_utf8(std::u32string_view(u32).substr(begin, end - begin));
    Length w = 0;
    for (const Line& line : layout_inline(ctx, {{piece, style.title, pos}}, natural)) {
      w = std::max(w, line.width);
    }
    return w;
  };
  if (width(0, u32.size()) <= limit) return {text};
  const Length max_width = style.area_width - 2 * style.title_margin_chars * style.title.size;
  const text::TitleShape shape = style.title_arrangement == style::TitleArrangement::kDiamond
                                     ? text::TitleShape::kDiamond
                                     : text::TitleShape::kTrapezoid;
  std::vector<std::string> pieces;
  for (const text::TitleLine& line : text::arrange_title(u32, width, max_width, shape)) {
    pieces.push_back(
        text::to_utf8(std::u32string_view(u32).substr(line.first, line.second - line.first)));
  }
  return pieces;
}

}  // namespace

void place_title(Context& ctx, PageBuilder& pages, const model::Title& title) {
  if (title.lines.empty()) return;
  const style::Style& style = ctx.style;
  InlineParams params;
  params.measure = style.area_width;
  params.align = model::Align::kCenter;
  params.justify = false;

  // Lines the document gives one by one are kept unless wider than the
  // measure; a title given as one line is arranged when it would fill it.
  const Length limit = title.lines.size() > 1
                           ? style.area_width
                           : style.area_width - 2 * style.title_margin_chars * style.title.size;
  const Length first_baseline = baseline_offset(ctx, style.title);
  std::vector<display::Item> items;
  Length baseline = first_baseline;
  items.push_back(display::TagBegin{"H1", {}});
  for (const std::string& given : title.lines) {
    for (const std::string& text : title_pieces(ctx, given, title.pos, limit)) {
      for (const Line& line : layout_inline(ctx, {{text, style.title, title.pos}}, params)) {
        for (const display::GlyphRun& run : line.runs) {
          display::GlyphRun placed = run;
          placed.origin.y += baseline;
          items.push_back(std::move(placed));
        }
        baseline += style.title_line_pitch;
      }
    }
  }
  items.push_back(display::TagEnd{});
  // The title's last line ends at its baseline plus the em box below it; the
  // body resumes on the grid after one blank line.
  const Length last_baseline = baseline - style.title_line_pitch;
  const Length bottom = last_baseline + (style.title.size - first_baseline);
  pages.place_free(std::move(items), bottom);
  pages.skip_slots(1);
}

}  // namespace gongwen::layout
