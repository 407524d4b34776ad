#include "model/yaml/yaml_fields.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <unordered_map>

#include "model/yaml/suggest.h"
#include "util/utf8.h"

namespace gongwen::model {

namespace {

Field child(const YamlSource& src, const YamlNode& node, const SourcePos& fallback) {
  return Field{node, node.IsNull() ? fallback : src.pos(node)};
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

}  // namespace

std::string abbreviate(const std::string& text) {
  constexpr std::size_t kMaxChars = 40;
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!utf8::starts_character(text[i])) continue;
    if (++chars > kMaxChars) {
      const std::size_t total = utf8::count_characters(text);
      return text.substr(0, i) + "…(" + std::to_string(total) + " characters in all)";
    }
  }
  return text;
}

std::string describe(const YamlNode& node) {
  switch (node.type()) {
    case YamlNode::Type::kScalar:
      return "the text \"" + abbreviate(node.Scalar()) + "\"";
    case YamlNode::Type::kSequence:
      return "a list";
    case YamlNode::Type::kMap:
      return "a map";
    case YamlNode::Type::kNull:
      break;
  }
  return "nothing";
}

std::vector<std::pair<Field, Field>> map_entries(const YamlSource& src, const Field& map,
                                                 const std::string& what) {
  if (!map.node.IsMap()) {
    src.fail(map.pos, what + " must be a map (lines of \"key: value\"), but here it is " +
                          describe(map.node));
  }
  std::vector<std::pair<Field, Field>> entries;
  std::unordered_map<std::string, int> first_line;
  for (const auto& [key_node, value_node] : map.node.entries()) {
    const Field key{key_node, src.pos(key_node)};
    if (!key_node.IsScalar()) src.fail(key.pos, "a key in " + what + " must be plain text");
    auto [seen, inserted] = first_line.emplace(key_node.Scalar(), key.pos.line);
    if (!inserted) {
      src.fail(key.pos, "\"" + key_node.Scalar() + "\" is given twice in " + what +
                            " (first at line " + std::to_string(seen->second) +
                            "); keep one of them");
    }
    entries.emplace_back(key, child(src, value_node, key.pos));
  }
  return entries;
}

std::vector<Field> list_items(const YamlSource& src, const Field& list, const std::string& what) {
  if (!list.node.IsSequence()) {
    src.fail(list.pos,
             what + " must be a list (lines starting with \"- \", or [a, b]), but here it is " +
                 describe(list.node));
  }
  std::vector<Field> items;
  for (const YamlNode& element : list.node.items()) items.push_back(child(src, element, list.pos));
  return items;
}

MapReader::MapReader(const YamlSource& src, const Field& map, std::string what,
                     std::vector<std::string> known)
    : src_(src), what_(std::move(what)), pos_(map.pos), entries_(map_entries(src, map, what_)) {
  for (const auto& [key, value] : entries_) {
    (void)value;
    const std::string& name = key.node.Scalar();
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      src.fail(key.pos, "unknown key \"" + abbreviate(name) + "\" in " + what_ + "." +
                            did_you_mean(name, known) + " Known keys: " + join(known) + ".");
    }
  }
}

std::optional<Field> MapReader::get(const std::string& key) const {
  for (const auto& [k, value] : entries_) {
    if (k.node.Scalar() == key) return value;
  }
  return std::nullopt;
}

std::optional<SourcePos> MapReader::key_pos(const std::string& key) const {
  for (const auto& [k, value] : entries_) {
    (void)value;
    if (k.node.Scalar() == key) return k.pos;
  }
  return std::nullopt;
}

Field MapReader::required(const std::string& key) const {
  auto value = get(key);
  if (!value) src_.fail(pos_, what_ + " needs the key \"" + key + "\", which is missing");
  return *value;
}

std::string read_text(const YamlSource& src, const Field& field, const std::string& what) {
  if (!field.node.IsScalar()) {
    src.fail(field.pos, what + " must be text, but here it is " + describe(field.node));
  }
  return field.node.Scalar();
}

bool read_bool(const YamlSource& src, const Field& field, const std::string& what) {
  const std::string text = field.node.IsScalar() ? field.node.Scalar() : "";
  if (text == "true") return true;
  if (text == "false") return false;
  src.fail(field.pos, what + " must be true or false, but here it is " + describe(field.node));
}

double read_number(const YamlSource& src, const Field& field, const std::string& what) {
  const std::string text = field.node.IsScalar() ? field.node.Scalar() : "";
  double value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc() || ptr != text.data() + text.size() ||
      !std::isfinite(value)) {
    src.fail(field.pos, what + " must be a number, but here it is " + describe(field.node));
  }
  return value;
}

int read_int(const YamlSource& src, const Field& field, const std::string& what, int min, int max) {
  const std::string text = field.node.IsScalar() ? field.node.Scalar() : "";
  int value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc() || ptr != text.data() + text.size() || value < min ||
      value > max) {
    src.fail(field.pos, what + " must be a whole number from " + std::to_string(min) + " to " +
                            std::to_string(max) + ", but here it is " + describe(field.node));
  }
  return value;
}

std::vector<std::string> read_lines(const YamlSource& src, const Field& field,
                                    const std::string& what) {
  std::vector<std::string> lines;
  if (field.node.IsSequence()) {
    for (const auto& item : list_items(src, field, what)) {
      lines.push_back(read_text(src, item, "each line of " + what));
    }
  } else {
    lines.push_back(read_text(src, field, what));
  }
  for (auto& line : lines) line = trim_spaces(line);
  if (lines.empty() ||
      std::all_of(lines.begin(), lines.end(), [](const auto& l) { return l.empty(); })) {
    src.fail(field.pos, what + " is empty; write its text");
  }
  return lines;
}

std::string trim_spaces(const std::string& text) {
  static const std::string kIdeographicSpace = "\xE3\x80\x80";
  std::size_t begin = 0, end = text.size();
  for (;;) {
    if (begin < end && (text[begin] == ' ' || text[begin] == '\t' || text[begin] == '\n')) {
      ++begin;
    } else if (text.compare(begin, 3, kIdeographicSpace) == 0 && begin + 3 <= end) {
      begin += 3;
    } else {
      break;
    }
  }
  for (;;) {
    if (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '\n')) {
      --end;
    } else if (end >= begin + 3 && text.compare(end - 3, 3, kIdeographicSpace) == 0) {
      end -= 3;
    } else {
      break;
    }
  }
  return text.substr(begin, end - begin);
}

}  // namespace gongwen::model
