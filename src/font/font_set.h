// Fonts by role. fonts/fonts.yaml maps each role (title, body, heading1...)
// to a chain of families; the first family that fontconfig finds (with the
// project's fonts/files/ directory registered) serves the role, and the next
// ones are fallbacks for characters the first does not cover.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/units.h"

// HarfBuzz's handles, declared only: their header stays private to font/,
// text/ and pdf/, which link HarfBuzz themselves.
struct hb_blob_t;
struct hb_face_t;
struct hb_font_t;

namespace gongwen::font {

// One loaded face: HarfBuzz face/font over an mmapped blob, plus the metrics
// layout needs. Loaded once per (path, index) and shared.
class Face {
 public:
  Face(std::string path, int index);  // throws EnvironmentError if unreadable/corrupt
  ~Face();
  Face(const Face&) = delete;
  Face& operator=(const Face&) = delete;

  const std::string& path() const { return path_; }
  int index() const { return index_; }
  const std::string& family() const { return family_; }
  int units_per_em() const { return upem_; }
  // Ascender/descender in font units (descender negative), from OS/2 typo
  // metrics or hhea.
  int ascender() const { return ascender_; }
  int descender() const { return descender_; }
  // Top of the ideographic em box above the baseline in font units (from the
  // BASE table when present, else ascender scaled to the em).
  int ideographic_top() const { return ideo_top_; }
  bool has_codepoint(char32_t cp) const;
  // OS/2 fsType says embedding is not allowed (restricted licence).
  bool embedding_restricted() const { return embedding_restricted_; }

  // A glyph's ink box in font units, as HarfBuzz gives it: left and top side
  // bearings (y up), width, and height (negative: downwards). Nothing when
  // the font cannot say.
  struct InkBox {
    int x_bearing = 0;
    int y_bearing = 0;
    int width = 0;
    int height = 0;
  };
  std::optional<InkBox> ink_box(std::uint32_t glyph) const;

  hb_face_t* hb_face() const { return hb_face_; }
  hb_font_t* hb_font() const { return hb_font_; }  // scale = upem

 private:
  std::string path_;
  int index_;
  std::string family_;
  int upem_ = 1000;
  int ascender_ = 880;
  int descender_ = -120;
  int ideo_top_ = 880;
  bool embedding_restricted_ = false;
  hb_blob_t* blob_ = nullptr;
  hb_face_t* hb_face_ = nullptr;
  hb_font_t* hb_font_ = nullptr;
};

class FontSet {
 public:
  // Reads the role table (fonts/fonts.yaml) and registers font_dir with
  // fontconfig. Throws EnvironmentError (with file:line) on a bad table and
  // when a role's families are all missing.
  FontSet(const std::string& roles_yaml, const std::string& font_dir);
  ~FontSet();

  // The chain of faces for a role (first = primary). Throws EnvironmentError
  // for an unknown role.
  const std::vector<const Face*>& chain(std::string_view role) const;
  // Whether the role table defines the role.
  bool has_role(std::string_view role) const;
  const Face& primary(std::string_view role) const { return *chain(role).front(); }

  // The face of `role`'s chain that covers cp, or nullptr.
  const Face* face_for(std::string_view role, char32_t cp) const;

  struct RoleInfo {
    std::string role;
    std::vector<std::string> families;  // as configured
    std::vector<const Face*> faces;     // as found
  };
  std::vector<RoleInfo> roles() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace gongwen::font
