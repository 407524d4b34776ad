// Typed access to YAML nodes with plain-words errors at file:line:column.
// Internal to the model module.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/yaml/yaml_node.h"
#include "model/yaml/yaml_source.h"
#include "util/source_pos.h"

namespace gongwen::model {

// A value and where it is; an empty value (`key:` with nothing after it)
// borrows its key's position, which is where the user looks.
struct Field {
  YamlNode node;
  SourcePos pos;
};

// "text", "a list", "a map" or "nothing": what the user wrote, for messages.
std::string describe(const YamlNode& node);

// The text itself, or its first 40 characters and its length when longer:
// a message quotes what the user wrote without repeating a whole page of it.
std::string abbreviate(const std::string& text);

// The entries of a map in file order, keys as text. Duplicate keys and keys
// that are not plain text are errors.
std::vector<std::pair<Field, Field>> map_entries(const YamlSource& src, const Field& map,
                                                 const std::string& what);

// Elements of a list.
std::vector<Field> list_items(const YamlSource& src, const Field& list, const std::string& what);

// A map with a fixed set of keys.
class MapReader {
 public:
  MapReader(const YamlSource& src, const Field& map, std::string what,
            std::vector<std::string> known);

  std::optional<Field> get(const std::string& key) const;
  Field required(const std::string& key) const;
  // Position of the key itself.
  std::optional<SourcePos> key_pos(const std::string& key) const;
  const SourcePos& pos() const { return pos_; }

 private:
  const YamlSource& src_;
  std::string what_;
  SourcePos pos_;
  std::vector<std::pair<Field, Field>> entries_;
};

std::string read_text(const YamlSource& src, const Field& field, const std::string& what);
bool read_bool(const YamlSource& src, const Field& field, const std::string& what);
int read_int(const YamlSource& src, const Field& field, const std::string& what, int min, int max);
double read_number(const YamlSource& src, const Field& field, const std::string& what);

// Text or a list of texts (e.g. title lines).
std::vector<std::string> read_lines(const YamlSource& src, const Field& field,
                                    const std::string& what);

// Trims ASCII and full-width (U+3000) spaces from both ends.
std::string trim_spaces(const std::string& text);

}  // namespace gongwen::model
