// Tables built in code for the table layout tests, each cell with its own
// source line so that diagnostics can be checked.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "model/document/document.h"

namespace gongwen::layout::table::samples {

struct C {
  std::string text;
  int colspan = 1;
  int rowspan = 1;
  bool vertical = false;
};

// Cells get lines 1, 2, 3... in reading order; rows the line of their first cell.
inline model::Table make_table(const std::vector<std::vector<C>>& rows, int header_rows = 0) {
  model::Table table;
  table.header_rows = header_rows;
  table.pos = {"table.yaml", 1, 1};
  int line = 2;
  for (const std::vector<C>& cells : rows) {
    model::TableRow row;
    row.pos = {"table.yaml", line, 3};
    for (const C& c : cells) {
      model::TableCell cell;
      cell.text = c.text;
      cell.colspan = c.colspan;
      cell.rowspan = c.rowspan;
      cell.vertical = c.vertical;
      cell.pos = {"table.yaml", line++, 5};
      row.cells.push_back(std::move(cell));
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

inline std::vector<C> values(std::vector<C> labels, int count = 7) {
  for (int i = 0; i < count; ++i) labels.push_back({"0"});
  return labels;
}

// Table 三 of the 2019 template (收到和处理政府信息公开申请情况): 10 columns,
// a 3-row header, 23 body rows with nested row groups.
inline model::Table table_three() {
  std::vector<std::vector<C>> rows = {
      {{"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3},
       {"申请人情况", 7}},
      {{"自然人", 1, 2}, {"法人或其他组织", 5}, {"总计", 1, 2}},
      {{"商业企业"}, {"科研机构"}, {"社会公益组织"}, {"法律服务机构"}, {"其他"}},
      values({{"一、本年新收政府信息公开申请数量", 3}}),
      values({{"二、上年结转政府信息公开申请数量", 3}}),
      values({{"三、本年度办理结果", 1, 20, true}, {"（一）予以公开", 2}}),
      values({{"（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 2}}),
      values({{"（三）不予公开", 1, 8}, {"1.属于国家秘密"}}),
  };
  for (const char* label : {"2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”",
                            "4.保护第三方合法权益", "5.属于三类内部事务信息",
                            "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"})
    rows.push_back(values({{label}}));
  rows.push_back(values({{"（四）无法提供", 1, 3}, {"1.本机关不掌握相关政府信息"}}));
  rows.push_back(values({{"2.没有现成信息需要另行制作"}}));
  rows.push_back(values({{"3.补正后申请内容仍不明确"}}));
  rows.push_back(values({{"（五）不予处理", 1, 5}, {"1.信访举报投诉类申请"}}));
  for (const char* label : {"2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
                            "5.要求行政机关确认或重新出具已获取信息"})
    rows.push_back(values({{label}}));
  rows.push_back(values({{"（六）其他处理", 2}}));
  rows.push_back(values({{"（七）总计", 2}}));
  rows.push_back(values({{"四、结转下年度继续办理", 3}}));
  return make_table(rows, 3);
}

}  // namespace gongwen::layout::table::samples
