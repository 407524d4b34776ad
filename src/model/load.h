// YAML → model::Document, with source positions and clear diagnostics.
#pragma once

#include <string>

#include "model/document/document.h"

namespace gongwen::model {

// Loads a document file. The file is either a generic document or an annual
// report (`report:` key), which is expanded through its template edition under
// `templates_dir`. Throws InputError (file:line:column) for a wrong input and
// EnvironmentError when the file cannot be read.
Document load_document(const std::string& path, const std::string& templates_dir);

// Same, from text already in memory (`name` is used in diagnostics).
Document load_document_from_string(const std::string& yaml, const std::string& name,
                                   const std::string& templates_dir);

}  // namespace gongwen::model
