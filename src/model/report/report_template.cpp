#include "model/report/report_template.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <set>

#include "model/document/blocks.h"
#include "model/report/report_table.h"
#include "model/yaml/suggest.h"
#include "model/document/table_grid.h"
#include "model/yaml/yaml_fields.h"
#include "util/error.h"
#include "util/utf8.h"

namespace gongwen::model {

namespace {

using Blame = YamlSource::Blame;

std::string template_path(const std::string& dir, int edition) {
  return (std::filesystem::path(dir) / ("annual-report-" + std::to_string(edition) + ".yaml"))
      .string();
}

void add_name(std::vector<std::string>& names, const std::string& name) {
  const std::string n = normalise_key(name);
  if (!n.empty() && std::find(names.begin(), names.end(), n) == names.end()) names.push_back(n);
}

TemplateColumn read_column(const YamlSource& src, const Field& field) {
  TemplateColumn column;
  if (field.node.IsScalar()) {
    column.label = read_text(src, field, "a column");
  } else {
    const MapReader map(src, field, "a column", {"label", "kind", "total"});
    column.label = read_text(src, map.required("label"), "label");
    if (auto kind = map.get("kind")) {
      const std::string k = read_text(src, *kind, "kind");
      if (k == "count")
        column.kind = NumberKind::kCount;
      else if (k == "signed")
        column.kind = NumberKind::kSigned;
      else if (k == "amount")
        column.kind = NumberKind::kAmount;
      else
        src.fail(kind->pos, "a column kind is count, signed or amount");
    }
    if (auto total = map.get("total")) column.total = read_bool(src, *total, "total");
  }
  column.key = normalise_key(column.label);
  return column;
}

std::vector<TemplateColumn> read_columns(const YamlSource& src, const Field& field) {
  std::vector<TemplateColumn> columns;
  for (const Field& c : list_items(src, field, "columns")) columns.push_back(read_column(src, c));
  if (columns.empty()) src.fail(field.pos, "a table needs at least one value column");
  return columns;
}

TemplateRow read_row(const YamlSource& src, const Field& field, int depth) {
  TemplateRow row;
  if (field.node.IsScalar()) {
    row.label = read_text(src, field, "a row label");
    add_name(row.names, strip_numbering(row.label));
    add_name(row.names, row.label);
    return row;
  }
  const MapReader map(src, field, "a row", {"label", "key", "total", "vertical", "rows"});
  row.label = read_text(src, map.required("label"), "label");
  if (auto key = map.get("key")) add_name(row.names, read_text(src, *key, "key"));
  add_name(row.names, strip_numbering(row.label));
  add_name(row.names, row.label);
  if (auto total = map.get("total")) row.total = read_bool(src, *total, "total");
  if (auto vertical = map.get("vertical")) row.vertical = read_bool(src, *vertical, "vertical");
  if (auto rows = map.get("rows")) {
    if (depth >= 4) src.fail(rows->pos, "row groups nest at most four levels");
    for (const Field& child : list_items(src, *rows, "rows")) {
      row.children.push_back(read_row(src, child, depth + 1));
    }
  }
  if (row.total && !row.children.empty())
    src.fail(field.pos, "a total row cannot have rows of its own");
  return row;
}

std::vector<TemplateRule> read_rules(const YamlSource& src, const Field& field) {
  std::vector<TemplateRule> rules;
  for (const Field& r : list_items(src, field, "rules")) {
    const MapReader map(src, r, "a rule", {"description", "left", "right"});
    TemplateRule rule;
    rule.description = read_text(src, map.required("description"), "description");
    for (const char* side : {"left", "right"}) {
      auto& paths = std::string(side) == "left" ? rule.left : rule.right;
      for (const Field& p : list_items(src, map.required(side), side)) {
        paths.push_back(normalise_key(read_text(src, p, "a row path")));
      }
    }
    rules.push_back(std::move(rule));
  }
  return rules;
}

// Builds the table once with blank numbers, so a template whose spans do
// not add up is refused when it is loaded, not when a report is printed.
void validate_table(const YamlSource& src, const Field& field, const TemplateTable& table) {
  const std::vector<TemplateLeaf> leaves = template_leaves(table);
  if (leaves.empty()) src.fail(field.pos, "the table has no rows");
  std::set<std::string> paths;
  for (const TemplateLeaf& leaf : leaves) paths.insert(leaf.path);
  for (const TemplateRule& rule : table.rules) {
    for (const auto* side : {&rule.left, &rule.right}) {
      for (const std::string& path : *side) {
        if (!paths.count(path))
          src.fail(field.pos, "rule \"" + rule.description + "\" names row \"" + path +
                                  "\", which the table does not have");
      }
    }
  }
  Table blank = build_report_table(table, [](std::size_t, std::size_t) { return TableCell{}; });
  blank.pos = field.pos;
  if (auto problem = find_grid_problem(blank)) {
    src.fail(field.pos, "the table skeleton is inconsistent: " + problem->message);
  }
}

TemplateTable read_table_template(const YamlSource& src, const Field& field) {
  const MapReader map(src, field, "a table skeleton",
                      {"kind", "name", "label_header", "label_width", "values_width", "groups",
                       "header", "label_columns", "widths", "columns", "rows", "rules"});
  TemplateTable t;
  const std::string kind = read_text(src, map.required("kind"), "kind");
  t.name = read_text(src, map.required("name"), "name");
  if (kind == "stacked") {
    t.kind = TemplateTable::Kind::kStacked;
    t.label_header = read_text(src, map.required("label_header"), "label_header");
    if (auto w = map.get("label_width")) t.label_width = read_number(src, *w, "label_width");
    if (auto w = map.get("values_width")) t.values_width = read_number(src, *w, "values_width");
    for (const Field& g : list_items(src, map.required("groups"), "groups")) {
      const MapReader gm(src, g, "a group", {"heading", "columns", "rows"});
      TemplateRow group;
      group.label = read_text(src, gm.required("heading"), "heading");
      add_name(group.names, group.label);
      group.columns = read_columns(src, gm.required("columns"));
      for (const Field& r : list_items(src, gm.required("rows"), "rows")) {
        group.children.push_back(read_row(src, r, 1));
        if (!group.children.back().children.empty())
          src.fail(r.pos, "rows of a stacked table do not nest");
      }
      t.rows.push_back(std::move(group));
    }
  } else if (kind == "matrix" || kind == "across") {
    t.kind = kind == "matrix" ? TemplateTable::Kind::kMatrix : TemplateTable::Kind::kAcross;
    for (const Field& r : list_items(src, map.required("header"), "header")) {
      TableRow row;
      row.pos = r.pos;
      for (const Field& c : list_items(src, r, "a header row"))
        row.cells.push_back(read_table_cell(src, c));
      t.header.push_back(std::move(row));
    }
    if (t.kind == TemplateTable::Kind::kMatrix) {
      t.label_columns = read_int(src, map.required("label_columns"), "label_columns", 1, 4);
    }
    t.columns = read_columns(src, map.required("columns"));
    for (const Field& r : list_items(src, map.required("rows"), "rows"))
      t.rows.push_back(read_row(src, r, 1));
    if (auto widths = map.get("widths")) {
      for (const Field& w : list_items(src, *widths, "widths"))
        t.widths.push_back(read_number(src, w, "a width"));
    }
  } else {
    src.fail(field.pos, "a table kind is stacked, matrix or across");
  }
  if (auto rules = map.get("rules")) t.rules = read_rules(src, *rules);
  validate_table(src, field, t);
  return t;
}

int section_index(const YamlSource& src, const Field& field, const ReportTemplate& t) {
  const std::string name = normalise_key(read_text(src, field, "a section"));
  for (std::size_t i = 0; i < t.sections.size(); ++i) {
    const auto& names = t.sections[i].names;
    if (std::find(names.begin(), names.end(), name) != names.end()) return static_cast<int>(i);
  }
  src.fail(field.pos, "no section is called \"" + name + "\"");
}

// The section a `table:` field names, which must have a table.
int table_section_index(const YamlSource& src, const Field& field, const ReportTemplate& t) {
  const int section = section_index(src, field, t);
  if (!t.sections[section].table) src.fail(field.pos, "that section has no table");
  return section;
}

// The leaf of `leaves` a row path names; fails at `field` when there is none.
const TemplateLeaf& leaf_named(const YamlSource& src, const Field& field,
                               const std::vector<TemplateLeaf>& leaves) {
  const std::string path = normalise_key(read_text(src, field, "a row path"));
  for (const TemplateLeaf& leaf : leaves) {
    if (leaf.path == path) return leaf;
  }
  src.fail(field.pos, "the table has no row \"" + path + "\"");
}

FeeRule read_fee_rule(const YamlSource& src, const Field& field, const ReportTemplate& t) {
  const MapReader map(src, field, "fee_rule", {"section", "keyword", "table", "rows", "mentions"});
  FeeRule rule;
  rule.section = section_index(src, map.required("section"), t);
  rule.keyword = read_text(src, map.required("keyword"), "keyword");
  rule.table_section = table_section_index(src, map.required("table"), t);
  const auto leaves = template_leaves(*t.sections[rule.table_section].table);
  for (const Field& r : list_items(src, map.required("rows"), "rows"))
    rule.rows.push_back(leaf_named(src, r, leaves).path);
  for (const Field& m : list_items(src, map.required("mentions"), "mentions")) {
    rule.mentions.push_back(read_text(src, m, "a word"));
  }
  return rule;
}

ProseFigure read_prose_figure(const YamlSource& src, const Field& field, const ReportTemplate& t) {
  const MapReader map(src, field, "a prose figure", {"words", "also", "table", "row", "column"});
  ProseFigure figure;
  for (const Field& w : list_items(src, map.required("words"), "words"))
    figure.words.push_back(read_text(src, w, "a word"));
  if (figure.words.empty()) src.fail(field.pos, "a prose figure needs at least one word");
  if (auto also = map.get("also")) figure.also = read_text(src, *also, "also");
  figure.table_section = table_section_index(src, map.required("table"), t);
  const auto leaves = template_leaves(*t.sections[figure.table_section].table);
  const TemplateLeaf& leaf = leaf_named(src, map.required("row"), leaves);
  figure.row = leaf.path;
  const Field column = map.required("column");
  const std::string name = read_text(src, column, "a column");
  const std::vector<TemplateColumn>& columns = *leaf.columns;
  const auto it = std::find_if(columns.begin(), columns.end(),
                               [&](const TemplateColumn& c) { return c.key == name; });
  if (it == columns.end()) src.fail(column.pos, "that row has no column \"" + name + "\"");
  figure.column = static_cast<int>(it - columns.begin());
  return figure;
}

}  // namespace

std::string normalise_key(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    if (text.compare(i, 3, "\xE3\x80\x80") == 0) {  // full-width space
      i += 2;
      continue;
    }
    if (c == '(')
      out += "（";
    else if (c == ')')
      out += "）";
    else
      out += c;
  }
  return out;
}

std::string strip_numbering(const std::string& label) {
  const std::u32string s = to_code_points(label);
  // Numbering forms: 一、 （一） 1. 1、 （1）
  std::size_t i = 0;
  const bool open = !s.empty() && (s[0] == U'（' || s[0] == U'(');
  if (open) ++i;
  const std::size_t start = i;
  while (i < s.size() &&
         (std::u32string_view(U"一二三四五六七八九十").find(s[i]) != std::u32string_view::npos ||
          (s[i] >= U'0' && s[i] <= U'9'))) {
    ++i;
  }
  if (i == start || i >= s.size()) return label;
  const char32_t after = s[i];
  const bool numbered = open ? (after == U'）' || after == U')')
                             : (after == U'、' || after == U'.' || after == U'．');
  if (!numbered) return label;
  return utf8::encode(std::u32string_view(s).substr(i + 1));
}

ReportTemplate load_report_template(const std::string& templates_dir, int edition) {
  const std::string path = template_path(templates_dir, edition);
  if (!std::filesystem::exists(path)) {
    throw EnvironmentError(path + ": there is no template for the " + std::to_string(edition) +
                           " edition of the annual report format");
  }
  const YamlSource src = YamlSource::from_file(path, Blame::kEnvironment);
  const Field root{src.root(), src.pos(src.root())};
  const MapReader map(src, root, "the template",
                      {"edition", "name", "basis", "years", "title_suffix", "sections", "fee_rule",
                       "prose_figures"});
  ReportTemplate t;
  t.path = path;
  t.edition = read_int(src, map.required("edition"), "edition", 1990, 2200);
  if (t.edition != edition)
    src.fail(root.pos, "the file says edition " + std::to_string(t.edition) + ", its name says " +
                           std::to_string(edition));
  t.name = read_text(src, map.required("name"), "name");
  t.basis = read_text(src, map.required("basis"), "basis");
  t.title_suffix = read_text(src, map.required("title_suffix"), "title_suffix");
  const MapReader years(src, map.required("years"), "years", {"first", "last"});
  if (auto first = years.get("first")) t.first_year = read_int(src, *first, "first", 1990, 2200);
  if (auto last = years.get("last")) t.last_year = read_int(src, *last, "last", 1990, 9999);
  for (const Field& s : list_items(src, map.required("sections"), "sections")) {
    const MapReader sm(src, s, "a section", {"heading", "table"});
    TemplateSection section;
    section.heading = read_text(src, sm.required("heading"), "heading");
    add_name(section.names, section.heading);
    add_name(section.names, strip_numbering(section.heading));
    if (auto table = sm.get("table")) section.table = read_table_template(src, *table);
    t.sections.push_back(std::move(section));
  }
  if (auto fee = map.get("fee_rule")) t.fee_rule = read_fee_rule(src, *fee, t);
  if (auto figures = map.get("prose_figures")) {
    for (const Field& f : list_items(src, *figures, "prose_figures"))
      t.prose_figures.push_back(read_prose_figure(src, f, t));
  }
  return t;
}

std::shared_ptr<const ReportTemplate> shared_report_template(const std::string& templates_dir,
                                                             int edition) {
  struct Entry {
    std::filesystem::file_time_type modified;
    std::uintmax_t size = 0;
    std::shared_ptr<const ReportTemplate> parsed;
  };
  static std::mutex mutex;
  static std::map<std::string, Entry> cache;
  const std::string path = template_path(templates_dir, edition);
  std::error_code modified_error, size_error;
  const auto modified = std::filesystem::last_write_time(path, modified_error);
  const auto size = std::filesystem::file_size(path, size_error);
  const bool known_version = !modified_error && !size_error;
  if (known_version) {
    const std::lock_guard<std::mutex> lock(mutex);
    const auto found = cache.find(path);
    if (found != cache.end() && found->second.modified == modified && found->second.size == size) {
      return found->second.parsed;
    }
  }
  auto parsed =
      std::make_shared<const ReportTemplate>(load_report_template(templates_dir, edition));
  if (known_version) {
    const std::lock_guard<std::mutex> lock(mutex);
    cache[path] = Entry{modified, size, parsed};
  }
  return parsed;
}

std::vector<int> available_editions(const std::string& templates_dir) {
  std::vector<int> editions;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(templates_dir, ec)) {
    const std::string name = entry.path().filename().string();
    const std::string prefix = "annual-report-", suffix = ".yaml";
    if (name.size() != prefix.size() + 4 + suffix.size() || name.rfind(prefix, 0) != 0 ||
        name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0) {
      continue;
    }
    const std::string digits = name.substr(prefix.size(), 4);
    if (digits.find_first_not_of("0123456789") == std::string::npos)
      editions.push_back(std::stoi(digits));
  }
  std::sort(editions.begin(), editions.end());
  return editions;
}

std::string ReportTemplate::years_text() const {
  return std::to_string(first_year) + "–" +
         (last_year < 9999 ? std::to_string(last_year) : std::string());
}

int edition_for_year(const std::string& templates_dir, int year) {
  for (int edition : available_editions(templates_dir)) {
    const auto t = shared_report_template(templates_dir, edition);
    if (year >= t->first_year && year <= t->last_year) return edition;
  }
  return 0;
}

}  // namespace gongwen::model
