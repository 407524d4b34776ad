// Parsing of the scalar values a style file holds: lengths and colours.
// Internal to the style module.
#pragma once

#include <optional>
#include <string>

#include "util/color.h"
#include "util/units.h"

namespace gongwen::style {

// "37mm", "16pt", "0.5pt", "1.2cm" or a 字号 name ("三号"); nullopt if the text
// is none of these.
std::optional<Length> parse_length(const std::string& text);

// "#RRGGBB"; nullopt otherwise.
std::optional<Color> parse_color(const std::string& text);

// A whole number written in decimal digits; nullopt otherwise.
std::optional<int> parse_count(const std::string& text);

}  // namespace gongwen::style
