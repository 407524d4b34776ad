#include "model/report/report_values.h"

#include <cmath>
#include <cstdio>

namespace gongwen::model {

namespace {

bool looks_numeric(const std::string& text) {
  std::size_t i = text[0] == '-' ? 1 : 0;
  std::size_t digits = 0, dots = 0;
  for (; i < text.size(); ++i) {
    if (text[i] >= '0' && text[i] <= '9')
      ++digits;
    else if (text[i] == '.' && dots == 0)
      ++dots;
    else
      return false;
  }
  return digits > 0 && digits <= 15 && text.back() != '.';
}

// A sum of values; empty when any of them is not a number (the checks name
// that value, so the total stays blank rather than wrong).
ReportValue sum_of(const std::vector<const ReportValue*>& parts, const SourcePos& pos) {
  ReportValue total;
  total.computed = true;
  total.pos = pos;
  double sum = 0;
  for (const ReportValue* v : parts) {
    if (!v->number) return total;
    sum += *v->number;
  }
  total.number = sum;
  total.text = format_number(sum);
  return total;
}

bool missing(const ReportValue& v) {
  return v.computed && !v.pos.known() && v.text.empty();
}

void fill_total_columns(ReportRow& row) {
  for (std::size_t c = 0; c < row.columns->size(); ++c) {
    if (!(*row.columns)[c].total || !missing(row.values[c])) continue;
    std::vector<const ReportValue*> parts;
    for (std::size_t k = 0; k < row.columns->size(); ++k) {
      if (!(*row.columns)[k].total) parts.push_back(&row.values[k]);
    }
    row.values[c] = sum_of(parts, row.pos);
  }
}

}  // namespace

std::string format_number(double value) {
  if (std::fabs(value - std::round(value)) < 1e-9 && std::fabs(value) < 1e15) {
    return std::to_string(static_cast<long long>(std::llround(value)));
  }
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.6f", value);
  std::string text = buffer;
  while (!text.empty() && text.back() == '0') text.pop_back();
  if (!text.empty() && text.back() == '.') text.pop_back();
  return text;
}

ReportValue read_report_value(const Field& field) {
  ReportValue value;
  value.pos = field.pos;
  if (field.node.IsNull()) return value;
  value.text = field.node.IsScalar() ? trim_spaces(field.node.Scalar()) : "";
  if (!value.text.empty() && looks_numeric(value.text)) value.number = std::stod(value.text);
  return value;
}

void fill_totals(ReportTable& table) {
  for (ReportRow& row : table.rows) {
    if (!row.total) fill_total_columns(row);
  }
  for (ReportRow& row : table.rows) {
    if (!row.total) continue;
    for (std::size_t c = 0; c < row.values.size(); ++c) {
      if (!missing(row.values[c]) || (*row.columns)[c].total) continue;
      std::vector<const ReportValue*> parts;
      for (const std::string& path : row.siblings) {
        if (const ReportRow* sibling = table.find(path)) parts.push_back(&sibling->values[c]);
      }
      row.values[c] = sum_of(parts, row.pos);
    }
    fill_total_columns(row);
  }
}

const ReportRow* ReportTable::find(const std::string& path) const {
  for (const ReportRow& row : rows) {
    if (row.path == path) return &row;
  }
  return nullptr;
}

}  // namespace gongwen::model
