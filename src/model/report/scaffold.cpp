#include "model/report/scaffold.h"

#include <algorithm>
#include <sstream>

#include "model/report/report_template.h"

namespace gongwen::model {

namespace {

// Keys are the template's Chinese labels; quote one only if YAML would
// misread it.
std::string yaml_key(const std::string& text) {
  if (text.find_first_of(":#{}[],&*!|>'\"%@`") == std::string::npos && text.front() != ' ' &&
      text.front() != '-' && text.front() != '?') {
    return text;
  }
  std::string quoted = "\"";
  for (char c : text) quoted += (c == '"' || c == '\\') ? std::string("\\") + c : std::string(1, c);
  return quoted + "\"";
}

std::string zeros(std::size_t n) {
  std::string out = "[";
  for (std::size_t i = 0; i < n; ++i) out += i ? ", 0" : "0";
  return out + "]";
}

std::string column_comment(const std::vector<TemplateColumn>& columns) {
  std::string out;
  for (const auto& c : columns) out += (out.empty() ? "" : ", ") + c.key;
  return out;
}

void write_rows(std::ostringstream& out, const std::vector<TemplateRow>& rows,
                const std::vector<TemplateColumn>& columns, int indent) {
  const std::string pad(indent, ' ');
  for (const TemplateRow& row : rows) {
    if (row.children.empty()) {
      out << pad << yaml_key(row.key()) << ": " << zeros(columns.size());
      if (row.key() != strip_numbering(row.label)) out << "  # " << row.label;
      if (row.total) out << "  # 合计行，可省略 (may be left out: computed)";
      out << "\n";
    } else {
      out << pad << yaml_key(row.key()) << ":\n";
      write_rows(out, row.children, columns, indent + 2);
    }
  }
}

void write_table(std::ostringstream& out, const TemplateTable& t) {
  if (t.kind == TemplateTable::Kind::kStacked) {
    for (const TemplateRow& group : t.rows) {
      out << "  " << yaml_key(group.key()) << ":\n";
      out << "    # " << column_comment(group.columns) << "\n";
      write_rows(out, group.children, group.columns, 4);
    }
    return;
  }
  const bool has_total =
      std::any_of(t.columns.begin(), t.columns.end(), [](const auto& c) { return c.total; });
  out << "  # " << t.columns.size() << " numbers per row: " << column_comment(t.columns) << "\n";
  if (has_total) out << "  # (总计 may be left out of each list; it is then computed.)\n";
  write_rows(out, t.rows, t.columns, 2);
}

int scaffold_year(const ReportTemplate& t) {
  return t.last_year < 9999 ? t.last_year : std::max(t.first_year, t.edition);
}

}  // namespace

std::string scaffold(int edition, const std::string& templates_dir) {
  const ReportTemplate t = load_report_template(templates_dir, edition);
  const int year = scaffold_year(t);
  const std::string y = std::to_string(year);
  std::ostringstream out;
  out << "# 政府信息公开工作年度报告 — " << t.name << "（" << t.basis << "）\n"
      << "#\n"
      << "# Fill in the agency, the dates, the prose of each section and the numbers.\n"
      << "# Numbers go under the table rows' own labels, in the order the comments give;\n"
      << "# write 0 where there were no cases. Prose is a list of paragraphs; a heading is\n"
      << "# {h2: （一）……}, a run-in heading {lead: （一）……。, p: text}, a chart {chart: …}.\n"
      << "# `gongwen check` verifies the totals and the table's 勾稽关系.\n\n"
      << "report:\n"
      << "  year: " << y << "  # 报告年度: the year reported on\n"
      << "  edition: " << edition << "  # 格式版本: follows from the year if left out\n"
      << "  agency: 某某市某某局  # 发文机关: the reporting agency\n"
      << "  # title: [某某市某某局, " << y << t.title_suffix << "]  # the default title\n"
      << "  date: " << year + 1 << "-01-20  # 成文日期\n"
      << "  seal: false  # true when the seal is pressed on the date\n\n"
      << "# Paragraphs before 一、总体情况.\n"
      << "preface:\n"
      << "  - 本报告根据《中华人民共和国政府信息公开条例》编制。\n"
      << "  - 本报告所列数据的统计期限自" << y << "年1月1日起至" << y << "年12月31日止。\n";
  for (const TemplateSection& section : t.sections) {
    out << "\n" << yaml_key(section.heading) << ":\n";
    if (section.table) {
      out << "  # Prose before the table, if any, goes under text: [paragraphs].\n";
      write_table(out, *section.table);
    } else {
      out << "  - （请填写" << strip_numbering(section.heading) << "。）\n";
    }
  }
  return out.str();
}

}  // namespace gongwen::model
