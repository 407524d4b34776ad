// Checks of an annual report beyond its syntax: the tables' 勾稽关系 and
// totals, numbers that are whole and non-negative, years that agree, all six
// sections present, the 信息处理费 statement of the 2021 format.
#pragma once

#include <string>
#include <vector>

#include "model/report/report.h"
#include "util/source_pos.h"

namespace gongwen::model {

struct Diagnostic {
  enum class Severity { kError, kWarning };
  Severity severity = Severity::kError;
  SourcePos pos;
  std::string message;  // Chinese, then English; names every number involved with its position
};

// All diagnostics of a report, ordered by position.
std::vector<Diagnostic> check(const Report& report);

// Loads the file and checks it. Loading errors still throw (InputError,
// EnvironmentError); a generic document (not a report) has nothing to check.
std::vector<Diagnostic> check_file(const std::string& path, const std::string& templates_dir);
std::vector<Diagnostic> check_string(const std::string& yaml, const std::string& name,
                                     const std::string& templates_dir);

// "file:line:column: 错误 error: message" — one line for the command line.
std::string format_diagnostic(const Diagnostic& diagnostic);

bool has_errors(const std::vector<Diagnostic>& diagnostics);

}  // namespace gongwen::model
