#include "layout/table/place_text.h"

#include <algorithm>

namespace gongwen::layout::table {
namespace {

Length align_offset(model::Align align, Length room, Length used) {
  switch (align) {
    case model::Align::kStart:
      return 0;
    case model::Align::kCenter:
      return (room - used) / 2;
    case model::Align::kEnd:
      return room - used;
  }
  return 0;
}

// In vertical text the pause and stop marks sit in the upper right quarter of
// their square instead of the lower left one of horizontal text.
bool moves_up_right_in_vertical(const std::string& text) {
  return text == "、" || text == "，" || text == "。" || text == "．";
}

void emit_line(const Line& line, Length x, Length baseline, std::vector<display::Item>& out) {
  for (const display::GlyphRun& run : line.runs) {
    display::GlyphRun placed = run;
    placed.origin.x += x;
    placed.origin.y += baseline;
    out.push_back(std::move(placed));
  }
}

}  // namespace

void place_text(const CellText& text, model::Align align, bool vertical, const Rect& box,
                std::vector<display::Item>& out) {
  if (text.lines.empty()) return;
  const Length count = static_cast<Length>(text.lines.size());
  Length pitch = text.pitch;
  if (vertical && count * pitch > box.h) pitch = std::max(text.size, box.h / count);
  const Length block = count * pitch;
  const Length top = box.y + std::max<Length>(0, (box.h - block) / 2);
  // The em box is centred on each line's pitch.
  const Length baseline0 = top + (pitch - text.size) / 2 + text.em_top;
  for (size_t i = 0; i < text.lines.size(); ++i) {
    const Line& line = text.lines[i];
    Length x = box.x + align_offset(vertical ? model::Align::kCenter : align, box.w, line.width);
    Length baseline = baseline0 + static_cast<Length>(i) * pitch;
    if (vertical && line.runs.size() == 1 && moves_up_right_in_vertical(line.runs[0].text)) {
      x += text.size / 2;
      baseline -= text.size / 2;
    }
    emit_line(line, x, baseline, out);
  }
}

Length least_height(const CellText& text, bool vertical) {
  const Length count = static_cast<Length>(text.lines.size());
  return vertical ? count * std::min(text.size, text.pitch) : count * text.pitch;
}

}  // namespace gongwen::layout::table
