// What every layout step needs: the style, the fonts, and the table of fonts
// used by the display list being built.
#pragma once

#include <map>
#include <utility>
#include <vector>

#include "display/display_list.h"
#include "font/font_set.h"
#include "style/style.h"

namespace gongwen::layout {

// Assigns display-list font indices to faces, in order of first use (so the
// display list and the PDF are deterministic).
class FontTable {
 public:
  int index_of(const font::Face& face) {
    auto key = std::make_pair(face.path(), face.index());
    auto it = index_.find(key);
    if (it != index_.end()) return it->second;
    int i = static_cast<int>(fonts_.size());
    fonts_.push_back({face.path(), face.index(), face.family()});
    index_.emplace(std::move(key), i);
    return i;
  }
  const std::vector<display::Font>& fonts() const { return fonts_; }

 private:
  std::map<std::pair<std::string, int>, int> index_;
  std::vector<display::Font> fonts_;
};

class InlineCache;  // layout/inline/inline.h

struct Context {
  const style::Style& style;
  const font::FontSet& fonts;
  FontTable& font_table;
  // When set, layout_inline reuses its itemized and shaped text across calls
  // that differ only in the measure (table column widths try many).
  InlineCache* inline_cache = nullptr;
};

// A positioned piece of layout: items relative to its own top-left corner.
struct Block {
  Length width = 0;
  Length height = 0;
  std::vector<display::Item> items;
};

// Moves every item of `items` by (dx, dy).
void translate(std::vector<display::Item>& items, Length dx, Length dy);

}  // namespace gongwen::layout
