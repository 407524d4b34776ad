// Entry points of the loader: a generic document or an annual report.
#include "model/load.h"

#include "model/document/generic_document.h"
#include "model/report/report.h"
#include "model/report/report_reader.h"

namespace gongwen::model {

namespace {

bool is_report(const YamlSource& src) {
  return src.root().has_key("report");
}

LoadedDocument load_source(const YamlSource& src, const std::string& templates_dir) {
  LoadedDocument loaded;
  if (is_report(src)) {
    loaded.report = read_report(src, templates_dir);
    loaded.document = expand_report(*loaded.report);
  } else {
    loaded.document = read_generic_document(src);
  }
  return loaded;
}

}  // namespace

LoadedDocument load_with_report(const std::string& path, const std::string& templates_dir) {
  return load_source(YamlSource::from_file(path), templates_dir);
}

LoadedDocument load_with_report_from_string(const std::string& yaml, const std::string& name,
                                            const std::string& templates_dir) {
  return load_source(YamlSource(yaml, name), templates_dir);
}

Document load_document(const std::string& path, const std::string& templates_dir) {
  return load_with_report(path, templates_dir).document;
}

Document load_document_from_string(const std::string& yaml, const std::string& name,
                                   const std::string& templates_dir) {
  return load_with_report_from_string(yaml, name, templates_dir).document;
}

}  // namespace gongwen::model
