// Checks of a report's tables: number format, totals, 勾稽关系.
// Internal to the model module.
#pragma once

#include <vector>

#include "model/report/check.h"

namespace gongwen::model {

void check_table(const ReportTable& table, std::vector<Diagnostic>& out);

}  // namespace gongwen::model
