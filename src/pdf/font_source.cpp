#include "pdf/font_source.h"

#include <hb.h>

#include <algorithm>

#include "pdf/unicode_text.h"
#include "util/error.h"

namespace gongwen::pdf {

FontSource::FontSource(const display::Font& font) : font_(font) {
  blob_ = hb_blob_create_from_file_or_fail(font.path.c_str());
  if (blob_ == nullptr) {
    throw EnvironmentError("cannot read the font file " + font.path +
                           " (check that it exists and is readable; scripts/setup installs the "
                           "project fonts)");
  }
  const unsigned faces = hb_face_count(blob_);
  if (font.face_index < 0 || static_cast<unsigned>(font.face_index) >= std::max(faces, 1u)) {
    hb_blob_destroy(blob_);
    throw EnvironmentError("the font file " + font.path + " has no face number " +
                           std::to_string(font.face_index) + " (it has " + std::to_string(faces) +
                           ")");
  }
  face_ = hb_face_create(blob_, static_cast<unsigned>(font.face_index));
  if (hb_face_get_glyph_count(face_) == 0) {
    hb_face_destroy(face_);
    hb_blob_destroy(blob_);
    throw EnvironmentError("the font file " + font.path + " is not a usable font (no glyphs)");
  }
}

FontSource::~FontSource() {
  hb_face_destroy(face_);
  hb_blob_destroy(blob_);
}

unsigned FontSource::glyph_count() const {
  return hb_face_get_glyph_count(face_);
}

bool FontSource::has_table(const char tag[4]) const {
  hb_blob_t* table = hb_face_reference_table(face_, hb_tag_from_string(tag, 4));
  const bool present = hb_blob_get_length(table) > 0;
  hb_blob_destroy(table);
  return present;
}

std::map<std::uint32_t, char32_t> FontSource::characters_of(
    const std::set<std::uint32_t>& glyphs) const {
  std::map<std::uint32_t, char32_t> out;
  if (glyphs.empty()) return out;
  hb_font_t* font = hb_font_create(face_);
  hb_set_t* unicodes = hb_set_create();
  hb_face_collect_unicodes(face_, unicodes);
  hb_codepoint_t cp = HB_SET_VALUE_INVALID;
  while (hb_set_next(unicodes, &cp)) {  // ascending, so the first hit is the smallest
    hb_codepoint_t gid = 0;
    if (!is_mappable(cp) || !hb_font_get_nominal_glyph(font, cp, &gid)) continue;
    if (glyphs.count(gid) && !out.count(gid)) out.emplace(gid, cp);
  }
  hb_set_destroy(unicodes);
  hb_font_destroy(font);
  return out;
}

}  // namespace gongwen::pdf
