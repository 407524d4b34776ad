#include "cli/pipeline.h"

#include <filesystem>

#include "cli/paths.h"
#include "font/font_set.h"
#include "layout/document_layout.h"
#include "model/load.h"
#include "pdf/writer.h"
#include "style/style.h"
#include "util/error.h"

namespace gongwen::cli {

model::Document load(const std::string& input) {
  if (!std::filesystem::exists(input)) {
    throw EnvironmentError("cannot read " + input + ": no such file");
  }
  return model::load_document(input, styles_dir());
}

display::Document lay_out(const model::Document& doc) {
  const style::Style style = style::load_style(styles_dir() + "/" + doc.style + ".yaml");
  const font::FontSet fonts(fonts_yaml(), fonts_dir());
  return layout::layout_document(doc, style, fonts);
}

layout::LayoutReport measure(const model::Document& doc) {
  const style::Style style = style::load_style(styles_dir() + "/" + doc.style + ".yaml");
  const font::FontSet fonts(fonts_yaml(), fonts_dir());
  return layout::measure_layout(layout::layout_document(doc, style, fonts), style, fonts);
}

std::string to_pdf(const display::Document& doc) {
  pdf::WriteOptions options;
  options.producer = std::string("gongwen ") + GONGWEN_VERSION;
  return pdf::write_pdf(doc, options);
}

}  // namespace gongwen::cli
