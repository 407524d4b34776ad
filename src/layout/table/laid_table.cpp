#include "layout/table/laid_table.h"

#include <fmt/core.h>

#include <cstdint>
#include <numeric>
#include <unordered_map>

#include "layout/table/column_refine.h"
#include "layout/table/column_widths.h"
#include "layout/table/row_heights.h"
#include "util/error.h"
#include "util/utf8.h"

namespace gongwen::layout::table {
namespace {

// The cell that cannot be set narrower than the others, quoted (its start,
// when long) for a diagnostic.
std::string widest_text(const LaidTable& laid, const std::vector<CellWidths>& cells) {
  size_t widest = 0;
  for (size_t i = 1; i < cells.size(); ++i)
    if (cells[i].min > cells[widest].min) widest = i;
  if (cells.empty()) return "";
  const std::u32string text =
      utf8::decode(laid.grid.cells[widest].cell->text, utf8::Malformed::kReplace);
  const std::string quoted =
      text.size() > 20 ? utf8::encode(text.substr(0, 20)) + "…" : utf8::encode(text);
  return fmt::format("; the widest cell that cannot be narrower is “{}”, {:.1f} mm with padding",
                     quoted, to_mm(cells[widest].min));
}

constexpr const char* kHowToFit =
    "use fewer columns, shorter numbers or labels, a smaller table text size in the style file "
    "(table.size), or other `widths:`";

// Text that cannot be broken must fit its columns: narrower, it would run
// over the rules into the neighbouring cells.
// Automatic widths give every column at least two characters too; `widths:`
// is taken as given as long as nothing overprints.
void check_minimums(const LaidTable& laid, const model::Table& table,
                    const std::vector<CellWidths>& cells,
                    const std::vector<ContentWidths>& contents, const std::vector<Length>& widths,
                    Length width) {
  if (table.column_widths.empty()) {
    const std::vector<Length> min = column_ranges(laid.grid.cols, cells).min;
    const Length need = std::accumulate(min.begin(), min.end(), Length{0});
    if (need <= width) return;
    throw InputError(
        table.pos,
        fmt::format("this table's {} columns need at least {:.1f} mm side by side, but the "
                    "measure is {:.0f} mm: their text would run into the neighbouring cells{}; {}",
                    laid.grid.cols, to_mm(need + laid.outer_rule), to_mm(laid.width),
                    widest_text(laid, cells), kHowToFit));
  }
  for (size_t i = 0; i < cells.size(); ++i) {
    const CellWidths& cell = cells[i];
    const Length need = contents[i].unbreakable + 2 * laid.padding_x;
    const Length have = std::accumulate(widths.begin() + cell.col,
                                        widths.begin() + cell.col + cell.colspan, Length{0});
    if (need <= have) continue;
    const model::TableCell& text = *laid.grid.cells[i].cell;
    throw InputError(
        table.pos,
        fmt::format("with these `widths:` column {} is {:.1f} mm wide, but its text “{}” cannot "
                    "be broken and needs {:.1f} mm with padding: it would run into the "
                    "neighbouring cells; {}",
                    cell.col + 1, to_mm(have), text.text, to_mm(need), kHowToFit));
  }
}

std::vector<Length> column_widths(const TextSetter& setter, const style::Style& style,
                                  const LaidTable& laid, const model::Table& table, Length width) {
  std::vector<CellWidths> cells;
  std::vector<ContentWidths> contents;
  for (size_t i = 0; i < laid.grid.cells.size(); ++i) {
    const PlacedCell& placed = laid.grid.cells[i];
    contents.push_back(measure_cell(setter, laid.formats[i], *placed.cell));
    cells.push_back({placed.col, placed.colspan, contents.back().min + 2 * laid.padding_x,
                     contents.back().max + 2 * laid.padding_x});
  }
  if (!table.column_widths.empty()) {
    const std::vector<Length> widths = ratio_column_widths(table.column_widths, width);
    check_minimums(laid, table, cells, contents, widths, width);
    return widths;
  }
  check_minimums(laid, table, cells, contents, {}, width);
  const std::vector<Length> widths = auto_column_widths(laid.grid.cols, cells, width);

  // Heights of cells at the widths the search tries, each set only once.
  std::unordered_map<std::uint64_t, Length> heights;
  RefineInput refine;
  refine.grid = &laid.grid;
  refine.min = column_ranges(laid.grid.cols, cells).min;
  refine.step = style.table.size / 4;
  refine.min_row = style.table_line_pitch + 2 * laid.padding_y;
  refine.cell_height = [&](int cell, Length cell_width) {
    // Text as wide as the cell or narrower, or that never wraps, keeps its
    // natural lines: no need to set it (most cells of a number table).
    const ContentWidths& content = contents[static_cast<size_t>(cell)];
    const CellFormat& format = laid.formats[static_cast<size_t>(cell)];
    if (format.vertical || format.no_wrap || cell_width - 2 * laid.padding_x >= content.max)
      return static_cast<Length>(content.lines) * style.table_line_pitch + 2 * laid.padding_y;
    const std::uint64_t key =
        (static_cast<std::uint64_t>(cell) << 40) | static_cast<std::uint64_t>(cell_width);
    auto it = heights.find(key);
    if (it != heights.end()) return it->second;
    const PlacedCell& placed = laid.grid.cells[static_cast<size_t>(cell)];
    const CellText text = set_cell(setter, laid.formats[static_cast<size_t>(cell)], *placed.cell,
                                   cell_width - 2 * laid.padding_x, style.table_line_pitch,
                                   /*balance=*/false);
    return heights[key] = text.height() + 2 * laid.padding_y;
  };
  return refine_column_widths(refine, widths);
}

// A line of text outside the grid (caption, continuation label), set like a
// cell across the whole table.
CellText set_line(const TextSetter& setter, const style::TextStyle& text, model::Align align,
                  const std::string& content, const SourcePos& pos, Length measure, Length pitch) {
  CellFormat format;
  format.text = text;
  format.align = align;
  model::TableCell cell;
  cell.text = content;
  cell.pos = pos;
  return set_cell(setter, format, cell, measure, pitch);
}

}  // namespace

LaidTable lay_out_table(const TextSetter& setter, const style::Style& style,
                        const model::Table& table, Length width, const TableOptions& options) {
  LaidTable laid;
  laid.grid = build_grid(table);
  laid.header_rows = table.header_rows;
  laid.formats = format_cells(laid.grid, table, style);
  laid.width = width;
  laid.outer_rule = style.table_rule;
  laid.inner_rule = style.table_inner_rule;
  laid.padding_x = style.table_cell_padding_x;
  laid.padding_y = style.table_cell_padding_y;
  const Length pitch = style.table_line_pitch;

  // The outer rules are centred on the grid's edges; keep their ink inside.
  const std::vector<Length> widths =
      column_widths(setter, style, laid, table, width - laid.outer_rule);
  laid.col_x.push_back(laid.outer_rule / 2);
  for (Length w : widths) laid.col_x.push_back(laid.col_x.back() + w);

  std::vector<CellHeight> needs;
  for (size_t i = 0; i < laid.grid.cells.size(); ++i) {
    const PlacedCell& placed = laid.grid.cells[i];
    const Length measure = laid.col_x[static_cast<size_t>(placed.col_end())] -
                           laid.col_x[static_cast<size_t>(placed.col)] - 2 * laid.padding_x;
    laid.texts.push_back(set_cell(setter, laid.formats[i], *placed.cell, measure, pitch));
    needs.push_back({placed.row, placed.rowspan, laid.texts.back().height() + 2 * laid.padding_y});
  }
  laid.row_heights = row_heights(laid.grid.rows, needs, pitch + 2 * laid.padding_y);

  const Length measure = width - laid.outer_rule;
  if (!table.caption.empty()) {
    laid.caption = set_line(setter, style.table_header, model::Align::kCenter, table.caption,
                            table.pos, measure, pitch);
    laid.caption_height = laid.caption.height() + 2 * laid.padding_y;
  }
  const std::string& continued =
      options.continued_label.empty() ? table.continued : options.continued_label;
  if (!continued.empty()) {
    laid.continued =
        set_line(setter, style.table, model::Align::kEnd, continued, table.pos, measure, pitch);
    laid.continued_height = laid.continued.height() + 2 * laid.padding_y;
  }
  return laid;
}

}  // namespace gongwen::layout::table
