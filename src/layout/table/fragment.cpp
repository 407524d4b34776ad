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
    for (int r : rows_) row_y_.push_back(row_y_.back() + t.row_heights[static_cast<size_t>(r)]);
  }

  Block draw() {
    Block block;
    block.width = t_.width;
    block.height = row_y_.back() + t_.outer_rule / 2;
    std::vector<Item>& out = block.items;
    if (start_) {
      out.push_back(TagBegin{"Table", {}});
      caption(out);
      if (t_.header_rows > 0) section("THead", 0, t_.header_rows, out);
      body(out);
      out.push_back(TagEnd{});
      out.push_back(TagBegin{"Artifact", {}});
      rules(out);
      out.push_back(TagEnd{});
    } else {
      out.push_back(TagBegin{"Artifact", {}});
      continued(out);
      for (int r = 0; r < t_.header_rows; ++r)
        for (int cell : cells_starting(r, 0)) cell_text(cell, out);
      rules(out);
      out.push_back(TagEnd{});
      out.push_back(TagBegin{"Table", {}});
      body(out);
      out.push_back(TagEnd{});
    }
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

  // Cells whose part on this fragment starts at row r, in column order.
  std::vector<int> cells_starting(int r, int section_begin) const {
    std::vector<int> cells;
    for (int c = 0; c < t_.grid.cols; ++c) {
      const int owner = t_.grid.owner(r, c);
      const PlacedCell& cell = t_.grid.cells[static_cast<size_t>(owner)];
      if (std::max(cell.row, section_begin) != r) continue;
      if (cells.empty() || cells.back() != owner) cells.push_back(owner);
    }
    return cells;
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

  TagBegin cell_tag(int cell_index) const {
    const PlacedCell& cell = t_.grid.cells[static_cast<size_t>(cell_index)];
    const CellRole role = t_.formats[static_cast<size_t>(cell_index)].role;
    TagBegin tag{role == CellRole::kData ? "TD" : "TH", {}};
    if (role == CellRole::kColumnHeader) tag.attributes.push_back({"Scope", "Column"});
    if (role == CellRole::kRowHeader) tag.attributes.push_back({"Scope", "Row"});
    const auto [first, last] = shown_rows(cell);
    if (last - first != 1) tag.attributes.push_back({"RowSpan", std::to_string(last - first)});
    if (cell.colspan != 1) tag.attributes.push_back({"ColSpan", std::to_string(cell.colspan)});
    return tag;
  }

  void section(const char* role, int from, int to, std::vector<Item>& out) const {
    if (from >= to) return;
    out.push_back(TagBegin{role, {}});
    for (int r = from; r < to; ++r) {
      out.push_back(TagBegin{"TR", {}});
      for (int cell : cells_starting(r, from)) {
        out.push_back(cell_tag(cell));
        cell_text(cell, out);
        out.push_back(TagEnd{});
      }
      out.push_back(TagEnd{});
    }
    out.push_back(TagEnd{});
  }

  void body(std::vector<Item>& out) const { section("TBody", body_.begin, body_.end, out); }

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
