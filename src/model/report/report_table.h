// From a template table's skeleton to the printed table with all its spans.
// Internal to the model module.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "model/document/document.h"
#include "model/report/report_template.h"

namespace gongwen::model {

// A row of numbers in a template table, in reading order.
struct TemplateLeaf {
  const TemplateRow* row = nullptr;
  std::vector<const TemplateRow*> ancestors;  // outermost first
  const std::vector<TemplateColumn>* columns = nullptr;
  std::string path;  // keys joined by "/"
};

std::vector<TemplateLeaf> template_leaves(const TemplateTable& table);

// Builds the printed table; `value(leaf, column)` gives each number's cell.
Table build_report_table(const TemplateTable& table,
                         const std::function<TableCell(std::size_t, std::size_t)>& value);

}  // namespace gongwen::model
