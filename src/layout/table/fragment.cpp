#include "layout/table/fragment.h"

#include <algorithm>
#include <string>

#include "layout/table/place_text.h"
#include "layout/table/rules.h"

namespace gongwen::layout::table {
namespace {

using display::Item;
using display::TagAttribute;
using display::TagBegin;
using display::TagEnd;

class FragmentDrawer {
 public:
  FragmentDrawer(const LaidTable& t, const FragmentRows& rows, bool table_start)
      : t_(t), body_(rows), start_(table_start), index_(static_cast<size_t>(t.grid.rows), -1) {
    for (int r = 0; r < t.header_rows; ++r) add_row(r);
    for (int r = rows.begin; r < rows.end; ++r) add_row(r);
    top_ = start_ ? t.caption_height : t.continued_height;
    row_y_.push_back(top_ + t.outer_rule / 2);
    // Body rows as the plan measured them: grown where a cut label needs it.
    for (int r : rows_) {
      const Length h = in_body(r) ? rows.heights[static_cast<size_t>(r - rows.begin)]
                                  : t.row_heights[static_cast<size_t>(r)];
      row_y_.push_back(row_y_.back() + h);
    }
  }

  // One table is one Table element however many pages it runs over: the
  // first fragment opens Table and TBody, the last closes them, and the rows
  // of every fragment go into that one TBody (tags may stay open across a
  // page break). What a continuation repeats — the continuation label, the
  // header rows, the labels of row groups cut by the break — is one Artifact:
  // the cells themselves were tagged where they began, with their whole
  // spans. The rules are decorations inside the Table.
  Block draw() {
    Block block;
    block.width = t_.width;
    block.height = row_y_.back() + t_.outer_rule / 2;
    std::vector<Item>& out = block.items;
    const bool has_body = t_.grid.rows > t_.header_rows;
    const bool table_end = body_.end >= t_.grid.rows;
    if (start_) {
      out.push_back(TagBegin{"Table", {}});
      caption(out);
      if (t_.header_rows > 0) {
        out.push_back(TagBegin{"THead", {}});
        for (int r = 0; r < t_.header_rows; ++r) row(r, out);
        out.push_back(TagEnd{});
      }
      if (has_body) out.push_back(TagBegin{"TBody", {}});
    } else {
      out.push_back(TagBegin{"Artifact", {}});
      continued(out);
      for (int r = 0; r < t_.header_rows; ++r)
        for (int cell : cells_beginning(r)) cell_text(cell, out);
      for (int cell : cut_cells()) cell_text(cell, out);
      out.push_back(TagEnd{});
    }
    for (int r = body_.begin; r < body_.end; ++r) row(r, out);
    if (table_end && has_body) out.push_back(TagEnd{});  // TBody
    rules(out);
    if (table_end) out.push_back(TagEnd{});  // Table
    return block;
  }

 private:
  void add_row(int r) {
    index_[static_cast<size_t>(r)] = static_cast<int>(rows_.size());
    rows_.push_back(r);
  }

  bool in_body(int r) const { return r >= t_.header_rows; }

  // The rows of `cell` shown here: [first, last).
  std::pair<int, int> shown_rows(const PlacedCell& cell) const {
    if (!in_body(cell.row)) return {cell.row, cell.row_end()};
    return {std::max(cell.row, body_.begin), std::min(cell.row_end(), body_.end)};
  }

  // Cells of row r for which `pick` holds, in column order, once each.
  template <typename Pick>
  std::vector<int> cells_of_row(int r, Pick pick) const {
    std::vector<int> cells;
    for (int c = 0; c < t_.grid.cols; ++c) {
      const int owner = t_.grid.owner(r, c);
      if (!pick(t_.grid.cells[static_cast<size_t>(owner)])) continue;
      if (cells.empty() || cells.back() != owner) cells.push_back(owner);
    }
    return cells;
  }

  // The cells that begin at row r.
  std::vector<int> cells_beginning(int r) const {
    return cells_of_row(r, [r](const PlacedCell& cell) { return cell.row == r; });
  }

  // Body cells that began on an earlier fragment and go on here: their text
  // is repeated in the part of their rows this fragment shows.
  std::vector<int> cut_cells() const {
    if (body_.begin >= body_.end) return {};
    const int first = body_.begin;
    return cells_of_row(first, [first](const PlacedCell& cell) { return cell.row < first; });
  }

  Rect inner_box(int cell_index) const {
    const PlacedCell& cell = t_.grid.cells[static_cast<size_t>(cell_index)];
    const auto [first, last] = shown_rows(cell);
    const Length x0 = t_.col_x[static_cast<size_t>(cell.col)];
    const Length x1 = t_.col_x[static_cast<size_t>(cell.col_end())];
    const Length y0 = row_y_[static_cast<size_t>(index_[static_cast<size_t>(first)])];
    const Length y1 = row_y_[static_cast<size_t>(index_[static_cast<size_t>(last - 1)] + 1)];
    return {x0 + t_.padding_x, y0 + t_.padding_y, x1 - x0 - 2 * t_.padding_x,
            y1 - y0 - 2 * t_.padding_y};
  }

  void cell_text(int cell_index, std::vector<Item>& out) const {
    const CellFormat& format = t_.formats[static_cast<size_t>(cell_index)];
    place_text(t_.texts[static_cast<size_t>(cell_index)], format.align, format.vertical,
               inner_box(cell_index), out);
  }

  // The logical cell: its whole span, even where a page break cuts it.
  TagBegin cell_tag(int cell_index) const {
    const PlacedCell& cell = t_.grid.cells[static_cast<size_t>(cell_index)];
    const CellRole role = t_.formats[static_cast<size_t>(cell_index)].role;
    TagBegin tag{role == CellRole::kData ? "TD" : "TH", {}};
    if (role == CellRole::kColumnHeader) tag.attributes.push_back({"Scope", "Column"});
    if (role == CellRole::kRowHeader) tag.attributes.push_back({"Scope", "Row"});
    if (cell.rowspan != 1) tag.attributes.push_back({"RowSpan", std::to_string(cell.rowspan)});
    if (cell.colspan != 1) tag.attributes.push_back({"ColSpan", std::to_string(cell.colspan)});
    return tag;
  }

  void row(int r, std::vector<Item>& out) const {
    out.push_back(TagBegin{"TR", {}});
    for (int cell : cells_beginning(r)) {
      out.push_back(cell_tag(cell));
      cell_text(cell, out);
      out.push_back(TagEnd{});
    }
    out.push_back(TagEnd{});
  }

  Rect line_box(Length height) const {
    return {t_.outer_rule / 2, t_.padding_y, t_.width - t_.outer_rule, height - 2 * t_.padding_y};
  }

  void caption(std::vector<Item>& out) const {
    if (t_.caption.lines.empty()) return;
    out.push_back(TagBegin{"Caption", {}});
    place_text(t_.caption, model::Align::kCenter, false, line_box(t_.caption_height), out);
    out.push_back(TagEnd{});
  }

  void continued(std::vector<Item>& out) const {
    if (t_.continued.lines.empty()) return;
    place_text(t_.continued, model::Align::kEnd, false, line_box(t_.continued_height), out);
  }

  void rules(std::vector<Item>& out) const {
    RuleGrid g{&t_.grid, rows_, row_y_, t_.col_x, t_.outer_rule, t_.inner_rule};
    for (display::Line& line : draw_rules(g)) out.push_back(std::move(line));
  }

  const LaidTable& t_;
  FragmentRows body_;
  bool start_;
  std::vector<int> index_;  // grid row → position in rows_, -1 when not shown
  std::vector<int> rows_;   // grid rows shown, top to bottom
  std::vector<Length> row_y_;
  Length top_ = 0;
};

}  // namespace

Block draw_fragment(const LaidTable& table, const FragmentRows& rows, bool table_start) {
  if (rows.empty) return Block{table.width, 0, {}};
  return FragmentDrawer(table, rows, table_start).draw();
}

}  // namespace gongwen::layout::table
