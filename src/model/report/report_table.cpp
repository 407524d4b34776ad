#include "model/report/report_table.h"

#include <numeric>

namespace gongwen::model {

namespace {

void collect_leaves(const TemplateRow& row, std::vector<const TemplateRow*>& ancestors,
                    const std::string& prefix, const std::vector<TemplateColumn>* columns,
                    std::vector<TemplateLeaf>& out) {
  const std::string path = prefix.empty() ? row.key() : prefix + "/" + row.key();
  if (row.children.empty()) {
    out.push_back(TemplateLeaf{&row, ancestors, columns, path});
    return;
  }
  ancestors.push_back(&row);
  for (const TemplateRow& child : row.children)
    collect_leaves(child, ancestors, path, columns, out);
  ancestors.pop_back();
}

int leaf_count(const TemplateRow& row) {
  if (row.children.empty()) return 1;
  int n = 0;
  for (const TemplateRow& child : row.children) n += leaf_count(child);
  return n;
}

TableCell text_cell(const std::string& text, int colspan = 1, int rowspan = 1,
                    std::optional<Align> align = std::nullopt) {
  TableCell cell;
  cell.text = text;
  cell.colspan = colspan;
  cell.rowspan = rowspan;
  cell.align = align;
  return cell;
}

// One row per leaf; a group's label cell opens with its first leaf and spans
// all of them, so the nesting of the labels is exactly the row tree.
Table build_matrix(const TemplateTable& t, const std::vector<TemplateLeaf>& leaves,
                   const std::function<TableCell(std::size_t, std::size_t)>& value) {
  Table table;
  table.rows.reserve(t.header.size() + leaves.size());
  for (const TableRow& row : t.header) table.rows.push_back(row);
  table.header_rows = static_cast<int>(t.header.size());
  table.column_widths = t.widths;
  for (std::size_t i = 0; i < leaves.size(); ++i) {
    const TemplateLeaf& leaf = leaves[i];
    TableRow row;
    for (std::size_t depth = 0; depth < leaf.ancestors.size(); ++depth) {
      const TemplateRow* group = leaf.ancestors[depth];
      const bool opens_group = i == 0 || depth >= leaves[i - 1].ancestors.size() ||
                               leaves[i - 1].ancestors[depth] != group;
      if (!opens_group) continue;
      TableCell label = text_cell(group->label, 1, leaf_count(*group));
      label.vertical = group->vertical;
      row.cells.push_back(label);
    }
    const int depth = static_cast<int>(leaf.ancestors.size());
    TableCell label = text_cell(leaf.row->label, t.label_columns - depth);
    label.vertical = leaf.row->vertical;
    row.cells.push_back(label);
    for (std::size_t c = 0; c < leaf.columns->size(); ++c) row.cells.push_back(value(i, c));
    table.rows.push_back(std::move(row));
  }
  return table;
}

Table build_across(const TemplateTable& t, const std::vector<TemplateLeaf>& leaves,
                   const std::function<TableCell(std::size_t, std::size_t)>& value) {
  Table table;
  for (const TableRow& row : t.header) table.rows.push_back(row);
  table.header_rows = static_cast<int>(t.header.size());
  table.column_widths = t.widths;
  TableRow data;
  for (std::size_t i = 0; i < leaves.size(); ++i) {
    for (std::size_t c = 0; c < leaves[i].columns->size(); ++c) data.cells.push_back(value(i, c));
  }
  table.rows.push_back(std::move(data));
  return table;
}

// Groups with 3, 2 or 1 value columns share one grid: the value area is cut
// into lcm(3, 2, 1) = 6 slots and each value cell spans its share of them.
Table build_stacked(const TemplateTable& t, const std::vector<TemplateLeaf>& /*leaves*/,
                    const std::function<TableCell(std::size_t, std::size_t)>& value) {
  int slots = 1;
  for (const TemplateRow& group : t.rows) {
    slots = std::lcm(slots, static_cast<int>(std::max<std::size_t>(1, group.columns.size())));
  }
  Table table;
  table.column_widths.push_back(t.label_width);
  for (int s = 0; s < slots; ++s) table.column_widths.push_back(t.values_width / slots);
  std::size_t leaf = 0;
  for (const TemplateRow& group : t.rows) {
    const int span = slots / static_cast<int>(std::max<std::size_t>(1, group.columns.size()));
    table.rows.push_back(
        TableRow{{text_cell(group.label, slots + 1, 1, Align::kStart)}, {}, /*labels=*/true});
    TableRow header{{text_cell(t.label_header, 1, 1, Align::kCenter)}, {}, /*labels=*/true};
    for (const TemplateColumn& column : group.columns) {
      header.cells.push_back(text_cell(column.label, span, 1, Align::kCenter));
    }
    table.rows.push_back(std::move(header));
    for (const TemplateRow& row : group.children) {
      TableRow data{{text_cell(row.label)}, {}};
      for (std::size_t c = 0; c < group.columns.size(); ++c) {
        TableCell cell = value(leaf, c);
        cell.colspan = span;
        data.cells.push_back(cell);
      }
      table.rows.push_back(std::move(data));
      ++leaf;
    }
  }
  return table;
}

}  // namespace

std::vector<TemplateLeaf> template_leaves(const TemplateTable& table) {
  std::vector<TemplateLeaf> leaves;
  std::vector<const TemplateRow*> ancestors;
  for (const TemplateRow& row : table.rows) {
    const auto* columns =
        table.kind == TemplateTable::Kind::kStacked ? &row.columns : &table.columns;
    collect_leaves(row, ancestors, "", columns, leaves);
  }
  return leaves;
}

Table build_report_table(const TemplateTable& table,
                         const std::function<TableCell(std::size_t, std::size_t)>& value) {
  const std::vector<TemplateLeaf> leaves = template_leaves(table);
  switch (table.kind) {
    case TemplateTable::Kind::kStacked:
      return build_stacked(table, leaves, value);
    case TemplateTable::Kind::kAcross:
      return build_across(table, leaves, value);
    case TemplateTable::Kind::kMatrix:
      break;
  }
  return build_matrix(table, leaves, value);
}

}  // namespace gongwen::model
