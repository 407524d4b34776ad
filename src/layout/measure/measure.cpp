#include "layout/measure/measure.h"

#include <fmt/core.h>

#include <optional>

#include "text/breaks.h"

namespace gongwen::layout {
namespace {

// One text line as found in the display list: the runs on one baseline inside
// one structure element.
struct FoundLine {
  int page = 0;
  Length baseline = 0;
  Length left = 0;
  Length right = 0;
  Length size = 0;
  std::u32string text;
  std::string role;  // structure role of the element it belongs to
  int element = 0;   // index of that element
  bool artifact = false;
  bool in_block = false;  // inside a table or figure
  int font = 0;
  std::uint32_t first_glyph = 0;
};

Length run_width(const display::GlyphRun& run) {
  Length w = 0;
  for (const display::Glyph& g : run.glyphs) w += g.advance;
  return w;
}

std::string utf8(const std::u32string& s) {
  return text::to_utf8(s);
}

bool is_han(char32_t c) {
  return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F) ||
         (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x2018 && c <= 0x201D);
}

// Walks the pages and groups glyph runs into lines per structure element.
std::vector<FoundLine> find_lines(const display::Document& doc) {
  std::vector<FoundLine> lines;
  int next_element = 0;
  struct Open {
    std::string role;
    int element;
  };
  std::vector<Open> open;  // tags may stay open across pages
  for (size_t p = 0; p < doc.pages.size(); ++p) {
    for (const display::Item& item : doc.pages[p].items) {
      if (const auto* begin = std::get_if<display::TagBegin>(&item)) {
        open.push_back({begin->role, next_element++});
      } else if (std::holds_alternative<display::TagEnd>(item)) {
        if (!open.empty()) open.pop_back();
      } else if (const auto* run = std::get_if<display::GlyphRun>(&item)) {
        bool artifact = false, in_block = false;
        for (const Open& o : open) {
          artifact |= o.role == "Artifact";
          in_block |= o.role == "Table" || o.role == "Figure";
        }
        const std::string role = open.empty() ? "" : open.back().role;
        const int element = open.empty() ? -1 : open.back().element;
        FoundLine* line = lines.empty() ? nullptr : &lines.back();
        if (!line || line->page != static_cast<int>(p) || line->baseline != run->origin.y ||
            line->element != element) {
          lines.push_back({static_cast<int>(p),
                           run->origin.y,
                           run->origin.x,
                           run->origin.x,
                           run->size,
                           {},
                           role,
                           element,
                           artifact,
                           in_block,
                           run->font,
                           run->glyphs.empty() ? 0 : run->glyphs.front().id});
          line = &lines.back();
        }
        line->left = std::min(line->left, run->origin.x);
        line->right = std::max(line->right, run->origin.x + run_width(*run));
        line->text += text::to_u32(run->text);
      }
    }
  }
  return lines;
}

// A line may hold fewer characters than the grid when pulling `shortfall`
// characters up from the next line would break a 避头尾 rule.
// The same holds when the next line starts with a word or figure that may not
// be broken within its first `shortfall` characters ("7mm。").
bool pushed_by_kinsoku(const std::u32string& next, int shortfall) {
  const size_t k = static_cast<size_t>(shortfall);
  if (next.size() <= k) return false;
  if (text::no_line_start(next[k]) || text::no_line_end(next[k - 1])) return true;
  const std::vector<bool> allowed = text::break_opportunities(next);
  for (size_t i = 1; i <= k; ++i) {
    if (allowed[i]) return false;
  }
  return true;
}

}  // namespace

LayoutReport measure_layout(const display::Document& doc, const style::Style& style,
                            const font::FontSet& fonts) {
  LayoutReport r;
  r.pages = static_cast<int>(doc.pages.size());
  r.lines_per_page.assign(doc.pages.size(), 0);
  const std::vector<FoundLine> lines = find_lines(doc);
  const Length pitch = style.line_pitch();
  const Length cell = style.char_pitch();
  // Lines fill the grid's 28 cells; the type area's edge may lie a rounding
  // unit beyond.
  const Length measure_right = style.margin_left + style.chars_per_line * style.char_pitch();
  const Length area_right = style.margin_left + style.area_width;
  const font::Face& body_face = fonts.primary(style.body.role);
  const Length body_offset =
      scale(style.body.size, body_face.ideographic_top(), body_face.units_per_em());

  auto problem = [&](const FoundLine& l, const std::string& what) {
    r.problems.push_back(fmt::format("page {}: {}: {}", l.page + 1, what, utf8(l.text)));
  };

  // The text lines alone: a paragraph running over a page break has the
  // page number (an artifact) between its two lines, which are neighbours.
  std::vector<const FoundLine*> text_lines;
  for (const FoundLine& l : lines)
    if (!l.artifact && !l.in_block && l.size == style.body.size) text_lines.push_back(&l);

  bool first_text_seen = false;
  for (size_t i = 0; i < text_lines.size(); ++i) {
    const FoundLine& l = *text_lines[i];
    const FoundLine* next = i + 1 < text_lines.size() ? text_lines[i + 1] : nullptr;
    ++r.text_lines;
    ++r.lines_per_page[l.page];
    const Length from_top = l.baseline - style.margin_top - body_offset;
    if (from_top % pitch != 0) {
      ++r.off_grid_lines;
      problem(l, "line off the grid");
    }
    if (!first_text_seen) first_text_seen = true;

    const bool first_of_element = i == 0 || text_lines[i - 1]->element != l.element;
    const bool last_of_element = !next || next->element != l.element;
    if (!first_of_element && !l.text.empty() && text::no_line_start(l.text.front())) {
      ++r.kinsoku_violations;
      problem(l, "line starts with a character that must not start a line");
    }
    if (!last_of_element && !l.text.empty() && text::no_line_end(l.text.back())) {
      ++r.kinsoku_violations;
      problem(l, "line ends with a character that must not end a line");
    }
    if (!last_of_element) {
      ++r.full_lines;
      if (l.right == measure_right) {
        ++r.full_lines_exact;
      } else {
        problem(l, fmt::format("full line ends {:.3f} pt from the measure",
                               to_pt(l.right - measure_right)));
      }
      bool all_han = true;
      for (char32_t c : l.text) all_han &= is_han(c);
      if (all_han) {
        ++r.han_full_lines;
        const int expected = first_of_element && l.role == "P"
                                 ? style.chars_per_line - style.paragraph_indent_chars
                                 : style.chars_per_line;
        const int indent_cells = static_cast<int>((l.left - style.margin_left + cell / 2) / cell);
        const int shortfall = expected - static_cast<int>(l.text.size());
        if (shortfall == 0 ||
            static_cast<int>(l.text.size()) == style.chars_per_line - indent_cells ||
            (shortfall > 0 && next && pushed_by_kinsoku(next->text, shortfall))) {
          ++r.han_full_lines_28;
        } else {
          problem(l, fmt::format("{} characters on a full line", l.text.size()));
        }
      }
    }
    if (first_of_element && l.role == "P" && r.text_left_mm == 0) {
      r.text_left_mm = to_mm(l.left - style.paragraph_indent_chars * cell);
    }
  }

  // The first line's em box top (title or body).
  for (const FoundLine& l : lines) {
    if (l.artifact || l.page != 0) continue;
    const font::Face* face = nullptr;
    for (const auto& role : fonts.roles()) {
      for (const font::Face* f : role.faces) {
        if (f->path() == doc.fonts[l.font].path && f->index() == doc.fonts[l.font].face_index) {
          face = f;
        }
      }
    }
    if (face) {
      r.first_ink_top_mm =
          to_mm(l.baseline - scale(l.size, face->ideographic_top(), face->units_per_em()));
    }
    break;
  }

  // Headings never last on a page: the last text line of each page.
  for (int p = 0; p < r.pages; ++p) {
    const FoundLine* last = nullptr;
    for (const FoundLine& l : lines) {
      if (l.page == p && !l.artifact) last = &l;
    }
    if (last && !last->in_block && last->role.size() == 2 && last->role[0] == 'H' &&
        last->role != "H1" && p + 1 < r.pages) {
      ++r.headings_last_on_page;
      problem(*last, "heading is the last line of the page");
    }
  }

  // Page numbers: artifacts below the type area.
  const font::Face& number_face = fonts.primary(style.page_number.role);
  const Length area_bottom = style.margin_top + style.area_height;
  for (const FoundLine& l : lines) {
    if (!l.artifact || l.baseline <= area_bottom) continue;
    ++r.page_numbers;
    const int dash_top =
        number_face.ink_box(l.first_glyph).value_or(font::Face::InkBox{}).y_bearing;
    const Length ink_top = l.baseline - scale(l.size, dash_top, number_face.units_per_em());
    const bool odd = (l.page + 1) % 2 == 1;
    const Length inset = style.page_number_inset_chars * cell;
    const bool side_ok = odd ? l.right == area_right - inset : l.left == style.margin_left + inset;
    const Length gap_error = ink_top - (area_bottom + style.page_number_gap);
    const bool gap_ok = gap_error >= -from_pt(0.05) && gap_error <= from_pt(0.05);
    if (side_ok && gap_ok && l.text.front() == U'\u2014' && l.text.back() == U'\u2014') {
      ++r.page_numbers_placed;
    } else {
      problem(l, fmt::format("page number misplaced (dash top {:.2f} mm below the 版心)",
                             to_mm(ink_top - area_bottom)));
    }
  }
  if (r.page_numbers != r.pages) {
    r.problems.push_back(fmt::format("{} page numbers on {} pages", r.page_numbers, r.pages));
  }
  return r;
}

std::string LayoutReport::text() const {
  std::string out;
  out += fmt::format("pages                 {}\n", pages);
  std::string per_page;
  for (size_t i = 0; i < lines_per_page.size(); ++i) {
    per_page += (i ? " " : "") + std::to_string(lines_per_page[i]);
  }
  out += fmt::format("text lines per page   {}\n", per_page);
  out += fmt::format("lines on the grid     {}/{}\n", text_lines - off_grid_lines, text_lines);
  out += fmt::format("full lines at measure {}/{}\n", full_lines_exact, full_lines);
  out += fmt::format("Han full lines 28/26  {}/{}\n", han_full_lines_28, han_full_lines);
  out += fmt::format("避头尾 violations      {}\n", kinsoku_violations);
  out += fmt::format("headings last on page {}\n", headings_last_on_page);
  out += fmt::format("page numbers placed   {}/{} (— N —, dash top 7 mm below the 版心)\n",
                     page_numbers_placed, pages);
  out += fmt::format("first line top        {:.2f} mm (版心 top 37 mm)\n", first_ink_top_mm);
  out += fmt::format("text left edge        {:.2f} mm (订口 28 mm)\n", text_left_mm);
  for (const std::string& p : problems) out += "problem: " + p + "\n";
  out += problems.empty() ? "ok\n" : fmt::format("{} problems\n", problems.size());
  return out;
}

}  // namespace gongwen::layout
