// A complete, commented annual-report YAML to start from (`gongwen new`):
// every section and every row of the edition's tables, numbers at zero.
#pragma once

#include <string>

namespace gongwen::model {

// The skeleton for `edition`, read from `templates_dir`/annual-report-<edition>.yaml.
// It loads and checks clean as it is. EnvironmentError if there is no such edition.
std::string scaffold(int edition, const std::string& templates_dir);

}  // namespace gongwen::model
