#include "pdf/glyph_usage.h"

#include <iterator>
#include <stdexcept>

#include "pdf/glyph_clusters.h"
#include "pdf/unicode_text.h"

namespace gongwen::pdf {

std::vector<FontUsage> collect_glyph_usage(const display::Document& doc) {
  std::vector<FontUsage> usage(doc.fonts.size());
  // Glyphs whose text so far comes from a cluster of several glyphs: a later
  // cluster they draw alone says better what they are (an "e" first seen as
  // the base of "e + combining accent" should map to "e").
  std::vector<std::set<std::uint32_t>> provisional(doc.fonts.size());
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
      auto& weak = provisional[run->font];
      for (const ClusterSpan& span : cluster_spans(*run)) {
        for (std::size_t k = 1; k < span.glyph_count; ++k) {
          const std::uint32_t inner = run->glyphs[span.first_glyph + k].id;
          if (u.inside_text.count(inner)) continue;
          std::u32string text = mappable_text(span.text);
          if (!text.empty()) u.inside_text.emplace(inner, std::move(text));
        }
        const std::uint32_t first = run->glyphs[span.first_glyph].id;
        const bool alone = span.glyph_count == 1;
        if (u.text.count(first) && !(alone && weak.count(first))) continue;
        std::u32string text = mappable_text(span.text);
        if (text.empty()) continue;
        u.text[first] = std::move(text);
        if (alone) {
          weak.erase(first);
        } else {
          weak.insert(first);
        }
      }
    }
  }
  // A glyph that also starts a cluster somewhere has text of its own.
  for (FontUsage& u : usage) {
    for (auto it = u.inside_text.begin(); it != u.inside_text.end();) {
      it = u.text.count(it->first) ? u.inside_text.erase(it) : std::next(it);
    }
  }
  return usage;
}

}  // namespace gongwen::pdf
