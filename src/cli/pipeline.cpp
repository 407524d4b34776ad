#include "cli/pipeline.h"

#include <fmt/core.h>

#include <chrono>
#include <filesystem>
#include <future>

#include "cli/atomic_file.h"
#include "cli/paths.h"
#include "model/load.h"
#include "model/report/report.h"
#include "pdf/writer.h"
#include "util/error.h"

namespace gongwen::cli {
namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

style::Style load_style_named(const std::string& name) {
  return style::load_style(styles_dir() + "/" + name + ".yaml");
}

model::LoadedDocument load_model(const std::string& input) {
  if (!std::filesystem::exists(input)) {
    throw EnvironmentError("cannot read " + input + ": no such file");
  }
  return model::load_with_report(input, styles_dir());
}

// Prints diagnostics through `message`; returns the number of errors.
int report(const std::vector<model::Diagnostic>& diagnostics,
           const std::function<void(const std::string&)>& message) {
  int errors = 0;
  for (const model::Diagnostic& d : diagnostics) {
    message(model::format_diagnostic(d) + "\n");
    errors += d.severity == model::Diagnostic::Severity::kError;
  }
  return errors;
}

// The render itself; failures are exceptions, turned into messages by render().
int render_or_throw(Resources& resources, const RenderJob& job, RenderResult& result) {
  const util::StageSinkScope sink(&result.times);
  // The font table (fontconfig, faces) does not depend on the document:
  // build it while the YAML loads. Its errors count only after the input's.
  std::future<void> fonts;
  if (job.fonts_alongside_load) {
    fonts = std::async(std::launch::async, [&resources] { resources.fonts(); });
  }
  model::LoadedDocument loaded;
  {
    const util::StageTimer timer(util::Stage::kLoad);
    loaded = load_model(job.input);
  }
  std::vector<model::Diagnostic> diagnostics;
  if (loaded.report) {
    const util::StageTimer timer(util::Stage::kCheck);
    diagnostics = model::check(*loaded.report);
  }
  const int errors = report(diagnostics, job.message);
  if (errors > 0 && !job.draft) {
    job.message(fmt::format(
        "gongwen: error: {} has {} error(s); no PDF written. Fix them, or render a marked draft "
        "with --draft\n",
        job.input, errors));
    return 1;
  }
  result.output = job.output.empty() ? output_path(job.input) : job.output;
  const style::Style& style = resources.style(loaded.document.style);
  if (fonts.valid()) fonts.get();
  const font::FontSet& font_set = resources.fonts();
  layout::LayoutOptions options;
  options.draft = errors > 0;
  display::Document laid;
  {
    const util::StageTimer timer(util::Stage::kLayout);
    laid = layout::layout_document(loaded.document, style, font_set, options);
  }
  if (!job.seal.empty()) draw_seal(laid, job.seal);
  std::string pdf;
  {
    const util::StageTimer timer(util::Stage::kWrite);
    pdf = to_pdf(laid, job.write_threads, &resources.font_programs());
  }
  result.pages = static_cast<int>(laid.pages.size());
  result.bytes = pdf.size();
  if (!job.write_output) {
    result.pdf = std::move(pdf);
    return 0;
  }
  const Clock::time_point written = Clock::now();
  write_file_atomically(result.output, pdf);
  result.output_ms = ms_since(written);
  return 0;
}

}  // namespace

const font::FontSet& Resources::fonts() {
  const std::lock_guard<std::mutex> lock(fonts_mutex_);
  if (!fonts_) {
    const Clock::time_point start = Clock::now();
    fonts_ = std::make_unique<font::FontSet>(fonts_yaml(), fonts_dir());
    fonts_ms_ = ms_since(start);
  }
  return *fonts_;
}

const style::Style& Resources::style(const std::string& name) {
  const std::lock_guard<std::mutex> lock(styles_mutex_);
  std::unique_ptr<style::Style>& style = styles_[name];
  if (!style) {
    style = std::make_unique<style::Style>(load_style_named(name));
  }
  return *style;
}

Loaded load(const std::string& input) {
  model::LoadedDocument loaded = load_model(input);
  Loaded out{std::move(loaded.document), {}};
  if (loaded.report) out.diagnostics = model::check(*loaded.report);
  return out;
}

display::Document lay_out(const model::Document& doc, const layout::LayoutOptions& options) {
  const style::Style style = load_style_named(doc.style);
  const font::FontSet fonts(fonts_yaml(), fonts_dir());
  return layout::layout_document(doc, style, fonts, options);
}

layout::LayoutReport measure(const model::Document& doc) {
  const style::Style style = load_style_named(doc.style);
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

std::string to_pdf(const display::Document& doc, int threads, pdf::FontProgramCache* programs) {
  pdf::WriteOptions options;
  options.producer = std::string("gongwen ") + GONGWEN_VERSION;
  options.threads = threads;
  options.font_cache = programs;
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

RenderResult render(Resources& resources, const RenderJob& job) {
  RenderResult result;
  const double fonts_before = resources.fonts_ms();
  try {
    result.exit_code = render_or_throw(resources, job, result);
  } catch (const InputError& e) {
    job.message(fmt::format("gongwen: error: {}\n", e.what()));
    result.exit_code = 1;
  } catch (const EnvironmentError& e) {
    job.message(fmt::format("gongwen: error: {}\n", e.what()));
    result.exit_code = 2;
  } catch (const std::exception& e) {
    job.message(fmt::format("gongwen: internal error: {}\n", e.what()));
    result.exit_code = 2;
  }
  // The render that built the font table is the one that paid for it.
  if (fonts_before == 0) result.times[util::Stage::kFonts] = resources.fonts_ms();
  return result;
}

std::string output_path(const std::string& input, const std::string& out_dir) {
  std::filesystem::path path(input);
  path.replace_extension(".pdf");
  if (out_dir.empty()) return path.string();
  return (std::filesystem::path(out_dir) / path.filename()).string();
}

}  // namespace gongwen::cli
