// Paths and small helpers shared by the model tests.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "model/document/document.h"

namespace gongwen::model::testing {

inline std::string source_dir() {
  return GONGWEN_SOURCE_DIR;
}
inline std::string styles_dir() {
  return source_dir() + "/styles";
}
inline std::string seed_path() {
  return source_dir() + "/input/jining-xinfang-2020.yaml";
}
inline std::string example_2021_path() {
  return source_dir() + "/input/example-2021.yaml";
}

template <typename T>
std::vector<const T*> blocks_of(const Document& doc) {
  std::vector<const T*> out;
  for (const Block& b : doc.body) {
    if (const T* t = std::get_if<T>(&b)) out.push_back(t);
  }
  return out;
}

// The cell whose text is `text` in `table`, or nullptr.
inline const TableCell* find_cell(const Table& table, const std::string& text) {
  for (const TableRow& row : table.rows) {
    for (const TableCell& cell : row.cells) {
      if (cell.text == text) return &cell;
    }
  }
  return nullptr;
}

}  // namespace gongwen::model::testing
