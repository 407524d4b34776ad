#include "model/check.h"

#include <algorithm>
#include <regex>

#include "model/check_tables.h"

namespace gongwen::model {

namespace {

using Severity = Diagnostic::Severity;

// The prose of a list of blocks, one string per paragraph or heading.
std::vector<std::pair<std::string, SourcePos>> prose_of(const std::vector<Block>& blocks) {
  std::vector<std::pair<std::string, SourcePos>> out;
  for (const Block& b : blocks) {
    if (const auto* p = std::get_if<Paragraph>(&b)) out.emplace_back(p->lead + p->text, p->pos);
    if (const auto* h = std::get_if<Heading>(&b)) out.emplace_back(h->text, h->pos);
  }
  return out;
}

void check_sections(const Report& r, std::vector<Diagnostic>& out) {
  const SourcePos top{r.source_file, 1, 1};
  for (std::size_t i = 0; i < r.sections.size(); ++i) {
    const ReportSection& s = r.sections[i];
    const std::string& heading = s.tmpl->heading;
    if (!s.given) {
      out.push_back({Severity::kError, top,
                     "缺少第" + std::to_string(i + 1) + "部分“" + heading +
                         "”；年度报告须包含格式规定的全部六部分。" + "/ Section " + heading +
                         " is missing; the report format requires all " +
                         std::to_string(r.sections.size()) + " sections. Add \"" + heading +
                         ":\"."});
    } else if (!s.tmpl->table && s.blocks.empty()) {
      out.push_back({Severity::kWarning, s.pos,
                     "“" + heading + "”没有内容。/ Section " + heading +
                         " is empty; write what there is to report "
                         "(or say that there is nothing)."});
    }
  }
}

// What `gongwen new` writes for the user to replace: a report still holding
// it would be published with "某某市某某局" or "（请填写…）" in it.
void check_placeholders(const Report& r, std::vector<Diagnostic>& out) {
  if (r.agency.find("某某") != std::string::npos) {
    out.push_back({Severity::kWarning, r.signature.pos,
                   "发文机关仍是模板中的“" + r.agency +
                       "”，请填写本机关名称。/ The agency is still "
                       "the skeleton's placeholder \"" +
                       r.agency + "\"; write the agency's name."});
  }
  auto paragraphs = [&](const std::vector<Block>& blocks) {
    for (const Block& block : blocks) {
      const auto* p = std::get_if<Paragraph>(&block);
      if (!p || p->text.find("（请填写") == std::string::npos) continue;
      out.push_back({Severity::kWarning, p->pos,
                     "这里仍是模板的占位文字“" + p->text +
                         "”，请填写实际内容。/ This is still "
                         "the skeleton's placeholder text; write what there is to report."});
    }
  };
  paragraphs(r.preface);
  for (const ReportSection& s : r.sections) paragraphs(s.blocks);
}

// Every year a text names ("2020年"), each once, in order of appearance.
std::vector<int> years_in(const std::string& text, const std::regex& pattern) {
  std::vector<int> years;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), pattern);
       it != std::sregex_iterator(); ++it) {
    const int year = std::stoi((*it)[1].str());
    if (std::find(years.begin(), years.end(), year) == years.end()) years.push_back(year);
  }
  return years;
}

void check_years(const Report& r, std::vector<Diagnostic>& out) {
  const std::string year = std::to_string(r.year);
  std::string title;
  for (const auto& line : r.title.lines) title += line;
  for (int y : years_in(title, std::regex("(\\d{4})年"))) {
    if (y != r.year) {
      out.push_back({Severity::kError, r.title.pos,
                     "标题中的年份 " + std::to_string(y) + " 与报告年度 " + year + " (" +
                         r.year_pos.str() + ") 不一致。/ The title names the year " +
                         std::to_string(y) + ", but report.year is " + year + "."});
    }
  }
  // The statistics period: "统计期限自2020年1月1日起至2020年12月31日止".
  std::vector<std::pair<std::string, SourcePos>> prose = prose_of(r.preface);
  for (const ReportSection& s : r.sections) {
    const auto more = prose_of(s.blocks);
    prose.insert(prose.end(), more.begin(), more.end());
  }
  const std::regex period_date("(\\d{4})年(?:1月1日|12月31日)");
  for (const auto& [text, pos] : prose) {
    if (text.find("统计") == std::string::npos) continue;
    for (int y : years_in(text, period_date)) {
      if (y == r.year) continue;
      out.push_back({Severity::kError, pos,
                     "统计期限中的年份 " + std::to_string(y) + " 与报告年度 " + year + " (" +
                         r.year_pos.str() + ") 不一致。/ The statistics period names the year " +
                         std::to_string(y) + ", but the report is on " + year + "."});
    }
  }
  const int date_year = std::stoi(r.iso_date.substr(0, 4));
  const std::string date_text = r.signature.date + " (" + r.signature.pos.str() + ")";
  if (date_year <= r.year) {
    out.push_back({Severity::kError, r.signature.pos,
                   "成文日期 " + date_text + " 应在报告年度 " + year + " 结束之后。/ The date " +
                       r.iso_date + " must fall after the year reported on (" + year +
                       ") is over."});
  } else if (date_year != r.year + 1) {
    out.push_back({Severity::kWarning, r.signature.pos,
                   "成文日期 " + date_text + " 通常在报告年度的次年（" +
                       std::to_string(r.year + 1) + "年）。/ The date " + r.iso_date +
                       " is not in the year after " + year + ", when annual reports are due."});
  }
  const ReportTemplate& t = *r.tmpl;
  if (r.year < t.first_year || r.year > t.last_year) {
    out.push_back({Severity::kError, r.edition_pos,
                   std::to_string(r.year) + "年度报告不适用" + std::to_string(t.edition) +
                       "版格式（" + t.basis + "）。/ The " + std::to_string(t.edition) +
                       " edition of the format covers reports on " + t.years_text() + ", not " +
                       year +
                       "; remove report.edition to use the edition for that year, if there is "
                       "one."});
  }
}

void check_fee_statement(const Report& r, std::vector<Diagnostic>& out) {
  if (!r.tmpl->fee_rule) return;
  const FeeRule& rule = *r.tmpl->fee_rule;
  const ReportSection& target = r.sections[rule.section];
  if (!target.given) return;  // reported as a missing section
  std::string reason;
  if (const auto& table = r.sections[rule.table_section].table) {
    for (const std::string& path : rule.rows) {
      const ReportRow* row = table->find(path);
      if (!row) continue;
      for (std::size_t c = 0; c < row->values.size(); ++c) {
        const ReportValue& v = row->values[c];
        if ((*row->columns)[c].total && v.number && *v.number > 0) {
          reason = row->path + " = " + v.text + " (" + v.pos.str() + ")";
        }
      }
    }
  }
  for (std::size_t i = 0; i < r.sections.size() && reason.empty(); ++i) {
    if (static_cast<int>(i) == rule.section) continue;
    for (const auto& [text, pos] : prose_of(r.sections[i].blocks)) {
      for (const std::string& word : rule.mentions) {
        if (text.find(word) != std::string::npos) reason = "“" + word + "” (" + pos.str() + ")";
      }
    }
  }
  if (reason.empty()) return;
  for (const auto& [text, pos] : prose_of(target.blocks)) {
    (void)pos;
    if (text.find(rule.keyword) != std::string::npos) return;
  }
  out.push_back({Severity::kWarning, target.pos,
                 "报告显示涉及收费（" + reason + "），但“" + target.tmpl->heading + "”未说明" +
                     rule.keyword +
                     "的收取情况。/ The report shows that fees were involved, but section " +
                     target.tmpl->heading + " does not mention the " + rule.keyword +
                     " (information processing fee) as the " + std::to_string(r.tmpl->edition) +
                     " format asks."});
}

}  // namespace

std::vector<Diagnostic> check(const Report& report) {
  std::vector<Diagnostic> out;
  check_sections(report, out);
  check_placeholders(report, out);
  for (const ReportSection& s : report.sections) {
    if (s.table) check_table(*s.table, out);
  }
  check_years(report, out);
  check_fee_statement(report, out);
  std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::pair(a.pos.line, a.pos.column) < std::pair(b.pos.line, b.pos.column);
  });
  return out;
}

std::vector<Diagnostic> check_file(const std::string& path, const std::string& templates_dir) {
  const LoadedDocument loaded = load_with_report(path, templates_dir);
  return loaded.report ? check(*loaded.report) : std::vector<Diagnostic>{};
}

std::vector<Diagnostic> check_string(const std::string& yaml, const std::string& name,
                                     const std::string& templates_dir) {
  const LoadedDocument loaded = load_with_report_from_string(yaml, name, templates_dir);
  return loaded.report ? check(*loaded.report) : std::vector<Diagnostic>{};
}

std::string format_diagnostic(const Diagnostic& d) {
  return d.pos.str() + ": " + (d.severity == Severity::kError ? "错误 error" : "警告 warning") +
         ": " + d.message;
}

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::kError; });
}

}  // namespace gongwen::model
