#include "bench_inputs.h"

#include <cstdlib>
#include <stdexcept>
#include <variant>

#include "layout/document_layout.h"
#include "model/load.h"

namespace gongwen::bench {

std::string home() {
  const char* env = std::getenv("GONGWEN_HOME");
  return env && *env ? env : GONGWEN_SOURCE_DIR;
}

const font::FontSet& fonts() {
  static const font::FontSet set(home() + "/fonts/fonts.yaml", home() + "/fonts/files");
  return set;
}

const style::Style& style() {
  static const style::Style s = style::load_style(home() + "/styles/" + seed().style + ".yaml");
  return s;
}

const model::Document& seed() {
  static const model::Document doc =
      model::load_document(home() + "/input/jining-xinfang-2020.yaml", home() + "/styles");
  return doc;
}

const display::Document& seed_laid_out() {
  static const display::Document laid = layout::layout_document(seed(), style(), fonts());
  return laid;
}

const std::string& seed_paragraph() {
  static const std::string longest = [] {
    std::string best;
    for (const model::Block& block : seed().body) {
      if (const auto* p = std::get_if<model::Paragraph>(&block); p && p->text.size() > best.size())
        best = p->text;
    }
    return best;
  }();
  return longest;
}

const model::Table& seed_table(std::size_t index) {
  std::size_t seen = 0;
  for (const model::Block& block : seed().body) {
    if (const auto* t = std::get_if<model::Table>(&block)) {
      if (seen++ == index) return *t;
    }
  }
  throw std::out_of_range("the seed has no table " + std::to_string(index));
}

std::set<std::uint32_t> seed_glyphs(int font) {
  std::set<std::uint32_t> glyphs;
  for (const display::Page& page : seed_laid_out().pages) {
    for (const display::Item& item : page.items) {
      const auto* run = std::get_if<display::GlyphRun>(&item);
      if (run == nullptr || run->font != font) continue;
      for (const display::Glyph& g : run->glyphs) glyphs.insert(g.id);
    }
  }
  return glyphs;
}

int seed_body_font() {
  int best = 0;
  std::size_t most = 0;
  for (int f = 0; f < static_cast<int>(seed_laid_out().fonts.size()); ++f) {
    const std::size_t n = seed_glyphs(f).size();
    if (n > most) {
      most = n;
      best = f;
    }
  }
  return best;
}

}  // namespace gongwen::bench
