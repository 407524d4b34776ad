// The steps behind the subcommands: load → check → layout → write.
#pragma once

#include <string>
#include <vector>

#include "display/display_list.h"
#include "layout/document_layout.h"
#include "layout/measure/measure.h"
#include "model/check.h"
#include "model/document.h"

namespace gongwen::cli {

struct Loaded {
  model::Document document;
  std::vector<model::Diagnostic> diagnostics;  // an annual report's checks
};

// Loads a document and, for an annual report, runs its checks.
Loaded load(const std::string& input);
display::Document lay_out(const model::Document& doc, const layout::LayoutOptions& options = {});
// Lays the document out and measures the result against the grid rules.
layout::LayoutReport measure(const model::Document& doc);
// Draws the seal picture at every place layout reserved for a seal; throws
// InputError when the document declares no seal.
void draw_seal(display::Document& doc, const std::string& png);
// The PDF bytes for a laid-out document.
std::string to_pdf(const display::Document& doc);
// Which font file serves each role; throws when a document's character is not covered.
std::string describe_fonts();

}  // namespace gongwen::cli
