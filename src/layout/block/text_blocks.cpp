#include "layout/block/text_blocks.h"

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

void place_title(Context& ctx, PageBuilder& pages, const model::Title& title) {
  if (title.lines.empty()) return;
  const style::Style& style = ctx.style;
  InlineParams params;
  params.measure = style.area_width;
  params.align = model::Align::kCenter;
  params.justify = false;

  const Length first_baseline = baseline_offset(ctx, style.title);
  std::vector<display::Item> items;
  Length baseline = first_baseline;
  items.push_back(display::TagBegin{"H1", {}});
  for (const std::string& text : title.lines) {
    std::vector<Line> lines = layout_inline(ctx, {{text, style.title, title.pos}}, params);
    for (const Line& line : lines) {
      for (const display::GlyphRun& run : line.runs) {
        display::GlyphRun placed = run;
        placed.origin.y += baseline;
        items.push_back(std::move(placed));
      }
      baseline += style.title_line_pitch;
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
