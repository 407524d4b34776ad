#include "cli/pipeline.h"

#include <fmt/core.h>

#include <filesystem>

#include "cli/paths.h"
#include "font/font_set.h"
#include "model/load.h"
#include "model/report.h"
#include "pdf/writer.h"
#include "style/style.h"
#include "util/error.h"

namespace gongwen::cli {
namespace {

style::Style load_style_of(const model::Document& doc) {
  return style::load_style(styles_dir() + "/" + doc.style + ".yaml");
}

}  // namespace

Loaded load(const std::string& input) {
  if (!std::filesystem::exists(input)) {
    throw EnvironmentError("cannot read " + input + ": no such file");
  }
  model::LoadedDocument loaded = model::load_with_report(input, styles_dir());
  Loaded out{std::move(loaded.document), {}};
  if (loaded.report) out.diagnostics = model::check(*loaded.report);
  return out;
}

display::Document lay_out(const model::Document& doc, const layout::LayoutOptions& options) {
  const style::Style style = load_style_of(doc);
  const font::FontSet fonts(fonts_yaml(), fonts_dir());
  return layout::layout_document(doc, style, fonts, options);
}

layout::LayoutReport measure(const model::Document& doc) {
  const style::Style style = load_style_of(doc);
  const font::FontSet fonts(fonts_yaml(), fonts_dir());
  return layout::measure_layout(layout::layout_document(doc, style, fonts), style, fonts);
}

void draw_seal(display::Document& doc, const std::string& png) {
  bool drawn = false;
  for (display::Page& page : doc.pages) {
    std::vector<display::Item> seals;
    for (const display::Item& item : page.items) {
      const auto* anchor = std::get_if<display::Anchor>(&item);
      if (anchor && anchor->name == "seal") seals.push_back(display::Image{png, anchor->rect});
    }
    drawn = drawn || !seals.empty();
    for (display::Item& s : seals) page.items.push_back(std::move(s));
  }
  if (!drawn) {
    throw InputError({},
                     "--seal: the document has no place for a seal; declare one with "
                     "`seal: true` in its signature (or report:) section");
  }
}

std::string to_pdf(const display::Document& doc) {
  pdf::WriteOptions options;
  options.producer = std::string("gongwen ") + GONGWEN_VERSION;
  return pdf::write_pdf(doc, options);
}

std::string describe_fonts() {
  const font::FontSet fonts(fonts_yaml(), fonts_dir());
  std::string out;
  for (const font::FontSet::RoleInfo& role : fonts.roles()) {
    out += fmt::format("{:<13}", role.role);
    for (size_t i = 0; i < role.faces.size(); ++i) {
      const font::Face* face = role.faces[i];
      out += fmt::format("{}{} ({}{})", i ? ", then " : "", face->family(), face->path(),
                         face->index() ? fmt::format(" #{}", face->index()) : "");
      if (face->embedding_restricted()) out += " [licence forbids embedding]";
    }
    out += "\n";
  }
  return out;
}

}  // namespace gongwen::cli
