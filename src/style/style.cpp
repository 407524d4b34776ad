// Reads a style file (styles/<name>.yaml) over the GB/T 9704 defaults.
// The file is part of the installation, not of the user's document, so every
// problem in it is an EnvironmentError that names file:line:column. The YAML
// is read as the model reads documents (model/yaml/), with the same checks.
#include "style/style.h"

#include <algorithm>
#include <fstream>
#include <functional>
#include <sstream>
#include <vector>

#include "model/yaml/yaml_source.h"
#include "style/value_parse.h"
#include "util/error.h"

namespace gongwen::style {

namespace {

using model::YamlNode;

class StyleReader {
 public:
  explicit StyleReader(const model::YamlSource& source) : source_(source) {}

  [[noreturn]] void fail(const YamlNode& node, const std::string& message) const {
    source_.fail(node, message);
  }
  // A problem of the whole file, placed nowhere in it.
  [[noreturn]] void fail(const std::string& message) const {
    source_.fail(SourcePos{source_.name(), 0, 0}, message);
  }

  std::string scalar(const YamlNode& node, const std::string& what) const {
    if (!node.IsScalar()) fail(node, what + " must be a single value, not a list or a map");
    return node.Scalar();
  }

  Length length(const YamlNode& node, const std::string& what) const {
    const std::string text = scalar(node, what);
    auto value = parse_length(text);
    if (!value) {
      fail(node, what + ": \"" + text +
                     "\" is not a length; write it as millimetres (\"37mm\"), points "
                     "(\"16pt\"), centimetres (\"1.2cm\") or a 字号 name (\"三号\")");
    }
    return *value;
  }

  bool flag(const YamlNode& node, const std::string& what) const {
    const std::string text = scalar(node, what);
    if (text == "true") return true;
    if (text == "false") return false;
    fail(node, what + ": \"" + text + "\" is not true or false");
  }

  // One of `names`; returns its index.
  std::size_t choice(const YamlNode& node, const std::string& what,
                     const std::vector<std::string>& names) const {
    const std::string text = scalar(node, what);
    for (std::size_t i = 0; i < names.size(); ++i) {
      if (names[i] == text) return i;
    }
    std::string known;
    for (const auto& n : names) known += (known.empty() ? "" : ", ") + n;
    fail(node, what + ": \"" + text + "\" is not one of " + known);
  }

  int count(const YamlNode& node, const std::string& what, int min, int max) const {
    const std::string text = scalar(node, what);
    auto value = parse_count(text);
    if (!value || *value < min || *value > max) {
      fail(node, what + ": \"" + text + "\" is not a whole number from " + std::to_string(min) +
                     " to " + std::to_string(max));
    }
    return *value;
  }

 private:
  const model::YamlSource& source_;
};

using Setter = std::function<void(Style&, const YamlNode&, const StyleReader&)>;

struct Entry {
  std::string key;
  Setter set;
};

Setter length_of(Length Style::*field) {
  return [field](Style& s, const YamlNode& n, const StyleReader& r) {
    s.*field = r.length(n, "this length");
  };
}

Setter count_of(int Style::*field, int min, int max) {
  return [field, min, max](Style& s, const YamlNode& n, const StyleReader& r) {
    s.*field = r.count(n, "this number", min, max);
  };
}

Setter flag_of(bool Style::*field) {
  return [field](Style& s, const YamlNode& n, const StyleReader& r) {
    s.*field = r.flag(n, "this setting");
  };
}

// An enumeration written as one of `names`, in the enum's order.
template <typename Enum>
Setter choice_of(Enum Style::*field, std::vector<std::string> names) {
  return [field, names](Style& s, const YamlNode& n, const StyleReader& r) {
    s.*field = static_cast<Enum>(r.choice(n, "this setting", names));
  };
}

Setter text_style_of(std::function<TextStyle&(Style&)> field) {
  return [field](Style& s, const YamlNode& n, const StyleReader& r) {
    if (!n.IsMap()) {
      r.fail(n,
             "a text style is a map with role, size, color and optionally faux_bold, e.g. "
             "{role: body, size: 三号, color: \"#000000\"}");
    }
    TextStyle& target = field(s);
    for (const auto& [key_node, value] : n.entries()) {
      const std::string key = r.scalar(key_node, "a key");
      if (key == "role") {
        target.role = r.scalar(value, "role");
        if (target.role.empty()) r.fail(value, "role must name a font role");
      } else if (key == "size") {
        target.size = r.length(value, "size");
        if (target.size <= 0) r.fail(value, "size must be larger than zero");
      } else if (key == "color") {
        const std::string text = r.scalar(value, "color");
        auto color = parse_color(text);
        if (!color) r.fail(value, "color: \"" + text + "\" is not a colour like \"#000000\"");
        target.color = *color;
      } else if (key == "faux_bold") {
        target.faux_bold = r.flag(value, "faux_bold");
      } else {
        r.fail(key_node,
               "unknown key \"" + key + "\" in a text style (known: role, size, color, faux_bold)");
      }
    }
  };
}

// A list of 2 to 16 colours like "#1E3C66".
Setter palette_of(std::vector<Color> Style::*field) {
  return [field](Style& s, const YamlNode& n, const StyleReader& r) {
    const std::vector<YamlNode> items = n.items();
    if (!n.IsSequence() || items.size() < 2 || items.size() > 16) {
      r.fail(n, "palette is a list of 2 to 16 colours, e.g. [\"#1E3C66\", \"#C0891B\"]");
    }
    std::vector<Color> colours;
    for (const YamlNode& item : items) {
      const std::string text = r.scalar(item, "a colour");
      const auto colour = parse_color(text);
      if (!colour) r.fail(item, "\"" + text + "\" is not a colour like \"#000000\"");
      colours.push_back(*colour);
    }
    s.*field = std::move(colours);
  };
}

using Schema = std::vector<std::pair<std::string, std::vector<Entry>>>;

Schema make_schema() {
  return {
      {"page",
       {{"width", length_of(&Style::page_width)},
        {"height", length_of(&Style::page_height)},
        {"margin_top", length_of(&Style::margin_top)},
        {"margin_left", length_of(&Style::margin_left)},
        {"area_width", length_of(&Style::area_width)},
        {"area_height", length_of(&Style::area_height)}}},
      {"grid",
       {{"lines_per_page", count_of(&Style::lines_per_page, 1, 200)},
        {"chars_per_line", count_of(&Style::chars_per_line, 1, 200)},
        {"paragraph_indent_chars", count_of(&Style::paragraph_indent_chars, 0, 20)}}},
      {"text",
       {{"title", text_style_of([](Style& s) -> TextStyle& { return s.title; })},
        {"body", text_style_of([](Style& s) -> TextStyle& { return s.body; })},
        {"heading1", text_style_of([](Style& s) -> TextStyle& { return s.heading[0]; })},
        {"heading2", text_style_of([](Style& s) -> TextStyle& { return s.heading[1]; })},
        {"heading3", text_style_of([](Style& s) -> TextStyle& { return s.heading[2]; })},
        {"heading4", text_style_of([](Style& s) -> TextStyle& { return s.heading[3]; })},
        {"page_number", text_style_of([](Style& s) -> TextStyle& { return s.page_number; })},
        {"table", text_style_of([](Style& s) -> TextStyle& { return s.table; })},
        {"table_header", text_style_of([](Style& s) -> TextStyle& { return s.table_header; })},
        {"chart", text_style_of([](Style& s) -> TextStyle& { return s.chart; })},
        {"chart_title", text_style_of([](Style& s) -> TextStyle& { return s.chart_title; })}}},
      {"title",
       {{"line_pitch", length_of(&Style::title_line_pitch)},
        {"arrangement", choice_of(&Style::title_arrangement, {"trapezoid", "diamond"})},
        {"margin_chars", count_of(&Style::title_margin_chars, 0, 10)}}},
      {"typography",
       {{"punctuation", choice_of(&Style::punctuation, {"quanjiao", "kaiming", "banjiao"})},
        {"line_end_punctuation_half", flag_of(&Style::line_end_punctuation_half)},
        {"han_latin_space",
         [](Style& s, const YamlNode& n, const StyleReader& r) {
           s.han_latin_quarter_space = r.choice(n, "han_latin_space", {"0", "quarter"}) == 1;
         }}}},
      {"page_number",
       {{"gap", length_of(&Style::page_number_gap)},
        {"inset_chars", count_of(&Style::page_number_inset_chars, 0, 20)}}},
      {"signature",
       {{"right_chars", count_of(&Style::signature_right_chars, 0, 20)},
        {"date_shift_chars", count_of(&Style::date_shift_chars, 0, 20)},
        {"sealed_date_right_chars", count_of(&Style::sealed_date_right_chars, 0, 20)}}},
      {"table",
       {{"rule", length_of(&Style::table_rule)},
        {"inner_rule", length_of(&Style::table_inner_rule)},
        {"cell_padding_x", length_of(&Style::table_cell_padding_x)},
        {"cell_padding_y", length_of(&Style::table_cell_padding_y)},
        {"line_pitch", length_of(&Style::table_line_pitch)},
        {"space_after", length_of(&Style::table_space_after)}}},
      {"chart", {{"palette", palette_of(&Style::chart_palette)}}},
  };
}

std::string key_list(const std::vector<std::string>& keys) {
  std::string out;
  for (const auto& k : keys) out += (out.empty() ? "" : ", ") + k;
  return out;
}

void apply_section(Style& style, const YamlNode& node, const std::vector<Entry>& entries,
                   const std::string& section, const StyleReader& reader) {
  if (!node.IsMap()) reader.fail(node, "\"" + section + "\" must be a map of settings");
  std::vector<std::string> seen;
  for (const auto& [key_node, value] : node.entries()) {
    const std::string key = reader.scalar(key_node, "a key");
    if (std::find(seen.begin(), seen.end(), key) != seen.end()) {
      reader.fail(key_node, "\"" + section + "." + key + "\" is given twice");
    }
    seen.push_back(key);
    auto entry =
        std::find_if(entries.begin(), entries.end(), [&](const Entry& e) { return e.key == key; });
    if (entry == entries.end()) {
      std::vector<std::string> known;
      for (const auto& e : entries) known.push_back(e.key);
      reader.fail(key_node, "unknown key \"" + key + "\" in \"" + section +
                                "\" (known: " + key_list(known) + ")");
    }
    entry->set(style, value, reader);
  }
}

// The type area must lie on the page, or every later computation is wrong.
void check_geometry(const Style& style, const StyleReader& reader) {
  if (style.area_width <= 0 || style.area_height <= 0) {
    reader.fail("the type area (page.area_width, page.area_height) must not be empty");
  }
  if (style.margin_left + style.area_width > style.page_width ||
      style.margin_top + style.area_height > style.page_height) {
    reader.fail(
        "the type area does not fit on the page: margin_left + area_width must not exceed "
        "width, margin_top + area_height must not exceed height");
  }
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw EnvironmentError(path + ": cannot read the style file (does it exist?)");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace

Style load_style(const std::string& path) {
  const model::YamlSource source(read_file(path), path, model::YamlSource::Blame::kEnvironment);
  const StyleReader reader(source);
  const YamlNode root = source.root();
  Style style;
  if (root.IsNull()) return style;
  if (!root.IsMap()) reader.fail(root, "a style file is a map of sections (page, grid, text, …)");
  const Schema schema = make_schema();
  std::vector<std::string> seen;
  for (const auto& [key_node, value] : root.entries()) {
    const std::string key = reader.scalar(key_node, "a section name");
    if (std::find(seen.begin(), seen.end(), key) != seen.end()) {
      reader.fail(key_node, "section \"" + key + "\" is given twice");
    }
    seen.push_back(key);
    auto section =
        std::find_if(schema.begin(), schema.end(), [&](const auto& s) { return s.first == key; });
    if (section == schema.end()) {
      std::vector<std::string> known;
      for (const auto& s : schema) known.push_back(s.first);
      reader.fail(key_node, "unknown section \"" + key + "\" (known: " + key_list(known) + ")");
    }
    apply_section(style, value, section->second, key, reader);
  }
  check_geometry(style, reader);
  return style;
}

}  // namespace gongwen::style
