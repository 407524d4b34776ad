// font::Face: one face of a font file, opened through HarfBuzz, with the
// metrics layout and the PDF writer need.
#include <cstdint>

#include <hb-ot.h>

#include "font/font_set.h"
#include "util/error.h"

namespace gongwen::font {
namespace {

// Typographic family (name ID 16) when present, else the legacy family (ID 1).
std::string read_family(hb_face_t* face) {
  for (hb_ot_name_id_t id : {HB_OT_NAME_ID_TYPOGRAPHIC_FAMILY, HB_OT_NAME_ID_FONT_FAMILY}) {
    unsigned int size =
        hb_ot_name_get_utf8(face, id, hb_language_from_string("en", -1), nullptr, nullptr);
    if (size == 0) continue;
    std::string name(size + 1, '\0');
    unsigned int capacity = size + 1;
    hb_ot_name_get_utf8(face, id, hb_language_from_string("en", -1), &capacity, name.data());
    name.resize(capacity);
    return name;
  }
  return {};
}

// OS/2 fsType (offset 8). Bit 1 alone is "restricted licence embedding";
// bits 2 and 3 grant preview/print or editable embedding and override it.
// Bit 9 forbids embedding outlines (bitmap only), which a PDF/A writer needs.
bool read_embedding_restricted(hb_face_t* face) {
  hb_blob_t* os2 = hb_face_reference_table(face, HB_TAG('O', 'S', '/', '2'));
  unsigned int length = 0;
  const char* data = hb_blob_get_data(os2, &length);
  bool restricted = false;
  if (data && length >= 10) {
    const auto fs_type = static_cast<std::uint16_t>((static_cast<std::uint8_t>(data[8]) << 8) |
                                                    static_cast<std::uint8_t>(data[9]));
    const bool licence_restricted = (fs_type & 0x0002) && !(fs_type & 0x000C);
    const bool bitmap_only = fs_type & 0x0200;
    restricted = licence_restricted || bitmap_only;
  }
  hb_blob_destroy(os2);
  return restricted;
}

}  // namespace

Face::Face(std::string path, int index) : path_(std::move(path)), index_(index) {
  blob_ = hb_blob_create_from_file_or_fail(path_.c_str());
  if (!blob_) throw EnvironmentError("cannot read font file " + path_);
  const unsigned int face_count = hb_face_count(blob_);
  if (face_count == 0 || index < 0 || static_cast<unsigned int>(index) >= face_count) {
    hb_blob_destroy(blob_);
    throw EnvironmentError("font file " + path_ + " is not a usable font (or has no face " +
                           std::to_string(index) + ")");
  }
  hb_face_ = hb_face_create(blob_, static_cast<unsigned int>(index));
  hb_face_make_immutable(hb_face_);
  upem_ = static_cast<int>(hb_face_get_upem(hb_face_));
  hb_font_ = hb_font_create(hb_face_);
  hb_font_set_scale(hb_font_, upem_, upem_);
  hb_font_make_immutable(hb_font_);

  family_ = read_family(hb_face_);
  embedding_restricted_ = read_embedding_restricted(hb_face_);

  hb_position_t value = 0;
  if (hb_ot_metrics_get_position(hb_font_, HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER, &value))
    ascender_ = value;
  else
    ascender_ = upem_ * 88 / 100;
  if (hb_ot_metrics_get_position(hb_font_, HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER, &value))
    descender_ = value;
  else
    descender_ = ascender_ - upem_;

  // The ideographic em box: its top directly, or its bottom plus one em, or
  // the character face top; without a BASE table, the ascender scaled so that
  // ascender - descender spans exactly one em.
  const hb_tag_t han = HB_TAG('h', 'a', 'n', 'i');
  const hb_tag_t dflt = HB_OT_TAG_DEFAULT_LANGUAGE;
  if (hb_ot_layout_get_baseline(hb_font_, HB_OT_LAYOUT_BASELINE_TAG_IDEO_EMBOX_TOP_OR_RIGHT,
                                HB_DIRECTION_LTR, han, dflt, &value)) {
    ideo_top_ = value;
  } else if (hb_ot_layout_get_baseline(hb_font_,
                                       HB_OT_LAYOUT_BASELINE_TAG_IDEO_EMBOX_BOTTOM_OR_LEFT,
                                       HB_DIRECTION_LTR, han, dflt, &value)) {
    ideo_top_ = value + upem_;
  } else if (hb_ot_layout_get_baseline(hb_font_, HB_OT_LAYOUT_BASELINE_TAG_IDEO_FACE_TOP_OR_RIGHT,
                                       HB_DIRECTION_LTR, han, dflt, &value)) {
    ideo_top_ = value;
  } else {
    const int span = ascender_ - descender_;
    ideo_top_ = span > 0 ? static_cast<int>(static_cast<std::int64_t>(ascender_) * upem_ / span)
                         : ascender_;
  }
}

Face::~Face() {
  hb_font_destroy(hb_font_);
  hb_face_destroy(hb_face_);
  hb_blob_destroy(blob_);
}

bool Face::has_codepoint(char32_t cp) const {
  hb_codepoint_t glyph = 0;
  return hb_font_get_nominal_glyph(hb_font_, cp, &glyph) && glyph != 0;
}

}  // namespace gongwen::font
