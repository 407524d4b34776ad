#include "layout/block/furniture.h"

#include <string>

#include "layout/block/text_blocks.h"

namespace gongwen::layout {
namespace {

// Seal diameter commonly used by agencies (GB/T 9704 does not fix it).
constexpr double kSealDiameterMm = 42;

Line single_line(Context& ctx, const std::string& text, const style::TextStyle& text_style,
                 const SourcePos& pos, Length cell) {
  InlineParams params;
  params.measure = ctx.style.area_width;
  params.cell = cell;
  params.justify = false;
  std::vector<Line> lines = layout_inline(ctx, {{text, text_style, pos}}, params);
  return lines.empty() ? Line{} : lines.front();
}

}  // namespace

int signature_slots(const model::Signature& signature) {
  // Unsealed: blank line, signature, date. Sealed: the seal's top lies on the
  // line below the text; signature and date sit on its third and fourth lines
  // (below the seal's centre), and the seal needs about four lines.
  return signature.seal ? 5 : 3;
}

void place_signature(Context& ctx, PageBuilder& pages, const model::Signature& signature) {
  const style::Style& style = ctx.style;
  const Length cell = style.char_pitch();
  pages.need_slots(signature_slots(signature));

  const Line agency = single_line(ctx, signature.agency, style.body, signature.pos, cell);
  const Line date = single_line(ctx, signature.date, style.body, signature.pos, cell);
  Length date_x = 0;
  Length agency_x = 0;
  if (signature.seal) {
    date_x = style.area_width - style.sealed_date_right_chars * cell - date.width;
    agency_x = date_x + (date.width - agency.width) / 2;
  } else {
    agency_x = style.area_width - style.signature_right_chars * cell - agency.width;
    date_x = agency_x + style.date_shift_chars * cell;
    if (date_x + date.width > style.area_width - style.signature_right_chars * cell) {
      date_x = style.area_width - style.signature_right_chars * cell - date.width;
      agency_x = date_x - style.date_shift_chars * cell;
    }
  }

  const Length offset = baseline_offset(ctx, style.body);
  if (signature.seal) {
    // The seal's top is within one line of the text: on the next slot.
    const Length seal = from_mm(kSealDiameterMm);
    const Length centre_x = date_x + date.width / 2;
    pages.place_anchor(
        {"seal", {style.margin_left + centre_x - seal / 2, pages.next_slot_top(), seal, seal}});
    pages.skip_slots(2);
  } else {
    pages.skip_slots(1);
  }
  pages.begin_tag("P");
  pages.place_line(agency, agency_x, offset);
  pages.end_tag();
  pages.begin_tag("P");
  pages.place_line(date, date_x, offset);
  pages.end_tag();
}

void add_page_numbers(Context& ctx, std::vector<display::Page>& pages) {
  const style::Style& style = ctx.style;
  const font::Face& face = ctx.fonts.primary(style.page_number.role);
  const Length cell = style.char_pitch();
  const Length area_bottom = style.margin_top + style.area_height;
  for (size_t i = 0; i < pages.size(); ++i) {
    const int number = static_cast<int>(i) + 1;
    const std::string text = "\u2014 " + std::to_string(number) + " \u2014";
    const Line line = single_line(ctx, text, style.page_number, {}, 0);
    if (line.runs.empty() || line.runs.front().glyphs.empty()) continue;

    // Put the top of the dash's ink exactly page_number_gap below the area.
    hb_glyph_extents_t extents{};
    hb_font_get_glyph_extents(face.hb_font(), line.runs.front().glyphs.front().id, &extents);
    const Length ink_top = scale(style.page_number.size, extents.y_bearing, face.units_per_em());
    const Length baseline = area_bottom + style.page_number_gap + ink_top;
    const Length inset = style.page_number_inset_chars * cell;
    const Length x = number % 2 == 1 ? style.margin_left + style.area_width - inset - line.width
                                     : style.margin_left + inset;

    std::vector<display::Item>& items = pages[i].items;
    items.push_back(display::TagBegin{"Artifact", {}});
    for (const display::GlyphRun& run : line.runs) {
      display::GlyphRun placed = run;
      placed.origin.x += x;
      placed.origin.y += baseline;
      items.push_back(std::move(placed));
    }
    items.push_back(display::TagEnd{});
  }
}

void add_draft_marks(Context& ctx, std::vector<display::Page>& pages) {
  const style::Style& style = ctx.style;
  style::TextStyle mark = style.heading[0];
  mark.size = style.title.size;
  mark.color = {0xC0, 0x00, 0x00};
  const Line line = single_line(ctx, "草稿", mark, {}, 0);
  // Centred in the top margin, clear of the type area.
  const Length x = (style.page_width - line.width) / 2;
  const Length baseline = style.margin_top / 2 + mark.size / 3;
  for (display::Page& page : pages) {
    page.items.push_back(display::TagBegin{"Artifact", {}});
    for (const display::GlyphRun& run : line.runs) {
      display::GlyphRun placed = run;
      placed.origin.x += x;
      placed.origin.y += baseline;
      page.items.push_back(std::move(placed));
    }
    page.items.push_back(display::TagEnd{});
  }
}

}  // namespace gongwen::layout
