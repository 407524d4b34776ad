#include "model/report/report_reader.h"

#include <algorithm>
#include <map>

#include "model/document/blocks.h"
#include "model/document/date.h"
#include "model/document/generic_document.h"
#include "model/report/report_table.h"
#include "model/report/report_values.h"
#include "model/yaml/suggest.h"
#include "util/error.h"

namespace gongwen::model {

namespace {

const std::vector<std::string> kReportKeys = {"year", "edition", "agency", "title",
                                              "date", "seal",    "author", "subject"};
const std::string kProseKey = "text";

struct Context {
  const YamlSource& src;
  const std::string& templates_dir;
  const Report& report;
  std::size_t section;  // index of the section being read
};

std::string join(const std::vector<std::string>& items, const std::string& separator = ", ") {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : separator) + item;
  return out;
}

const TemplateRow* find_row(const std::vector<TemplateRow>& rows, const std::string& key) {
  const std::string name = normalise_key(key);
  for (const TemplateRow& row : rows) {
    if (std::find(row.names.begin(), row.names.end(), name) != row.names.end()) return &row;
  }
  return nullptr;
}

// The same table in the other editions, for "this label belongs to the 2021
// edition" messages. Broken or missing templates just give no hint.
std::vector<std::pair<int, TemplateTable>> other_edition_tables(const Context& ctx) {
  std::vector<std::pair<int, TemplateTable>> tables;
  try {
    for (int edition : available_editions(ctx.templates_dir)) {
      if (edition == ctx.report.edition) continue;
      const auto t = shared_report_template(ctx.templates_dir, edition);
      if (ctx.section < t->sections.size() && t->sections[ctx.section].table) {
        tables.emplace_back(edition, *t->sections[ctx.section].table);
      }
    }
  } catch (const std::exception&) {
  }
  return tables;
}

const TemplateRow* find_path(const std::vector<TemplateRow>& rows,
                             const std::vector<std::string>& path) {
  const std::vector<TemplateRow>* level = &rows;
  const TemplateRow* row = nullptr;
  for (const std::string& key : path) {
    row = find_row(*level, key);
    if (!row) return nullptr;
    level = &row->children;
  }
  return row;
}

std::string edition_note(const Context& ctx) {
  return " This report uses the " + std::to_string(ctx.report.edition) + " edition (report year " +
         std::to_string(ctx.report.year) + "); `gongwen new --edition " +
         std::to_string(ctx.report.edition) + "` prints all of its rows.";
}

[[noreturn]] void unknown_row(const Context& ctx, const Field& key,
                              const std::vector<TemplateRow>& rows, std::vector<std::string> path,
                              const std::string& where) {
  path.push_back(key.node.Scalar());
  for (const auto& [edition, table] : other_edition_tables(ctx)) {
    if (find_path(table.rows, path)) {
      ctx.src.fail(key.pos,
                   "\"" + key.node.Scalar() + "\" is a row of the " + std::to_string(edition) +
                       " edition of the report format, not of the " +
                       std::to_string(ctx.report.edition) + " edition." + edition_note(ctx));
    }
  }
  std::vector<std::string> known;
  for (const TemplateRow& row : rows) known.push_back(row.key());
  std::vector<std::string> all_names;
  for (const TemplateRow& row : rows)
    all_names.insert(all_names.end(), row.names.begin(), row.names.end());
  std::string suggestion = closest_match(normalise_key(key.node.Scalar()), all_names);
  if (!suggestion.empty()) {
    for (const TemplateRow& row : rows) {
      if (std::find(row.names.begin(), row.names.end(), suggestion) != row.names.end())
        suggestion = row.key();
    }
  }
  ctx.src.fail(key.pos, "\"" + key.node.Scalar() + "\" is not a row of " + where + "." +
                            (suggestion.empty() ? "" : " Did you mean \"" + suggestion + "\"?") +
                            " The rows here are: " + join(known) + ".");
}

std::string column_list(const std::vector<TemplateColumn>& columns) {
  std::vector<std::string> keys;
  for (const auto& c : columns) keys.push_back(c.key);
  return join(keys, ", ");
}

// A leaf's numbers: all columns, or all but the total columns (then summed).
std::vector<ReportValue> read_leaf_values(const Context& ctx, const Field& field,
                                          const TemplateLeaf& leaf) {
  const auto& columns = *leaf.columns;
  const std::size_t totals =
      std::count_if(columns.begin(), columns.end(), [](const auto& c) { return c.total; });
  std::vector<Field> items;
  if (field.node.IsSequence()) {
    items = list_items(ctx.src, field, "the numbers of \"" + leaf.row->label + "\"");
  } else if (columns.size() - totals == 1 && field.node.IsScalar()) {
    items.push_back(field);
  } else {
    ctx.src.fail(field.pos, "\"" + leaf.row->label + "\" takes a list of " +
                                std::to_string(columns.size()) + " numbers [" +
                                column_list(columns) + "], but here it is " + describe(field.node));
  }
  std::vector<ReportValue> values(columns.size());
  for (auto& v : values) v.computed = true;
  if (items.size() == columns.size()) {
    for (std::size_t c = 0; c < columns.size(); ++c) values[c] = read_report_value(items[c]);
    return values;
  }
  if (totals > 0 && items.size() == columns.size() - totals) {
    std::size_t next = 0;
    for (std::size_t c = 0; c < columns.size(); ++c) {
      if (!columns[c].total) values[c] = read_report_value(items[next++]);
    }
    return values;
  }
  std::string hint;
  std::vector<std::string> path;
  for (const TemplateRow* a : leaf.ancestors) path.push_back(a->key());
  path.push_back(leaf.row->key());
  for (const auto& [edition, table] : other_edition_tables(ctx)) {
    const TemplateRow* other = find_path(table.rows, path);
    const auto& other_columns = table.kind == TemplateTable::Kind::kStacked && other
                                    ? find_path(table.rows, {path.front()})->columns
                                    : table.columns;
    if (other && other_columns.size() == items.size() && other_columns.size() != columns.size()) {
      hint = " (" + std::to_string(items.size()) + " is the count of the " +
             std::to_string(edition) + " edition: " + column_list(other_columns) + ".)" +
             edition_note(ctx);
    }
  }
  ctx.src.fail(field.pos, "\"" + leaf.row->label + "\" takes " + std::to_string(columns.size()) +
                              " numbers, in this order: " + column_list(columns) +
                              (totals ? " (the 总计 may be left out and is then computed)" : "") +
                              "; here there are " + std::to_string(items.size()) + "." + hint);
}

using GivenRows = std::map<std::string, std::pair<SourcePos, Field>>;

// Walks the user's nested maps along the template's row tree.
void read_row_tree(const Context& ctx, const Field& map, const std::vector<TemplateRow>& rows,
                   std::vector<std::string> path, const std::string& where, GivenRows& given) {
  for (const auto& [key, value] : map_entries(ctx.src, map, where)) {
    if (path.empty() && key.node.Scalar() == kProseKey) continue;
    const TemplateRow* row = find_row(rows, key.node.Scalar());
    if (!row) unknown_row(ctx, key, rows, path, where);
    std::vector<std::string> row_path = path;
    row_path.push_back(row->key());
    if (row->children.empty()) {
      given.emplace(join(row_path, "/"), std::make_pair(key.pos, value));
      continue;
    }
    if (!value.node.IsMap()) {
      std::vector<std::string> children;
      for (const auto& child : row->children) children.push_back(child.key());
      ctx.src.fail(value.pos, "\"" + row->label + "\" is a group of rows; under it write each of " +
                                  join(children) + " with its numbers");
    }
    read_row_tree(ctx, value, row->children, row_path, "\"" + row->label + "\"", given);
  }
}

ReportTable read_report_table(const Context& ctx, const Field& field, const TemplateTable& t) {
  ReportTable table;
  table.tmpl = &t;
  table.pos = field.pos;
  GivenRows given;
  read_row_tree(ctx, field, t.rows, {}, t.name, given);
  const std::vector<TemplateLeaf> leaves = template_leaves(t);
  std::vector<std::string> missing;
  for (const TemplateLeaf& leaf : leaves) {
    ReportRow row;
    row.path = leaf.path;
    row.label = leaf.row->label;
    row.columns = leaf.columns;
    row.total = leaf.row->total;
    if (row.total) {
      const TemplateRow* parent = leaf.ancestors.empty() ? nullptr : leaf.ancestors.back();
      for (const TemplateLeaf& other : leaves) {
        const bool under_parent =
            !parent || std::find(other.ancestors.begin(), other.ancestors.end(), parent) !=
                           other.ancestors.end();
        if (under_parent && !other.row->total) row.siblings.push_back(other.path);
      }
    }
    auto it = given.find(leaf.path);
    if (it != given.end()) {
      row.pos = it->second.first;
      row.values = read_leaf_values(ctx, it->second.second, leaf);
    } else {
      row.pos = table.pos;
      row.values.assign(leaf.columns->size(), ReportValue{std::nullopt, "", true, {}});
      if (!row.total) missing.push_back(leaf.path);
    }
    table.rows.push_back(std::move(row));
  }
  if (!missing.empty()) {
    ctx.src.fail(
        field.pos,
        t.name + " is missing " + std::to_string(missing.size()) +
            " row(s): " + join(missing, "; ") +
            ". Write every row, with zeros where there were no cases (totals may be left out).");
  }
  fill_totals(table);
  return table;
}

ReportSection read_section(const Context& ctx, const Field& key, const Field& value,
                           const TemplateSection& t) {
  ReportSection section;
  section.tmpl = &t;
  section.given = true;
  section.pos = key.pos;
  if (!t.table) {
    section.blocks = read_blocks(ctx.src, value, "section " + t.heading);
    return section;
  }
  if (!value.node.IsMap()) {
    ctx.src.fail(value.pos,
                 "section " + t.heading + " holds the numbers of " + t.table->name +
                     " as a map (row: [numbers]), with any prose under \"text\"; here it is " +
                     describe(value.node));
  }
  for (const auto& [k, v] : map_entries(ctx.src, value, t.heading)) {
    if (k.node.Scalar() == kProseKey) section.blocks = read_blocks(ctx.src, v, "text");
  }
  Field table_field = value;
  table_field.pos = key.pos;
  section.table = read_report_table(ctx, table_field, *t.table);
  return section;
}

void read_meta(const YamlSource& src, const Field& field, const std::string& templates_dir,
               Report& r) {
  const MapReader map(src, field, "report", kReportKeys);
  const Field year = map.required("year");
  r.year = read_int(src, year, "year (the year the report covers)", 2008, 2200);
  r.year_pos = year.pos;
  const std::vector<int> editions = available_editions(templates_dir);
  if (editions.empty()) {
    throw EnvironmentError(templates_dir +
                           ": no annual report templates (annual-report-<edition>.yaml) "
                           "here; is the styles directory right?");
  }
  if (auto edition = map.get("edition")) {
    r.edition = read_int(src, *edition, "edition", 1990, 2200);
    r.edition_given = true;
    r.edition_pos = edition->pos;
    if (std::find(editions.begin(), editions.end(), r.edition) == editions.end()) {
      std::vector<std::string> names;
      for (int e : editions) names.push_back(std::to_string(e));
      src.fail(edition->pos, "there is no " + std::to_string(r.edition) +
                                 " edition of the report format; the editions are " + join(names) +
                                 " (or leave edition out: it follows from the year)");
    }
  } else {
    r.edition = edition_for_year(templates_dir, r.year);
    r.edition_pos = year.pos;
    if (r.edition == 0) {
      std::vector<std::string> spans;
      int earliest = 9999;
      for (int e : editions) {
        const auto t = shared_report_template(templates_dir, e);
        earliest = std::min(earliest, t->first_year);
        spans.push_back(t->years_text() + " (" + std::to_string(e) + " edition)");
      }
      std::string message = "no edition of the report format covers the year " +
                            std::to_string(r.year) + "; the editions cover " + join(spans);
      if (r.year < earliest) {
        message += ". Reports before " + std::to_string(earliest) +
                   " have no national format: write one as a generic document (title: and "
                   "body:, without report:)";
      }
      src.fail(year.pos, message);
    }
  }
  r.tmpl = shared_report_template(templates_dir, r.edition);
  r.agency = trim_spaces(read_text(src, map.required("agency"), "agency (the reporting agency)"));
  if (r.agency.empty())
    src.fail(field.pos, "agency is empty; write the name of the reporting agency");
  if (auto title = map.get("title")) {
    r.title.lines = read_lines(src, *title, "the title");
    r.title.pos = title->pos;
    r.title_given = true;
  } else {
    r.title.lines = {r.agency, std::to_string(r.year) + r.tmpl->title_suffix};
    r.title.pos = field.pos;
  }
  const Field date_field = map.required("date");
  const std::string text = trim_spaces(read_text(src, date_field, "date (成文日期)"));
  const auto date = parse_date(text);
  if (!date) {
    src.fail(date_field.pos, "\"" + text +
                                 "\" is not a date; write the 成文日期 as 2021-01-23 or "
                                 "\"2021年1月23日\" (and check that the day exists)");
  }
  r.iso_date = date->iso();
  r.signature = Signature{r.agency, date->printed(), false, date_field.pos};
  if (auto seal = map.get("seal")) r.signature.seal = read_bool(src, *seal, "seal");
  r.author = r.agency;
  if (auto author = map.get("author")) r.author = trim_spaces(read_text(src, *author, "author"));
  r.subject = join(r.title.lines, "");
  if (auto subject = map.get("subject"))
    r.subject = trim_spaces(read_text(src, *subject, "subject"));
}

}  // namespace

Report read_report(const YamlSource& src, const std::string& templates_dir) {
  const Field root{src.root(), src.pos(src.root())};
  const auto entries = map_entries(src, root, "the report");
  Report r;
  r.source_file = src.name();
  for (const auto& [key, value] : entries) {
    if (key.node.Scalar() == "report") read_meta(src, value, templates_dir, r);
  }
  const ReportTemplate& t = *r.tmpl;
  for (const TemplateSection& section : t.sections) {
    r.sections.push_back(ReportSection{&section, false, root.pos, {}, std::nullopt});
  }
  std::vector<std::string> known = {"report", "preface", "style"};
  for (const TemplateSection& section : t.sections) known.push_back(section.heading);
  for (const auto& [key, value] : entries) {
    const std::string& name = key.node.Scalar();
    if (name == "report") continue;
    if (name == "style") {
      r.style = read_style_name(src, value);
      continue;
    }
    if (name == "preface") {
      r.preface = read_blocks(src, value, "preface");
      continue;
    }
    if (name == "title" || name == "body" || name == "signature") {
      src.fail(key.pos, "an annual report has no \"" + name +
                            "\" at the top: the title, agency, "
                            "date and seal go under report:, the text under the section headings");
    }
    const std::string normal = normalise_key(name);
    std::size_t index = t.sections.size();
    for (std::size_t i = 0; i < t.sections.size(); ++i) {
      const auto& names = t.sections[i].names;
      if (std::find(names.begin(), names.end(), normal) != names.end()) index = i;
    }
    if (index == t.sections.size()) {
      src.fail(key.pos, "\"" + name + "\" is not a section of the annual report." +
                            did_you_mean(name, known) + " The top-level keys are: " + join(known) +
                            ".");
    }
    if (r.sections[index].given) {
      src.fail(key.pos, "section " + t.sections[index].heading + " is given twice (first at line " +
                            std::to_string(r.sections[index].pos.line) + ")");
    }
    const Context ctx{src, templates_dir, r, index};
    r.sections[index] = read_section(ctx, key, value, t.sections[index]);
  }
  return r;
}

}  // namespace gongwen::model
