// Where a value came from in an input file, for diagnostics (1-based).
#pragma once

#include <string>

namespace gongwen {

struct SourcePos {
  std::string file;
  int line = 0;
  int column = 0;

  bool known() const { return line > 0; }
  // "file:line:column" (or just the file when the position is unknown).
  std::string str() const {
    if (!known()) return file;
    return file + ":" + std::to_string(line) + ":" + std::to_string(column);
  }
};

}  // namespace gongwen
