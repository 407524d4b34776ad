// Hand-built display lists for the PDF writer tests: glyph ids come straight
// from the font's cmap (no shaping), advances from its hmtx or a fixed pitch.
#pragma once

#include <hb.h>

#include <optional>
#include <stdexcept>
#include <string>

#include "display/display_list.h"
#include "pdf/unicode_text.h"

namespace gongwen::pdf::testing {

inline const std::string kSourceDir = GONGWEN_SOURCE_DIR;
inline const std::string kFandolFang = kSourceDir + "/fonts/files/FandolFang-Regular.otf";
inline const std::string kNotoSerifCjk = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc";
inline constexpr int kNotoSerifCjkScIndex = 2;
inline const std::string kLiberationSerif =
    "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf";

class TestFont {
 public:
  TestFont(std::string path, int index);
  ~TestFont();
  TestFont(const TestFont&) = delete;
  TestFont& operator=(const TestFont&) = delete;

  display::Font display_font() const { return {path_, index_, path_}; }
  std::uint32_t glyph(char32_t cp) const;  // 0 when not covered
  int advance(std::uint32_t glyph) const;  // font units
  int units_per_em() const { return upem_; }

  // One glyph per character; the advance is `pitch` when given (CJK grid),
  // else the font's own advance at `size`. Clusters are byte offsets.
  display::GlyphRun run(int font_index, const std::string& text, Length size, Point origin,
                        std::optional<Length> pitch = std::nullopt) const;

 private:
  std::string path_;
  int index_;
  hb_blob_t* blob_;
  hb_face_t* face_;
  hb_font_t* font_;
  int upem_;
};

inline TestFont::TestFont(std::string path, int index) : path_(std::move(path)), index_(index) {
  blob_ = hb_blob_create_from_file_or_fail(path_.c_str());
  if (blob_ == nullptr) throw std::runtime_error("test font missing: " + path_);
  face_ = hb_face_create(blob_, static_cast<unsigned>(index));
  font_ = hb_font_create(face_);
  upem_ = static_cast<int>(hb_face_get_upem(face_));
  hb_font_set_scale(font_, upem_, upem_);
}

inline TestFont::~TestFont() {
  hb_font_destroy(font_);
  hb_face_destroy(face_);
  hb_blob_destroy(blob_);
}

inline std::uint32_t TestFont::glyph(char32_t cp) const {
  hb_codepoint_t g = 0;
  return hb_font_get_nominal_glyph(font_, cp, &g) ? g : 0;
}

inline int TestFont::advance(std::uint32_t glyph) const {
  return static_cast<int>(hb_font_get_glyph_h_advance(font_, glyph));
}

inline display::GlyphRun TestFont::run(int font_index, const std::string& text, Length size,
                                       Point origin, std::optional<Length> pitch) const {
  display::GlyphRun r;
  r.font = font_index;
  r.size = size;
  r.origin = origin;
  r.text = text;
  std::size_t offset = 0;
  for (char32_t cp : decode_utf8(text)) {
    display::Glyph g;
    g.id = glyph(cp);
    if (g.id == 0) throw std::runtime_error("test font does not cover a character of: " + text);
    g.advance = pitch ? *pitch : scale(advance(g.id), size, upem_);
    g.cluster = static_cast<std::uint32_t>(offset);
    r.glyphs.push_back(g);
    offset += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return r;
}

}  // namespace gongwen::pdf::testing
