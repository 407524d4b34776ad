// A font cut down to the glyphs a document uses, with everything the PDF
// font dictionaries need: the program bytes, the code each glyph gets in the
// content stream, the width of every code, and the descriptor metrics.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <string>

#include "pdf/font_source.h"

namespace gongwen::pdf {

struct FontProgram {
  enum class Format {
    kCidKeyedCff,  // CIDFontType0 + FontFile3/CIDFontType0C, code = CID
    kTrueType,     // CIDFontType2 + FontFile2, /CIDToGIDMap /Identity, code = glyph index
  };
  Format format = Format::kTrueType;
  std::string data;  // bare CFF table, or the whole TrueType file
  std::string postscript_name;
  std::string subset_tag;  // six capital letters derived from the glyph set
  std::string registry = "Adobe";
  std::string ordering = "Identity";
  int supplement = 0;

  std::map<std::uint32_t, std::uint16_t> code_of_glyph;  // original glyph id → code
  // Every code present in the program (.notdef included) with its advance in
  // 1/1000 em as the program itself defines it, rounded the way /W writes it.
  std::map<std::uint16_t, double> widths;

  // FontDescriptor values, in 1/1000 em.
  double bbox[4] = {0, 0, 0, 0};
  double ascent = 0;
  double descent = 0;
  double cap_height = 0;
  double italic_angle = 0;  // degrees
  double stem_v = 80;
  int flags = 4;  // Symbolic: the glyphs are not a standard Latin set
};

// Subsets with hb-subset (new glyph ids, no layout tables, no hinting).
// Throws EnvironmentError when the font forbids embedding or subsetting, is a
// variable CFF2 font or a name-keyed CFF font (a CIDFontType0C program must
// be CID-keyed, and PDF/A validators reject the alternatives), or when
// hb-subset fails; std::invalid_argument when a glyph id is beyond the
// font's glyph count. `program_ready`, when given, is called once, with the program
// bytes as soon as they are final, before the codes and widths are read back
// from them (the writer compresses them meanwhile).
FontProgram subset_font(
    const FontSource& source, const std::set<std::uint32_t>& glyphs,
    const std::function<void(const std::string& program)>& program_ready = nullptr);

}  // namespace gongwen::pdf
