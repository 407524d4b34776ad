// The typed document: what the YAML says, validated, with the source position
// of every node kept for diagnostics. No layout information lives here.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "util/source_pos.h"

namespace gongwen::model {

// 标题: explicit lines are honoured; a single line may be broken by layout.
struct Title {
  std::vector<std::string> lines;
  SourcePos pos;
};

// 一、 (level 1) （一） (level 2) 1. (level 3) （1） (level 4); text as written,
// numbering included.
struct Heading {
  int level = 1;
  std::string text;
  SourcePos pos;
};

// A heading run into its paragraph: "（一）信息公开情况。2020年度，……" where the
// lead ("（一）信息公开情况。") is set in the heading's font.
struct Paragraph {
  std::string text;
  std::string lead;    // optional run-in heading text, set before `text`
  int lead_level = 0;  // heading level of the lead (font role)
  SourcePos pos;
};

enum class Align { kStart, kCenter, kEnd };

struct TableCell {
  std::string text;
  int colspan = 1;
  int rowspan = 1;
  std::optional<Align> align;  // default: from the table style
  bool vertical = false;       // set the text as a vertical stack of characters
  SourcePos pos;
};

// Cells are listed row by row in reading order; a slot covered by a rowspan
// from an earlier row is skipped (as in HTML).
struct TableRow {
  std::vector<TableCell> cells;
  SourcePos pos;
  // Labels for the rows below it, inside the body (a stacked table's group
  // heading and column labels): its cells are column headers (TH) in the
  // tagged PDF, but unlike header_rows it is not repeated on a new page.
  bool labels = false;
};

struct Table {
  std::string caption;                // optional title line above the table
  std::vector<double> column_widths;  // relative widths; empty = automatic
  int header_rows = 0;                // leading rows repeated on continuation pages
  std::string continued;            // line above the repeated header, e.g. （续表）; "" = none
  std::vector<Align> column_align;  // body cells' default per column; empty = automatic
  std::vector<TableRow> rows;
  SourcePos pos;
};

struct ChartSeries {
  std::string name;
  std::vector<double> values;
  SourcePos pos;
};

struct Chart {
  enum class Kind { kBar, kHorizontalBar, kGroupedBar, kPie } kind = Kind::kBar;
  std::string title;
  std::vector<std::string> categories;
  std::vector<ChartSeries> series;  // one series for bar/pie
  std::string unit;
  int height_lines = 0;  // 0 = style default
  // colors: 0xRRGGBB, replacing the style's palette for this chart: one per
  // series (grouped), per category (pie), the first for a one-series bar
  // chart. At least that many when given; empty: the style's.
  std::vector<std::uint32_t> colors;
  SourcePos pos;
};

struct PageBreak {
  SourcePos pos;
};

using Block = std::variant<Heading, Paragraph, Table, Chart, PageBreak>;

// 发文机关署名 and 成文日期 (and whether a seal is pressed on them).
struct Signature {
  std::string agency;
  std::string date;  // as printed: "2021年1月23日"
  bool seal = false;
  SourcePos pos;
};

struct Document {
  std::string style = "gbt9704";  // name of the style file under styles/
  Title title;
  std::vector<Block> body;
  std::optional<Signature> signature;
  // Metadata for the PDF.
  std::string author;  // issuing agency
  std::string subject;
  std::string iso_date;     // "2021-01-23", from the 成文日期
  std::string source_file;  // the YAML it came from
};

}  // namespace gongwen::model
