// Reads an annual report (`report:` at the top) through its template edition.
// Internal to the model module.
#pragma once

#include <string>

#include "model/report/report.h"
#include "model/yaml/yaml_source.h"

namespace gongwen::model {

Report read_report(const YamlSource& src, const std::string& templates_dir);

}  // namespace gongwen::model
