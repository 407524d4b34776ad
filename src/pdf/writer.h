// Writes a display list as a PDF (PoDoFo is used only inside src/pdf and
// src/sign). Fonts are subset and embedded by us; output is deterministic.
#pragma once

#include <string>

#include "display/display_list.h"

namespace gongwen::pdf {

class FontProgramCache;  // pdf/font_cache.h

struct WriteOptions {
  std::string producer = "gongwen";
  // Threads that subset and compress fonts at once (each font is
  // independent); the output is the same for any number.
  int threads = 1;
  // Programs made for an earlier document with the same glyphs are reused
  // from here (a batch of reports); nullptr: none kept.
  FontProgramCache* font_cache = nullptr;
};

// Returns the complete PDF file. Throws EnvironmentError when a font file
// cannot be read or subset.
std::string write_pdf(const display::Document& doc, const WriteOptions& options = {});

}  // namespace gongwen::pdf
