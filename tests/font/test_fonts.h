// The project's font set, built once per test program (fontconfig setup and
// face loading are the slow part of every font-using test).
#pragma once

#include <string>

#include "font/font_set.h"

namespace gongwen::testing {

inline std::string source_path(const std::string& relative) {
  return std::string(GONGWEN_SOURCE_DIR) + "/" + relative;
}

inline const font::FontSet& project_fonts() {
  static const font::FontSet fonts(source_path("fonts/fonts.yaml"), source_path("fonts/files"));
  return fonts;
}

}  // namespace gongwen::testing
