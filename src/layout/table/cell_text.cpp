#include "layout/table/cell_text.h"

#include <algorithm>
#include <string_view>

namespace gongwen::layout::table {
namespace {

// Wide enough that nothing wraps.
constexpr Length kUnbounded = from_pt(1e6);

std::vector<std::string> paragraphs(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  while (!out.empty() && out.back().empty()) out.pop_back();
  while (!out.empty() && out.front().empty()) out.erase(out.begin());
  return out;
}

// The characters of a vertical cell, one UTF-8 sequence each, spaces dropped.
std::vector<std::string> characters(const std::string& text) {
  std::vector<std::string> out;
  for (size_t i = 0; i < text.size();) {
    const unsigned char b = static_cast<unsigned char>(text[i]);
    const size_t len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    std::string ch = text.substr(i, len);
    if (ch != " " && ch != "\n" && ch != "\t" && ch != "\u3000") out.push_back(std::move(ch));
    i += len;
  }
  return out;
}

std::vector<Line> set_lines(const TextSetter& setter, const CellFormat& format,
                            const model::TableCell& cell, Length measure) {
  InlineParams params;
  params.measure = format.no_wrap ? kUnbounded : std::max<Length>(measure, 1);
  params.cell = 0;
  params.align = model::Align::kStart;  // lines are placed in the cell by the table
  params.justify = false;
  std::vector<Line> lines;
  const std::vector<std::string> pieces =
      format.vertical ? characters(cell.text) : paragraphs(cell.text);
  for (const std::string& piece : pieces) {
    if (piece.empty()) {
      lines.emplace_back();
      continue;
    }
    std::vector<Line> set = setter.set({Span{piece, format.text, cell.pos}}, params);
    for (Line& line : set) lines.push_back(std::move(line));
  }
  return lines;
}

Length widest_line(const std::vector<Line>& lines) {
  Length w = 0;
  for (const Line& line : lines) w = std::max(w, line.width);
  return w;
}

}  // namespace

Length CellText::widest() const {
  return widest_line(lines);
}

ContentWidths measure_cell(const TextSetter& setter, const CellFormat& format,
                           const model::TableCell& cell) {
  ContentWidths widths;
  widths.max = widest_line(set_lines(setter, format, cell, kUnbounded));
  widths.min = format.vertical || format.no_wrap ? widths.max
                                                 : widest_line(set_lines(setter, format, cell, 1));
  // Two characters is the narrowest a column reads well at: a short text
  // such as "其他" stays on one line rather than being cut after each
  // character.
  widths.min = std::max(widths.min, std::min(widths.max, 2 * format.text.size));
  widths.min = std::min(widths.min, widths.max);
  return widths;
}

CellText set_cell(const TextSetter& setter, const CellFormat& format, const model::TableCell& cell,
                  Length measure, Length pitch) {
  CellText text;
  text.lines = set_lines(setter, format, cell, format.vertical ? kUnbounded : measure);
  text.pitch = pitch;
  text.em_top = setter.em_top(format.text);
  text.size = format.text.size;
  return text;
}

}  // namespace gongwen::layout::table
