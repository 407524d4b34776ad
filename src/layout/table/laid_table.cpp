#include "layout/table/laid_table.h"

#include <cstdint>
#include <unordered_map>

#include "layout/table/column_refine.h"
#include "layout/table/column_widths.h"
#include "layout/table/row_heights.h"

namespace gongwen::layout::table {
namespace {

std::vector<Length> column_widths(const TextSetter& setter, const style::Style& style,
                                  const LaidTable& laid, const model::Table& table, Length width) {
  if (!table.column_widths.empty()) return ratio_column_widths(table.column_widths, width);
  std::vector<CellWidths> cells;
  std::vector<ContentWidths> contents;
  for (size_t i = 0; i < laid.grid.cells.size(); ++i) {
    const PlacedCell& placed = laid.grid.cells[i];
    contents.push_back(measure_cell(setter, laid.formats[i], *placed.cell));
    cells.push_back({placed.col, placed.colspan, contents.back().min + 2 * laid.padding_x,
                     contents.back().max + 2 * laid.padding_x});
  }
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
  if (!options.continued_label.empty()) {
    laid.continued = set_line(setter, style.table, model::Align::kEnd, options.continued_label,
                              table.pos, measure, pitch);
    laid.continued_height = laid.continued.height() + 2 * laid.padding_y;
  }
  return laid;
}

}  // namespace gongwen::layout::table
