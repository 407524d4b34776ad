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

// The fields of the OS/2 table layout needs.
struct Os2 {
  bool present = false;
  std::uint16_t fs_type = 0;
  int typo_ascender = 0;
  int typo_descender = 0;
};

Os2 read_os2(hb_face_t* face) {
  hb_blob_t* table = hb_face_reference_table(face, HB_TAG('O', 'S', '/', '2'));
  unsigned int length = 0;
  const auto* data = reinterpret_cast<const std::uint8_t*>(hb_blob_get_data(table, &length));
  auto u16 = [data](unsigned int at) {
    return static_cast<std::uint16_t>((data[at] << 8) | data[at + 1]);
  };
  Os2 os2;
  if (data && length >= 72) {  // through sTypoDescender (offsets 68 and 70)
    os2.present = true;
    os2.fs_type = u16(8);
    os2.typo_ascender = static_cast<std::int16_t>(u16(68));
    os2.typo_descender = static_cast<std::int16_t>(u16(70));
  }
  hb_blob_destroy(table);
  return os2;
}

// fsType bit 1 alone is "restricted licence embedding"; bits 2 and 3 grant
// preview/print or editable embedding and override it. Bit 9 forbids
// embedding outlines (bitmap only), which a PDF/A writer needs.
bool restricts_embedding(std::uint16_t fs_type) {
  const bool licence_restricted = (fs_type & 0x0002) && !(fs_type & 0x000C);
  const bool bitmap_only = fs_type & 0x0200;
  return licence_restricted || bitmap_only;
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
  const Os2 os2 = read_os2(hb_face_);
  embedding_restricted_ = restricts_embedding(os2.fs_type);

  // Typographic ascender and descender: in CJK fonts they bound the em box,
  // which is what line boxes need (hhea often includes accent room).
  hb_position_t value = 0;
  if (os2.present && os2.typo_ascender > os2.typo_descender) {
    ascender_ = os2.typo_ascender;
    descender_ = os2.typo_descender;
  } else {
    ascender_ = hb_ot_metrics_get_position(hb_font_, HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER, &value)
                    ? value
                    : upem_ * 88 / 100;
    descender_ =
        hb_ot_metrics_get_position(hb_font_, HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER, &value)
            ? value
            : ascender_ - upem_;
  }

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

std::optional<Face::InkBox> Face::ink_box(std::uint32_t glyph) const {
  hb_glyph_extents_t extents{};
  if (!hb_font_get_glyph_extents(hb_font_, glyph, &extents)) return std::nullopt;
  return InkBox{extents.x_bearing, extents.y_bearing, extents.width, extents.height};
}

}  // namespace gongwen::font
