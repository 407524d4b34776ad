// An RGB colour, 8 bits a channel: written in style files, carried by the
// display list. Lives here so that style/ need not include the display list.
#pragma once

#include <cstdint>

namespace gongwen {

struct Color {
  std::uint8_t r = 0, g = 0, b = 0;
  friend bool operator==(const Color&, const Color&) = default;
};

}  // namespace gongwen
