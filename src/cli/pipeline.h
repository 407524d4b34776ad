// The steps behind the subcommands: load → check → layout → write.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "display/display_list.h"
#include "font/font_set.h"
#include "layout/document_layout.h"
#include "layout/measure/measure.h"
#include "model/report/check.h"
#include "model/document/document.h"
#include "pdf/font_cache.h"
#include "style/style.h"
#include "util/stage_timer.h"

namespace gongwen::cli {

struct Loaded {
  model::Document document;
  std::vector<model::Diagnostic> diagnostics;  // an annual report's checks
};

// What every render of a process shares: the font table (faces, their
// HarfBuzz fonts and shaping caches) and the styles, each built once on first
// use. Any number of threads may render with one Resources at once.
class Resources {
 public:
  // Throws EnvironmentError when the font table cannot be built (and again
  // on the next call: a failure is not kept).
  const font::FontSet& fonts();
  // The style a document names (styles/<name>.yaml).
  const style::Style& style(const std::string& name);
  // Milliseconds it took to build the font table, 0 before.
  double fonts_ms() const { return fonts_ms_; }
  // Font programs subset for earlier reports, reused for the same glyphs.
  pdf::FontProgramCache& font_programs() { return font_programs_; }

 private:
  std::mutex fonts_mutex_;
  std::unique_ptr<font::FontSet> fonts_;
  double fonts_ms_ = 0;
  std::mutex styles_mutex_;
  std::map<std::string, std::unique_ptr<style::Style>> styles_;
  pdf::FontProgramCache font_programs_;
};

// Loads a document and, for an annual report, runs its checks.
Loaded load(const std::string& input);
display::Document lay_out(const model::Document& doc, const layout::LayoutOptions& options = {});
// Lays the document out and measures the result against the grid rules.
layout::LayoutReport measure(const model::Document& doc);
// Draws the seal picture at every place layout reserved for a seal; throws
// InputError when the document declares no seal.
void draw_seal(display::Document& doc, const std::string& png);
// The PDF bytes for a laid-out document, fonts subset on `threads` threads
// (or taken from `programs` when made before for the same glyphs).
std::string to_pdf(const display::Document& doc, int threads = 1,
                   pdf::FontProgramCache* programs = nullptr);
// Which font file serves each role; throws when a document's character is not covered.
std::string describe_fonts();

// One `gongwen render` of one input.
struct RenderJob {
  std::string input;
  std::string output;  // empty: the input's name with .pdf
  bool draft = false;  // render despite failed checks, marked 草稿
  std::string seal;    // seal picture to draw, if any
  int write_threads = 1;
  // Build the font table on a second thread while the YAML loads (a single
  // render; a batch has built it before its first report).
  bool fonts_alongside_load = false;
  // false: leave the PDF in RenderResult::pdf for the caller to write (a
  // batch writes on its own thread, so rendering never waits for the disk).
  bool write_output = true;
  // Receives each message for stderr (diagnostics, the error), in order.
  std::function<void(const std::string&)> message;
};

struct RenderResult {
  int exit_code = 0;  // 0 written, 1 the input is wrong, 2 environment
  std::string output;
  int pages = 0;
  std::size_t bytes = 0;
  util::StageTimes times;  // fonts, load, check, layout, tables, write, subset
  double output_ms = 0;    // writing the file (atomically, flushed to disk)
  std::string pdf;         // the file, when the job did not write it
};

// Never throws: every failure becomes messages and an exit code, as the
// single-file `gongwen render` has always reported them.
RenderResult render(Resources& resources, const RenderJob& job);

// The output file of `input`: beside it, or in `out_dir` when given.
std::string output_path(const std::string& input, const std::string& out_dir = {});

}  // namespace gongwen::cli
