// Stable text dump of a display list, one item per line with fixed precision.
// Golden tests diff this text, so its format changes only deliberately.
#pragma once

#include <string>

#include "display/display_list.h"

namespace gongwen::display {

std::string dump(const Document& doc);

}  // namespace gongwen::display
