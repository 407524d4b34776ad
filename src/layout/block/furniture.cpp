#include "layout/block/furniture.h"

#include <algorithm>
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
  // The fewest lines, squeezed as 7.3.5.5 allows rather than leaving the
  // block alone on a page: unsealed, signature and date without the blank
  // line above them; sealed, the seal (about 4.1 lines) raised towards the
  // text so that it ends on the fourth line, the date's.
  return signature.seal ? 4 : 2;
}

namespace {

// Lines the block takes when there is room: unsealed, a blank line, the
// signature and the date; sealed, the seal reaches into a fifth line.
int roomy_slots(const model::Signature& signature) {
  return signature.seal ? 5 : 3;
}

// Horizontal places of the signature and the date, from the type area's left.
struct SignaturePlaces {
  Length agency_x = 0;
  Length date_x = 0;
};

SignaturePlaces signature_places(const style::Style& style, const model::Signature& signature,
                                 Length agency_width, Length date_width) {
  const Length cell = style.char_pitch();
  const Length right = style.area_width - style.signature_right_chars * cell;
  SignaturePlaces at;
  if (signature.seal) {
    // 7.3.5.1: the date right-inset 4 characters, the signature centred over
    // it; a signature too long for that moves both left, still centred.
    at.date_x = style.area_width - style.sealed_date_right_chars * cell - date_width;
    at.agency_x = at.date_x + (date_width - agency_width) / 2;
    const Length overflow = at.agency_x + agency_width - right;
    if (overflow > 0) {
      at.agency_x -= overflow;
      at.date_x -= overflow;
    }
    return at;
  }
  // 7.3.5.2: the signature right-inset 2 characters, the date starting 2
  // characters further right; a longer date is right-inset 2 instead.
  at.agency_x = right - agency_width;
  at.date_x = at.agency_x + style.date_shift_chars * cell;
  if (at.date_x + date_width > right) {
    at.date_x = right - date_width;
    at.agency_x = at.date_x - style.date_shift_chars * cell;
  }
  return at;
}

}  // namespace

void place_signature(Context& ctx, PageBuilder& pages, const model::Signature& signature) {
  const style::Style& style = ctx.style;
  const Length cell = style.char_pitch();
  const Length pitch = style.line_pitch();
  pages.need_slots(signature_slots(signature));
  const bool roomy = pages.slots_left() >= roomy_slots(signature) && !pages.page_is_empty();

  const Line agency = single_line(ctx, signature.agency, style.body, signature.pos, cell);
  const Line date = single_line(ctx, signature.date, style.body, signature.pos, cell);
  const SignaturePlaces at = signature_places(style, signature, agency.width, date.width);

  const Length offset = baseline_offset(ctx, style.body);
  if (signature.seal) {
    // 7.3.5.1: signature and date sit just below the seal's centre (the
    // centre on the top of the signature's characters, two lines down), the
    // seal's top within one line of the text, the seal inside the type area.
    const Length seal = from_mm(kSealDiameterMm);
    const Length slot_top = pages.next_slot_top();
    const Length text_bottom = slot_top - pitch + style.body.size;
    const Length page_end = slot_top + pages.slots_left() * pitch;
    Length top = slot_top + 2 * pitch - seal / 2;
    top = std::min(top, page_end - seal);
    if (!pages.page_is_empty()) top = std::max(top, text_bottom);
    const Length centre_x = at.date_x + date.width / 2;
    pages.place_anchor({"seal", {style.margin_left + centre_x - seal / 2, top, seal, seal}});
    pages.skip_slots(2);
  } else if (roomy) {
    pages.skip_slots(1);  // 7.3.5.2: 正文下空一行
  }
  pages.begin_tag("P");
  pages.place_line(agency, at.agency_x, offset);
  pages.end_tag();
  pages.begin_tag("P");
  pages.place_line(date, at.date_x, offset);
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
    const int dash_top =
        face.ink_box(line.runs.front().glyphs.front().id).value_or(font::Face::InkBox{}).y_bearing;
    const Length ink_top = scale(style.page_number.size, dash_top, face.units_per_em());
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
