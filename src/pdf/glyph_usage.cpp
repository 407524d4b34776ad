#include "pdf/glyph_usage.h"

#include <stdexcept>

#include "pdf/glyph_clusters.h"
#include "pdf/unicode_text.h"

namespace gongwen::pdf {

std::vector<FontUsage> collect_glyph_usage(const display::Document& doc) {
  std::vector<FontUsage> usage(doc.fonts.size());
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    for (const auto& item : doc.pages[p].items) {
      const auto* run = std::get_if<display::GlyphRun>(&item);
      if (run == nullptr || run->glyphs.empty()) continue;
      if (run->font < 0 || static_cast<std::size_t>(run->font) >= doc.fonts.size()) {
        throw std::invalid_argument("display list page " + std::to_string(p + 1) +
                                    ": glyph run \"" + run->text + "\" uses font " +
                                    std::to_string(run->font) + ", but the document has " +
                                    std::to_string(doc.fonts.size()) + " fonts");
      }
      FontUsage& u = usage[run->font];
      for (const auto& g : run->glyphs) {
        if (g.id == 0) {
          throw std::invalid_argument(
              "display list page " + std::to_string(p + 1) + ": glyph run \"" + run->text +
              "\" uses glyph 0 (.notdef) of " + doc.fonts[run->font].path +
              ": a character the font does not cover reached the PDF writer");
        }
        u.glyphs.insert(g.id);
      }
      for (const ClusterSpan& span : cluster_spans(*run)) {
        const std::uint32_t first = run->glyphs[span.first_glyph].id;
        if (u.text.count(first)) continue;
        std::u32string text = mappable_text(span.text);
        if (!text.empty()) u.text.emplace(first, std::move(text));
      }
    }
  }
  return usage;
}

}  // namespace gongwen::pdf
