// HarfBuzz shaping of one run of text in one face and size.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "font/font_set.h"
#include "util/units.h"

namespace gongwen::text {

struct ShapedGlyph {
  std::uint32_t id = 0;
  Length advance = 0;  // layout units at the requested size
  Length x_offset = 0;
  Length y_offset = 0;        // y grows downwards
  std::uint32_t cluster = 0;  // byte offset into the shaped text
};

// Shapes UTF-8 text horizontally, left to right (script and language guessed
// from the text, zh-Hans for Han).
std::vector<ShapedGlyph> shape(const font::Face& face, Length size, std::string_view text);

}  // namespace gongwen::text
