// The PDF objects of one embedded font: Type0 (Identity-H) → CIDFont
// (CIDFontType0 for CFF, CIDFontType2 for TrueType) → FontDescriptor →
// font program, plus /W, /CIDSet and /ToUnicode.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "pdf/font_subset.h"

namespace PoDoFo {
class PdfObject;
class PdfVecObjects;
}  // namespace PoDoFo

namespace gongwen::pdf {

struct EmbeddedFont {
  PoDoFo::PdfObject* font = nullptr;  // the Type0 font, for page resources
  // The FontFile2/FontFile3 stream, made without its data: the caller sets
  // the compressed program (set_flate_data) once it is ready.
  PoDoFo::PdfObject* program_file = nullptr;
};

EmbeddedFont embed_font(PoDoFo::PdfVecObjects& objects, const FontProgram& program,
                        const std::map<std::uint16_t, std::u32string>& to_unicode);

// /CIDSet bytes: one bit per CID present in the program, most significant
// bit first (PDF/A requires it, if present, to list every CID exactly).
std::string cid_set_bytes(const FontProgram& program);

}  // namespace gongwen::pdf
