// A font file opened for embedding: the HarfBuzz face of one face of the file
// (the face index picks the member of a .ttc collection).
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>

#include "display/display_list.h"

// HarfBuzz's handles, declared only: users of pdf/ never see HarfBuzz.
struct hb_blob_t;
struct hb_face_t;

namespace gongwen::pdf {

class FontSource {
 public:
  // Throws EnvironmentError when the file is missing, unreadable or has no
  // such face.
  explicit FontSource(const display::Font& font);
  ~FontSource();
  FontSource(const FontSource&) = delete;
  FontSource& operator=(const FontSource&) = delete;

  const display::Font& font() const { return font_; }
  hb_face_t* face() const { return face_; }
  unsigned glyph_count() const;
  bool has_table(const char tag[4]) const;

  // For each glyph of `glyphs` the cmap maps a character to, the smallest
  // such character that may appear in /ToUnicode. Used when the display list
  // gave a glyph no text of its own.
  std::map<std::uint32_t, char32_t> characters_of(const std::set<std::uint32_t>& glyphs) const;

 private:
  display::Font font_;
  hb_blob_t* blob_ = nullptr;
  hb_face_t* face_ = nullptr;
};

}  // namespace gongwen::pdf
