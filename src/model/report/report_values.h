// The numbers of a report table: reading a row of values, filling in the
// totals the user left out. Internal to the model module.
#pragma once

#include <string>

#include "model/report/report.h"
#include "model/yaml/yaml_fields.h"

namespace gongwen::model {

// A cell as written: a number, or kept as text ("8次") for the checks to name.
ReportValue read_report_value(const Field& field);

// Fills in every total the YAML left out: total columns of each row, then
// total rows per column, then the total column of total rows.
void fill_totals(ReportTable& table);

}  // namespace gongwen::model
