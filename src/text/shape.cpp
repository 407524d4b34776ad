// HarfBuzz shaping at the face's own scale (units per em), converted to layout
// units here, so one hb_font per face serves every size.
#include "text/shape.h"

#include <hb.h>

namespace gongwen::text {
namespace {

// One buffer per thread, reused: creating a buffer per call shows up in
// profiles of table layout, which shapes many short strings.
hb_buffer_t* shaping_buffer() {
  struct Holder {
    hb_buffer_t* buffer = hb_buffer_create();
    ~Holder() { hb_buffer_destroy(buffer); }
  };
  thread_local Holder holder;
  return holder.buffer;
}

}  // namespace

std::vector<ShapedGlyph> shape(const font::Face& face, Length size, std::string_view text) {
  std::vector<ShapedGlyph> glyphs;
  if (text.empty()) return glyphs;
  hb_buffer_t* buffer = shaping_buffer();
  hb_buffer_clear_contents(buffer);
  const int length = static_cast<int>(text.size());
  hb_buffer_add_utf8(buffer, text.data(), length, 0, length);
  hb_buffer_set_direction(buffer, HB_DIRECTION_LTR);
  static const hb_language_t zh_hans = hb_language_from_string("zh-Hans", -1);
  hb_buffer_set_language(buffer, zh_hans);
  hb_buffer_guess_segment_properties(buffer);
  hb_shape(face.hb_font(), buffer, nullptr, 0);

  unsigned int count = 0;
  const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buffer, &count);
  const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buffer, &count);
  const int upem = face.units_per_em();
  glyphs.reserve(count);
  for (unsigned int i = 0; i < count; ++i) {
    glyphs.push_back(ShapedGlyph{
        info[i].codepoint,
        scale(pos[i].x_advance, size, upem),
        scale(pos[i].x_offset, size, upem),
        -scale(pos[i].y_offset, size, upem),  // HarfBuzz's y grows upwards
        info[i].cluster,
    });
  }
  return glyphs;
}

}  // namespace gongwen::text
