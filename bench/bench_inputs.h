// What the stage benchmarks work on: the seed report, loaded and laid out
// once per process with the project's fonts and styles.
#pragma once

#include <cstdint>
#include <set>
#include <string>

#include "display/display_list.h"
#include "font/font_set.h"
#include "model/document/document.h"
#include "style/style.h"

namespace gongwen::bench {

// GONGWEN_HOME, else the source tree the benchmarks were built from.
std::string home();
const font::FontSet& fonts();
const style::Style& style();
// input/jining-xinfang-2020.yaml.
const model::Document& seed();
const display::Document& seed_laid_out();
// The seed's longest paragraph (prose for shaping and line breaking).
const std::string& seed_paragraph();
// A table of the seed by its place among the tables (0 = the first).
const model::Table& seed_table(std::size_t index);
// Glyphs of display font `font` the laid-out seed uses.
std::set<std::uint32_t> seed_glyphs(int font);
// The display font the seed uses most glyphs of (the body font).
int seed_body_font();

}  // namespace gongwen::bench
