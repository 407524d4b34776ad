// {table: …} blocks: rows of cells with spans, header rows, widths, caption,
// continuation line, column alignment.
#include "model/document/blocks.h"
#include "model/document/table_grid.h"

namespace gongwen::model {

namespace {

// Generous bounds: enough for any real table, small enough that a typo like
// colspan: 1000000 is an error instead of a huge allocation.
constexpr int kMaxSpan = 200;

std::optional<Align> read_align(const YamlSource& src, const Field& field) {
  const std::string text = read_text(src, field, "align");
  if (text == "start" || text == "left") return Align::kStart;
  if (text == "center") return Align::kCenter;
  if (text == "end" || text == "right") return Align::kEnd;
  src.fail(field.pos,
           "align must be start, center or end (left and right also work), not \"" + text + "\"");
}

}  // namespace

TableCell read_table_cell(const YamlSource& src, const Field& field) {
  TableCell cell;
  cell.pos = field.pos;
  if (field.node.IsNull()) return cell;  // an empty cell
  if (field.node.IsScalar()) {
    cell.text = trim_spaces(field.node.Scalar());
    return cell;
  }
  if (!field.node.IsMap()) {
    src.fail(field.pos,
             "a table cell is a text or a map {text, colspan, rowspan, align, "
             "vertical}, but here it is " +
                 describe(field.node));
  }
  const MapReader map(src, field, "a table cell",
                      {"text", "colspan", "rowspan", "align", "vertical"});
  if (auto text = map.get("text")) {
    cell.text = text->node.IsNull() ? "" : trim_spaces(read_text(src, *text, "the cell's text"));
  }
  if (auto colspan = map.get("colspan"))
    cell.colspan = read_int(src, *colspan, "colspan", 1, kMaxSpan);
  if (auto rowspan = map.get("rowspan"))
    cell.rowspan = read_int(src, *rowspan, "rowspan", 1, kMaxSpan);
  if (auto align = map.get("align")) cell.align = read_align(src, *align);
  if (auto vertical = map.get("vertical")) cell.vertical = read_bool(src, *vertical, "vertical");
  return cell;
}

Table read_table(const YamlSource& src, const Field& field) {
  const MapReader map(src, field, "a table",
                      {"caption", "continued", "header_rows", "widths", "align", "rows"});
  Table table;
  table.pos = field.pos;
  if (auto caption = map.get("caption"))
    table.caption = trim_spaces(read_text(src, *caption, "caption"));
  if (auto continued = map.get("continued"))
    table.continued = trim_spaces(read_text(src, *continued, "continued"));
  if (auto header = map.get("header_rows"))
    table.header_rows = read_int(src, *header, "header_rows", 0, 50);
  if (auto widths = map.get("widths")) {
    for (const Field& w : list_items(src, *widths, "widths")) {
      const double value = read_number(src, w, "each column width");
      if (!(value > 0) || value > 1e6)
        src.fail(w.pos, "a column width must be a number larger than 0");
      table.column_widths.push_back(value);
    }
  }
  const Field rows = map.required("rows");
  for (const Field& row_field : list_items(src, rows, "rows")) {
    TableRow row;
    row.pos = row_field.pos;
    for (const Field& cell : list_items(src, row_field, "each table row (a list of cells)")) {
      row.cells.push_back(read_table_cell(src, cell));
    }
    if (row.cells.empty()) src.fail(row.pos, "this table row has no cells");
    table.rows.push_back(std::move(row));
  }
  if (auto problem = find_grid_problem(table)) src.fail(problem->pos, problem->message);
  if (auto align = map.get("align")) {
    for (const Field& a : list_items(src, *align, "align (one of start, center, end per column)"))
      table.column_align.push_back(*read_align(src, a));
    const int columns = model::grid_columns(table);
    if (static_cast<int>(table.column_align.size()) != columns) {
      src.fail(align->pos, "align lists " + std::to_string(table.column_align.size()) +
                               " columns, but the table has " + std::to_string(columns) +
                               "; give one of start, center or end for each column");
    }
  }
  return table;
}

}  // namespace gongwen::model
