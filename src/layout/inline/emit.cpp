#include "layout/inline/emit.h"

#include "text/breaks.h"

namespace gongwen::layout::inline_steps {

Line emit_line(FontTable& font_table, const Paragraph& paragraph, const std::vector<Span>& spans,
               const std::vector<Unit>& units, const LineRange& line, const Placement& placement) {
  Line out;
  out.last = line.last;
  Length x = placement.start;
  display::GlyphRun* run = nullptr;
  int item_of_font = -1;  // the font table is looked up once per item, not per character
  int font = 0;
  for (std::size_t u = line.begin; u < line.visible_end; ++u) {
    const Unit& unit = units[u];
    const Item& item = paragraph.items[static_cast<std::size_t>(unit.item)];
    const style::TextStyle& style = spans[static_cast<std::size_t>(item.span)].style;
    if (unit.item != item_of_font) {
      font = font_table.index_of(*item.face);
      item_of_font = unit.item;
    }
    // Faux bold strokes the outlines about 1/30 em wide, which reads like a
    // bold face without changing a single advance.
    const Length stroke = style.faux_bold ? style.size / 30 : 0;
    if (!run || run->font != font || run->size != style.size || !(run->color == style.color) ||
        run->stroke != stroke) {
      out.runs.emplace_back();
      run = &out.runs.back();
      run->font = font;
      run->size = style.size;
      run->color = style.color;
      run->stroke = stroke;
      run->origin = {x, 0};
    }
    const auto cluster = static_cast<std::uint32_t>(run->text.size());
    run->text += text::to_utf8(
        std::u32string_view(paragraph.text).substr(unit.begin, unit.end - unit.begin));
    for (display::Glyph glyph : unit.glyphs) {
      glyph.cluster = cluster;
      run->glyphs.push_back(glyph);
    }
    // Justification space and the line-end squeeze both belong to the pen
    // advance after the unit's last glyph.
    display::Glyph& last_glyph = run->glyphs.back();
    last_glyph.advance += placement.gaps[u - line.begin];
    if (u + 1 == line.visible_end) last_glyph.advance -= line.squeeze;
    x += unit.width + placement.gaps[u - line.begin] -
         (u + 1 == line.visible_end ? line.squeeze : 0);
    out.characters += static_cast<int>(unit.end - unit.begin);
  }
  out.width = x;
  return out;
}

}  // namespace gongwen::layout::inline_steps
