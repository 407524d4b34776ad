#include "layout/table/text_setter.h"

namespace gongwen::layout::table {

TextSetter inline_text_setter(Context& ctx) {
  TextSetter setter;
  setter.set = [&ctx](const std::vector<Span>& spans, const InlineParams& params) {
    return layout_inline(ctx, spans, params);
  };
  setter.em_top = [&ctx](const style::TextStyle& text) {
    const font::Face& face = ctx.fonts.primary(text.role);
    return scale(text.size, face.ideographic_top(), face.units_per_em());
  };
  return setter;
}

}  // namespace gongwen::layout::table
