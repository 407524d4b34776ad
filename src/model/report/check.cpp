#include "model/report/check.h"

#include <algorithm>
#include <optional>
#include <regex>
#include <utility>

#include "model/report/check_tables.h"
#include "model/yaml/yaml_fields.h"

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

// The prose of the whole report: preface, then each section.
std::vector<std::pair<std::string, SourcePos>> report_prose(const Report& r) {
  std::vector<std::pair<std::string, SourcePos>> prose = prose_of(r.preface);
  for (const ReportSection& s : r.sections) {
    const auto more = prose_of(s.blocks);
    prose.insert(prose.end(), more.begin(), more.end());
  }
  return prose;
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
  const std::regex period_date("(\\d{4})年(?:1月1日|12月31日)");
  for (const auto& [text, pos] : report_prose(r)) {
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

// The clauses of a text: the pieces between ，。；、：！？ (the figures a
// sentence lists are one to a clause).
std::vector<std::string> clauses_of(const std::string& text) {
  static const char* const kStops[] = {"，", "。", "；", "、", "：", "！", "？"};
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t stop = 0;
    for (const char* mark : kStops) {
      if (text.compare(i, 3, mark) == 0) stop = 3;
    }
    if (stop == 0) {
      ++i;
      continue;
    }
    if (i > start) out.push_back(text.substr(start, i - start));
    i += stop;
    start = i;
  }
  if (start < text.size()) out.push_back(text.substr(start));
  return out;
}

// The first count written with 件 at or after `from`: its digits (ASCII or
// full-width) and value; nullopt when there is none.
std::optional<std::pair<std::string, double>> count_after(const std::string& clause,
                                                          std::size_t from) {
  static const std::string kUnit = "件";
  for (std::size_t at = clause.find(kUnit, from); at != std::string::npos;
       at = clause.find(kUnit, at + kUnit.size())) {
    std::size_t start = at;
    double value = 0, scale = 1;
    while (start > from) {
      const unsigned char last = static_cast<unsigned char>(clause[start - 1]);
      if (last >= '0' && last <= '9') {
        value += (last - '0') * scale;
        start -= 1;
      } else if (start - from >= 3 && clause.compare(start - 3, 2, "\xEF\xBC") == 0 &&
                 static_cast<unsigned char>(clause[start - 1]) >= 0x90 &&
                 static_cast<unsigned char>(clause[start - 1]) <= 0x99) {  // ０–９
        value += (static_cast<unsigned char>(clause[start - 1]) - 0x90) * scale;
        start -= 3;
      } else {
        break;
      }
      scale *= 10;
    }
    if (start < at) return std::make_pair(clause.substr(start, at - start), value);
  }
  return std::nullopt;
}

void check_prose_figures(const Report& r, std::vector<Diagnostic>& out) {
  const std::vector<std::pair<std::string, SourcePos>> prose = report_prose(r);
  for (const ProseFigure& figure : r.tmpl->prose_figures) {
    const auto& table = r.sections[figure.table_section].table;
    const ReportRow* row = table ? table->find(figure.row) : nullptr;
    if (!row || figure.column >= static_cast<int>(row->values.size())) continue;
    const ReportValue& cell = row->values[static_cast<std::size_t>(figure.column)];
    if (!cell.number) continue;  // a blank or text cell: the table checks report it
    for (const auto& [text, pos] : prose) {
      for (const std::string& clause : clauses_of(text)) {
        // After the first of the words the clause holds.
        std::size_t first = std::string::npos, after = 0;
        for (const std::string& word : figure.words) {
          const std::size_t at = clause.find(word);
          if (at < first) {
            first = at;
            after = at + word.size();
          }
        }
        if (first == std::string::npos) continue;
        if (!figure.also.empty()) {
          const std::size_t also = clause.find(figure.also, after);
          if (also == std::string::npos) continue;
          after = also + figure.also.size();
        }
        const auto count = count_after(clause, after);
        if (!count || count->second == *cell.number) continue;
        const std::string& column = (*row->columns)[static_cast<std::size_t>(figure.column)].key;
        const std::string where = cell.computed ? "" : " (" + cell.pos.str() + ")";
        out.push_back({Severity::kWarning, pos,
                       "正文“" + abbreviate(clause) + "”中的 " + count->first + " 件与" +
                           table->tmpl->name + "“" + row->label + "”" + column + " " + cell.text +
                           where + " 不一致。/ The prose says " + count->first + " (\"" +
                           abbreviate(clause) + "\"), but " + table->tmpl->name + " row \"" +
                           row->path + "\", column " + column + " holds " + cell.text + where +
                           "; correct one of them."});
      }
    }
  }
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
  check_prose_figures(report, out);
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
