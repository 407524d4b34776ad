#include "pdf/font_encoding.h"

namespace gongwen::pdf {

FontEncoding make_font_encoding(std::string resource_name, const FontProgram& program,
                                const FontUsage& usage,
                                const std::map<std::uint32_t, char32_t>& cmap_text) {
  FontEncoding enc;
  enc.resource_name = std::move(resource_name);
  enc.ascent = program.ascent;
  enc.descent = program.descent;
  for (const auto& [glyph, code] : program.code_of_glyph) {
    GlyphEncoding g;
    g.code = code;
    auto w = program.widths.find(code);
    g.width = w == program.widths.end() ? 0 : w->second;
    if (auto t = usage.text.find(glyph); t != usage.text.end()) {
      g.text = t->second;
    } else if (auto c = cmap_text.find(glyph); c != cmap_text.end()) {
      g.text = std::u32string(1, c->second);
    } else if (auto in = usage.inside_text.find(glyph); in != usage.inside_text.end()) {
      g.text = in->second;
    }
    enc.glyphs.emplace(glyph, std::move(g));
  }
  return enc;
}

std::map<std::uint16_t, std::u32string> to_unicode_map(const FontEncoding& encoding) {
  std::map<std::uint16_t, std::u32string> out;
  for (const auto& [glyph, g] : encoding.glyphs) {
    if (!g.text.empty()) out.emplace(g.code, g.text);
  }
  return out;
}

}  // namespace gongwen::pdf
