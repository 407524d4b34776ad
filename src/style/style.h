// The style: page geometry, the line and character grid, fonts and sizes per
// element. Read from styles/<name>.yaml; defaults follow GB/T 9704-2012.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "util/color.h"
#include "util/units.h"

namespace gongwen::style {

// A font role names a typeface family chain; see fonts/fonts.yaml.
// Roles used by layout: "title" (小标宋), "body" (仿宋), "heading1" (黑体),
// "heading2" (楷体), "heading3", "heading4", "page_number" (宋体), "latin"
// (Times-metric, for Latin letters and digits), "table", "table_header".
struct TextStyle {
  std::string role;  // font role
  Length size = 0;   // font size
  Color color;
  // Faux bold: glyph outlines are also stroked (about size/30 wide), for
  // fonts without a bold face; advances do not change, so text stays on the
  // grid. GB/T 9704 asks for no bold; some local rules want bold headings.
  bool faux_bold = false;
  friend bool operator==(const TextStyle&, const TextStyle&) = default;
};

// How full-width punctuation is set inside a line (clreq 标点挤压):
// quanjiao keeps every mark in its full cell (the 公文 grid); kaiming sets
// 。？！ full and other marks half; banjiao sets every mark half.
enum class Punctuation { kQuanjiao, kKaiming, kBanjiao };

// Title lines too long for one line: 梯形 (upper lines longer) or 菱形
// (middle lines longest), GB/T 9704 7.3.1.
enum class TitleArrangement { kTrapezoid, kDiamond };

struct Style {
  // Page and type area (版心).
  Length page_width = from_mm(210);
  Length page_height = from_mm(297);
  Length margin_top = from_mm(37);   // 天头
  Length margin_left = from_mm(28);  // 订口
  Length area_width = from_mm(156);
  Length area_height = from_mm(225);

  // Grid: lines per page and characters per line.
  int lines_per_page = 22;
  int chars_per_line = 28;
  Length line_pitch() const { return area_height / lines_per_page; }
  Length char_pitch() const { return area_width / chars_per_line; }

  int paragraph_indent_chars = 2;

  // Text styles per element.
  TextStyle title{"title", from_pt(22), {}};
  Length title_line_pitch = from_pt(35);
  TitleArrangement title_arrangement = TitleArrangement::kTrapezoid;
  // Each title line leaves at least this many title characters free at both
  // ends of the measure (no line fills the whole measure).
  int title_margin_chars = 1;
  TextStyle body{"body", from_pt(16), {}};
  TextStyle heading[4] = {{"heading1", from_pt(16), {}},
                          {"heading2", from_pt(16), {}},
                          {"heading3", from_pt(16), {}},
                          {"heading4", from_pt(16), {}}};
  TextStyle page_number{"page_number", from_pt(14), {}};
  TextStyle table{"table", from_pt(10.5), {}};
  TextStyle table_header{"table_header", from_pt(10.5), {}};
  TextStyle chart{"table", from_pt(10.5), {}};
  TextStyle chart_title{"table_header", from_pt(12), {}};
  // Fill colours of bars and pie slices, in order; ordered dark, light,
  // dark… (CIE L* 25, 61, 37, 73, 49, 85) so that neighbours differ in grey.
  std::vector<Color> chart_palette = {{30, 60, 102},   {192, 137, 27}, {143, 63, 36},
                                      {135, 190, 172}, {62, 122, 164}, {219, 212, 196}};

  // Typography options, all off for 公文 (the grid keeps every mark in its
  // cell). GB/T 15834 5.1.10 sets a line-end mark half width; clreq puts ¼ em
  // between Han and Latin letters or digits.
  Punctuation punctuation = Punctuation::kQuanjiao;
  bool line_end_punctuation_half = false;
  bool han_latin_quarter_space = false;

  // Page number "— N —": distance from the 版心 bottom to the top of the
  // dash's ink; horizontal inset in characters of the body size.
  Length page_number_gap = from_mm(7);
  int page_number_inset_chars = 1;

  // Signature block (unsealed): right inset of the signature, in characters.
  int signature_right_chars = 2;
  int date_shift_chars = 2;
  int sealed_date_right_chars = 4;

  // Tables.
  Length table_rule = from_pt(0.75);  // outer border
  Length table_inner_rule = from_pt(0.5);
  Length table_cell_padding_x = from_pt(2);
  Length table_cell_padding_y = from_pt(2);
  Length table_line_pitch = from_pt(13);  // line pitch of cell text
  Length table_space_after = from_pt(6);  // least room between a table and the text below
};

// Reads styles/<name>.yaml from the styles directory. Values not given keep
// the GB/T 9704 defaults above. Sizes accept points ("16pt"), millimetres
// ("37mm") or 字号 names ("三号"). Throws EnvironmentError naming file:line.
Style load_style(const std::string& path);

// Size of a 字号 name in points ("三号" → 16, "小四" → 12); -1 if unknown.
double zihao_to_pt(const std::string& name);

}  // namespace gongwen::style
