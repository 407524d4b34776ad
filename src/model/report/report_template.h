// The national format of the 政府信息公开工作年度报告 as data: sections, the
// skeletons of the three tables and their consistency rules, one file per
// edition (styles/annual-report-<edition>.yaml). A new edition is a new file.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/document/document.h"

namespace gongwen::model {

// What a number cell may hold.
enum class NumberKind {
  kCount,   // a non-negative whole number (most cells)
  kSigned,  // a whole number that may be negative (本年增/减)
  kAmount,  // a non-negative amount, decimals allowed (采购总金额, 收费金额)
};

struct TemplateColumn {
  std::string label;  // as printed in the header
  std::string key;    // as named in messages (label without line breaks)
  NumberKind kind = NumberKind::kCount;
  bool total = false;  // the sum of the row's other columns
};

// A row label; one with children is a row group (its label spans them).
struct TemplateRow {
  std::string label;               // as printed: "（三）不予公开"
  std::vector<std::string> names;  // accepted YAML keys; names[0] is the key
  bool total = false;              // per column, the sum of its sibling rows
  bool vertical = false;           // label set as a vertical stack of characters
  std::vector<TemplateRow> children;
  std::vector<TemplateColumn> columns;  // stacked tables: this group's columns
  const std::string& key() const { return names.front(); }
};

// 勾稽关系 per column: the sum of the `left` rows equals the sum of the
// `right` rows. Rows are key paths from the table's top ("本年度办理结果/总计").
struct TemplateRule {
  std::string description;  // in the template's words, for messages
  std::vector<std::string> left, right;
};

struct TemplateTable {
  enum class Kind {
    kStacked,  // 表二: groups, each a full-width heading row, a column header row, its rows
    kMatrix,   // 表三: fixed header, row-label tree at the left, one row per leaf
    kAcross,   // 表四: fixed header, the leaves side by side in one data row
  } kind = Kind::kMatrix;
  std::string name;                          // "表三", for messages
  std::vector<TableRow> header;              // matrix, across
  int label_columns = 0;                     // matrix: grid columns of the row labels
  std::vector<TemplateColumn> columns;       // matrix, across: each leaf's value columns
  std::vector<TemplateRow> rows;             // matrix, across: the tree; stacked: the groups
  std::string label_header;                  // stacked: header of the label column (信息内容)
  std::vector<double> widths;                // matrix, across: relative width of every grid column
  double label_width = 1, values_width = 3;  // stacked: label column vs all value columns
  std::vector<TemplateRule> rules;
};

struct TemplateSection {
  std::string heading;             // "一、总体情况"
  std::vector<std::string> names;  // accepted YAML keys: the heading, without its numbering
  std::optional<TemplateTable> table;
};

// 2021 onwards: section 六 should report 信息处理费 whenever the report
// shows that fees were charged.
struct FeeRule {
  int section = 0;                    // index of the section that must mention it
  std::string keyword;                // 信息处理费
  int table_section = 0;              // section whose table holds `rows`
  std::vector<std::string> rows;      // rows whose 总计 > 0 mean fees were involved
  std::vector<std::string> mentions;  // words elsewhere in the prose that mean the same
};

// A figure the prose states that a table also holds: "全年新收政府信息公开
// 申请53件" must agree with 一、本年新收 … 总计. In a clause of the prose (up
// to the next ，。；、), one of `words`, then `also` (when set), then the
// first figure followed by 件 is the one compared.
struct ProseFigure {
  std::vector<std::string> words;  // 新收, 收到
  std::string also;                // 申请: "收到群众来信12件" is not about applications
  int table_section = 0;           // section whose table holds the row
  std::string row;                 // row path, as in fee_rule
  int column = 0;                  // index into the table's columns
};

struct ReportTemplate {
  int edition = 0;
  std::string name;   // 中华人民共和国政府信息公开工作年度报告格式（试行）
  std::string basis;  // 国办公开办函〔2019〕60号
  std::string path;
  int first_year = 0, last_year = 9999;  // report years this edition is for
  std::string title_suffix;              // 年度政府信息公开工作年度报告
  std::vector<TemplateSection> sections;
  std::optional<FeeRule> fee_rule;
  std::vector<ProseFigure> prose_figures;

  // The report years, for messages: "2019–2020", or "2021–" when open-ended.
  std::string years_text() const;
};

// Reads `templates_dir`/annual-report-<edition>.yaml; EnvironmentError when it
// is missing or wrong (it is part of the installation).
ReportTemplate load_report_template(const std::string& templates_dir, int edition);

// load_report_template, parsed once per process for each version of the file
// (a batch renders many reports of one edition). Safe on any thread.
std::shared_ptr<const ReportTemplate> shared_report_template(const std::string& templates_dir,
                                                             int edition);

// Editions with a template file in `templates_dir`, ascending.
std::vector<int> available_editions(const std::string& templates_dir);

// The edition whose years include `year`; 0 if none does.
int edition_for_year(const std::string& templates_dir, int year);

// The label with its leading numbering removed: "（三）不予公开" → "不予公开".
std::string strip_numbering(const std::string& label);

// Key normalisation for matching what the user typed against labels: ASCII
// parentheses become full-width, spaces and line breaks go.
std::string normalise_key(const std::string& text);

}  // namespace gongwen::model
