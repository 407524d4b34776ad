#include "layout/table/cell_format.h"
#include "util/utf8.h"

#include <cctype>
#include <optional>
#include <set>

namespace gongwen::layout::table {
namespace {

std::string_view trim(std::string_view s) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  // Full-width spaces (U+3000) are common in pasted Chinese text.
  constexpr std::string_view kIdeographicSpace = "\u3000";
  while (s.starts_with(kIdeographicSpace)) s.remove_prefix(kIdeographicSpace.size());
  while (s.ends_with(kIdeographicSpace)) s.remove_suffix(kIdeographicSpace.size());
  return s;
}

bool digit(char c) {
  return std::isdigit(static_cast<unsigned char>(c)) != 0;
}

int utf8_chars(std::string_view s) {
  return static_cast<int>(utf8::count_characters(s));
}

bool is_empty_text(std::string_view text) {
  return trim(text).empty();
}

// Marks, in each body row, the leading run of text cells as row headers.
std::set<int> row_header_cells(const Grid& grid, const model::Table& table) {
  std::set<int> headers;
  for (int r = table.header_rows; r < grid.rows; ++r) {
    if (table.rows[static_cast<size_t>(r)].labels) continue;
    std::vector<int> run;
    bool reached_end = true;
    for (int c = 0; c < grid.cols; ++c) {
      const int owner = grid.owner(r, c);
      if (!run.empty() && run.back() == owner) continue;
      const std::string& text = grid.cells[static_cast<size_t>(owner)].cell->text;
      if (is_empty_text(text) || is_number(text)) {
        reached_end = false;
        break;
      }
      run.push_back(owner);
    }
    if (reached_end && !run.empty()) run.resize(1);
    headers.insert(run.begin(), run.end());
  }
  return headers;
}

// The alignment the table's `align:` gives the columns a cell spans, when
// they all agree.
std::optional<model::Align> column_align(const model::Table& table, const PlacedCell& placed) {
  if (table.column_align.empty()) return std::nullopt;
  const model::Align first = table.column_align[static_cast<size_t>(placed.col)];
  for (int c = placed.col + 1; c < placed.col_end(); ++c)
    if (table.column_align[static_cast<size_t>(c)] != first) return std::nullopt;
  return first;
}

}  // namespace

bool is_number(std::string_view text) {
  std::string_view s = trim(text);
  size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  if (i >= s.size() || !digit(s[i])) return false;
  while (i < s.size() && (digit(s[i]) || s[i] == ',')) ++i;
  if (i + 1 < s.size() && s[i] == '.' && digit(s[i + 1])) {
    ++i;
    while (i < s.size() && digit(s[i])) ++i;
  }
  if (i < s.size() && s[i] == '%') ++i;
  std::string_view unit = trim(s.substr(i));
  if (unit.empty()) return true;
  if (utf8_chars(unit) > 2) return false;
  for (char c : unit)
    if (digit(c) || c == '.' || c == ',') return false;
  return true;
}

std::vector<CellFormat> format_cells(const Grid& grid, const model::Table& table,
                                     const style::Style& style) {
  const std::set<int> row_headers = row_header_cells(grid, table);
  std::vector<CellFormat> formats;
  formats.reserve(grid.cells.size());
  for (size_t i = 0; i < grid.cells.size(); ++i) {
    const PlacedCell& placed = grid.cells[i];
    const model::TableCell& cell = *placed.cell;
    CellFormat f;
    f.vertical = cell.vertical;
    f.no_wrap = is_number(cell.text);
    bool centred = f.vertical || f.no_wrap || is_empty_text(cell.text);
    if (placed.row < table.header_rows) {
      f.role = CellRole::kColumnHeader;
      f.text = style.table_header;
      centred = true;
    } else {
      f.text = style.table;
      if (table.rows[static_cast<size_t>(placed.row)].labels) {
        f.role = CellRole::kColumnHeader;
      } else if (row_headers.count(static_cast<int>(i))) {
        f.role = CellRole::kRowHeader;
        centred = centred || placed.rowspan > 1;
      }
    }
    f.align = cell.align.value_or(centred ? model::Align::kCenter : model::Align::kStart);
    if (!cell.align && f.role != CellRole::kColumnHeader) {
      if (auto column = column_align(table, placed)) f.align = *column;
    }
    formats.push_back(f);
  }
  return formats;
}

}  // namespace gongwen::layout::table
