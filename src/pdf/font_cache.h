// Subset font programs kept across documents. A batch of reports from one
// template sets its headings, table labels and page numbers in the same
// glyphs of the same fonts, and subsetting and compressing a font is most of
// the PDF writer's time; a program made for the same glyphs is the same
// bytes, so it is made once.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>

#include "display/display_list.h"
#include "pdf/font_subset.h"
#include "pdf/shared_compression.h"

namespace gongwen::pdf {

// One font ready for its PDF objects: the subset program, its compression
// (maybe still under way on another thread), and the text the cmap gives the
// glyphs the display list gave none.
struct PreparedFont {
  FontProgram program;
  std::shared_ptr<SharedCompression> program_flate;
  std::map<std::uint32_t, char32_t> cmap_text;
};

class FontProgramCache {
 public:
  // Keeps the `per_font` programs of each font file made last (a body font
  // gets a new glyph set with every document; memory stays bounded).
  explicit FontProgramCache(std::size_t per_font = 4) : per_font_(per_font) {}

  // The program for these glyphs of `font` (`without_text`: the glyphs
  // whose text comes from the cmap), made by `make` unless kept. Any number
  // of threads may call it at once; `make` runs outside the lock.
  std::shared_ptr<const PreparedFont> get(const display::Font& font,
                                          const std::set<std::uint32_t>& glyphs,
                                          const std::set<std::uint32_t>& without_text,
                                          const std::function<PreparedFont()>& make);

 private:
  struct Key {
    std::string path;
    int face_index;
    std::set<std::uint32_t> glyphs;
    std::set<std::uint32_t> without_text;
    bool operator<(const Key& other) const;
  };
  std::size_t per_font_;
  std::mutex mutex_;
  std::map<Key, std::shared_ptr<const PreparedFont>> programs_;
  std::map<std::pair<std::string, int>, std::deque<Key>> order_;  // per font, oldest first
};

}  // namespace gongwen::pdf
