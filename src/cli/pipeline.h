// The steps behind the subcommands: load → layout → write.
#pragma once

#include <string>

#include "display/display_list.h"
#include "layout/measure/measure.h"
#include "model/document.h"

namespace gongwen::cli {

model::Document load(const std::string& input);
display::Document lay_out(const model::Document& doc);
// Lays the document out and measures the result against the grid rules.
layout::LayoutReport measure(const model::Document& doc);
// The PDF bytes for a laid-out document.
std::string to_pdf(const display::Document& doc);

}  // namespace gongwen::cli
