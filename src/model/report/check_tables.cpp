#include "model/report/check_tables.h"

#include <cmath>

namespace gongwen::model {

namespace {

bool whole(double v) {
  return std::fabs(v - std::round(v)) < 1e-9;
}

// "99999999999999999999": shaped like a number, but with more digits than a
// double holds exactly (the reader takes at most 15).
bool too_many_digits(const std::string& text) {
  std::size_t digits = 0;
  for (std::size_t i = text[0] == '-' ? 1 : 0; i < text.size(); ++i) {
    if (text[i] >= '0' && text[i] <= '9')
      ++digits;
    else if (text[i] != '.')
      return false;
  }
  return digits > 15;
}

std::string term(const ReportTable& table, const ReportRow& row, const ReportValue& value);

// One cell of a row named by its column: "自然人 3 (file:12:34)".
std::string column_term(const ReportRow& row, const ReportValue& value) {
  const std::size_t c = static_cast<std::size_t>(&value - row.values.data());
  return (*row.columns)[c].key + " " + (value.text.empty() ? "（空）" : value.text) + " (" +
         value.pos.str() + ")";
}

// A computed total stands for the numbers it sums; they are what the user
// wrote and must fix, so messages name them: "= 予以公开 3 (f:58:5) + …".
std::string computed_parts(const ReportTable& table, const ReportRow& row,
                           const ReportValue& value) {
  const std::size_t c = static_cast<std::size_t>(&value - row.values.data());
  std::string parts;
  auto add = [&](const ReportRow& r, const ReportValue& v) {
    parts += (parts.empty() ? "" : " + ") + term(table, r, v);
  };
  if (row.total) {
    for (const std::string& path : row.siblings)
      if (const ReportRow* sibling = table.find(path)) add(*sibling, sibling->values[c]);
  } else if (c < row.columns->size() && (*row.columns)[c].total) {
    for (std::size_t k = 0; k < row.values.size(); ++k)
      if (!(*row.columns)[k].total)
        parts += (parts.empty() ? "" : " + ") + column_term(row, row.values[k]);
  }
  return parts;
}

// "本年新收政府信息公开申请数量 3 (file:12:34)"; a computed total says so
// and lists what it sums.
std::string term(const ReportTable& table, const ReportRow& row, const ReportValue& value) {
  std::string text = row.path + " " + (value.text.empty() ? "（空）" : value.text);
  if (!value.computed) return text + " (" + value.pos.str() + ")";
  const std::string parts = computed_parts(table, row, value);
  return text + "（自动合计 computed" + (parts.empty() ? ", " + value.pos.str() : " = " + parts) +
         "）";
}

// The row's values are numbers wherever the checks need them.
bool all_numbers(const std::vector<std::pair<const ReportRow*, const ReportValue*>>& terms) {
  for (const auto& [row, value] : terms) {
    (void)row;
    if (!value->number) return false;
  }
  return true;
}

SourcePos first_given(const std::vector<std::pair<const ReportRow*, const ReportValue*>>& terms) {
  for (const auto& [row, value] : terms) {
    (void)row;
    if (!value->computed) return value->pos;
  }
  return terms.empty() ? SourcePos{} : terms.front().second->pos;
}

std::string sum_text(const ReportTable& table,
                     const std::vector<std::pair<const ReportRow*, const ReportValue*>>& terms,
                     double& sum) {
  std::string text;
  sum = 0;
  for (const auto& [row, value] : terms) {
    text += (text.empty() ? "" : " + ") + term(table, *row, *value);
    sum += *value->number;
  }
  return text;
}

// A whole number as a table prints it: digits without leading zeros, a
// sign only on a negative number, no decimals ("7", not "007", "+7", "7.0").
// The cell's text is set as written, so "0.00" would reach the PDF.
bool plain_integer(const std::string& text) {
  const std::size_t start = text.starts_with("-") ? 1 : 0;
  if (start == text.size() || text.find_first_not_of("0123456789", start) != std::string::npos)
    return false;
  if (text[start] == '0') return text.size() == 1;  // "0" only: no "00", "-0", "007"
  return true;
}

void check_numbers(const ReportTable& table, std::vector<Diagnostic>& out) {
  for (const ReportRow& row : table.rows) {
    for (std::size_t c = 0; c < row.values.size(); ++c) {
      const ReportValue& v = row.values[c];
      const TemplateColumn& column = (*row.columns)[c];
      if (v.computed && v.number) continue;
      const std::string where = table.tmpl->name + " " + row.path + " / " + column.key + ": ";
      std::string problem;
      if (v.text.empty()) {
        problem =
            "单元格为空，没有案件时请填 0。/ The cell is blank; write 0 when there were no cases.";
      } else if (!v.number && too_many_digits(v.text)) {
        problem = "“" + v.text + "”位数过多（最多15位）。/ \"" + v.text +
                  "\" has more than 15 digits; no number in the report is that large.";
      } else if (!v.number) {
        problem =
            "“" + v.text + "”不是数字；数字单元格只写数字，单位写在表头。/ \"" + v.text +
            "\" is not a number; a number cell holds digits only (units belong in the header).";
      } else if (column.kind == NumberKind::kCount && (*v.number < 0 || !whole(*v.number))) {
        problem =
            "“" + v.text + "”应为非负整数。/ \"" + v.text + "\" must be a whole number, 0 or more.";
      } else if (column.kind == NumberKind::kSigned && !whole(*v.number)) {
        problem = "“" + v.text + "”应为整数。/ \"" + v.text + "\" must be a whole number.";
      } else if (column.kind != NumberKind::kAmount && !plain_integer(v.text)) {
        const std::string plain = format_number(*v.number);
        problem = "“" + v.text + "”应写作整数 " + plain + "。/ \"" + v.text +
                  "\" must be written as the whole number " + plain +
                  " (digits only, no leading zeros, decimals or plus sign).";
      } else if (column.kind == NumberKind::kAmount && *v.number < 0) {
        problem =
            "金额“" + v.text + "”不能为负数。/ The amount \"" + v.text + "\" cannot be negative.";
      }
      if (!problem.empty()) out.push_back({Diagnostic::Severity::kError, v.pos, where + problem});
    }
  }
}

// A total column equals the sum of the row's other columns.
void check_total_columns(const ReportTable& table, std::vector<Diagnostic>& out) {
  for (const ReportRow& row : table.rows) {
    for (std::size_t c = 0; c < row.values.size(); ++c) {
      if (!(*row.columns)[c].total || row.values[c].computed) continue;
      std::vector<std::pair<const ReportRow*, const ReportValue*>> parts;
      for (std::size_t k = 0; k < row.values.size(); ++k) {
        if (!(*row.columns)[k].total) parts.push_back({&row, &row.values[k]});
      }
      parts.push_back({&row, &row.values[c]});
      if (!all_numbers(parts)) continue;
      const ReportValue& total = row.values[c];
      parts.pop_back();
      double sum = 0;
      std::string sum_terms;
      for (const auto& [part_row, value] : parts) {
        sum_terms += (sum_terms.empty() ? "" : " + ") + column_term(*part_row, *value);
        sum += *value->number;
      }
      if (std::fabs(sum - *total.number) < 1e-9) continue;
      out.push_back({Diagnostic::Severity::kError, total.pos,
                     table.tmpl->name + " “" + row.path + "”行：" + (*row.columns)[c].key +
                         "应等于各列之和 " + format_number(sum) + "，实际为 " + total.text + "。" +
                         "各项：" + sum_terms + "；" + (*row.columns)[c].key + " " + total.text +
                         " (" + total.pos.str() + ")。/ Row \"" + row.path + "\": the " +
                         (*row.columns)[c].key +
                         " column must be the sum of the other columns, expected " +
                         format_number(sum) + ", found " + total.text + "."});
    }
  }
}

// A total row equals, per column, the sum of its sibling rows.
void check_total_rows(const ReportTable& table, std::vector<Diagnostic>& out) {
  for (const ReportRow& row : table.rows) {
    if (!row.total) continue;
    for (std::size_t c = 0; c < row.values.size(); ++c) {
      const ReportValue& total = row.values[c];
      if (total.computed) continue;
      std::vector<std::pair<const ReportRow*, const ReportValue*>> parts;
      for (const std::string& path : row.siblings) {
        if (const ReportRow* sibling = table.find(path))
          parts.push_back({sibling, &sibling->values[c]});
      }
      parts.push_back({&row, &total});
      if (!all_numbers(parts)) continue;
      parts.pop_back();
      double sum = 0;
      const std::string sum_terms = sum_text(table, parts, sum);
      if (std::fabs(sum - *total.number) < 1e-9) continue;
      const std::string& column = (*row.columns)[c].key;
      out.push_back({Diagnostic::Severity::kError, total.pos,
                     table.tmpl->name + " “" + column + "”列：" + row.path + "应等于各明细行之和 " +
                         format_number(sum) + "，实际为 " + total.text + " (" + total.pos.str() +
                         ")。各明细行：" + sum_terms + "。/ Column \"" + column +
                         "\": " + row.path + " must be the sum of the rows it totals, expected " +
                         format_number(sum) + ", found " + total.text + "."});
    }
  }
}

void check_rules(const ReportTable& table, std::vector<Diagnostic>& out) {
  for (const TemplateRule& rule : table.tmpl->rules) {
    const ReportRow* first = table.find(rule.left.front());
    if (!first) continue;
    for (std::size_t c = 0; c < first->values.size(); ++c) {
      std::vector<std::pair<const ReportRow*, const ReportValue*>> left, right;
      for (const auto& [paths, side] :
           {std::pair{&rule.left, &left}, std::pair{&rule.right, &right}}) {
        for (const std::string& path : *paths) {
          if (const ReportRow* r = table.find(path)) side->push_back({r, &r->values[c]});
        }
      }
      if (!all_numbers(left) || !all_numbers(right)) continue;
      double left_sum = 0, right_sum = 0;
      const std::string left_terms = sum_text(table, left, left_sum);
      const std::string right_terms = sum_text(table, right, right_sum);
      if (std::fabs(left_sum - right_sum) < 1e-9) continue;
      const std::string& column = (*first->columns)[c].key;
      std::vector<std::pair<const ReportRow*, const ReportValue*>> all = right;
      all.insert(all.end(), left.begin(), left.end());
      out.push_back({Diagnostic::Severity::kError, first_given(all),
                     table.tmpl->name + " “" + column + "”列：勾稽关系不成立（" + rule.description +
                         "）：" + left_terms + " = " + format_number(left_sum) + "，而 " +
                         right_terms + " = " + format_number(right_sum) + "。/ Column \"" + column +
                         "\": the consistency rule of the table does not hold: the first sum is " +
                         format_number(left_sum) + ", the second " + format_number(right_sum) +
                         "; they must be equal."});
    }
  }
}

}  // namespace

void check_table(const ReportTable& table, std::vector<Diagnostic>& out) {
  check_numbers(table, out);
  check_total_columns(table, out);
  check_total_rows(table, out);
  check_rules(table, out);
}

}  // namespace gongwen::model
