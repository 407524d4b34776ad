#include "layout/table/cell_text.h"
#include "util/utf8.h"

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
    const size_t len = utf8::step(text, i);
    std::string ch = text.substr(i, len);
    if (ch != " " && ch != "\n" && ch != "\t" && ch != "\u3000") out.push_back(std::move(ch));
    i += len;
  }
  return out;
}

// The numbering that opens a label: "（三）" or "三、" (Chinese numerals).
std::string enumerator(const std::string& text) {
  constexpr std::string_view kNumerals = "一二三四五六七八九十";
  constexpr size_t kCjk = 3;  // bytes of each character involved
  const std::string_view open = "（", close = "）", comma = "、";
  size_t i = text.starts_with(open) ? kCjk : 0;
  const size_t digits_from = i;
  while (i + kCjk <= text.size() &&
         kNumerals.find(text.substr(i, kCjk)) != std::string_view::npos &&
         (kNumerals.find(text.substr(i, kCjk)) % kCjk) == 0)
    i += kCjk;
  if (i == digits_from) return "";
  const std::string_view end = digits_from ? close : comma;
  if (text.compare(i, end.size(), end) != 0) return "";
  return text.substr(0, i + end.size());
}

std::vector<Line> set_piece(const TextSetter& setter, const CellFormat& format,
                            const model::TableCell& cell, const std::string& piece,
                            const InlineParams& params) {
  std::vector<Line> lines = setter.set({Span{piece, format.text, cell.pos}}, params);
  // A wrapped label breaks after its numbering when that costs no extra
  // line: "（三）/不予公开" rather than "（三）不/予公开".
  const std::string number = enumerator(piece);
  if (lines.size() < 2 || number.empty() || number.size() == piece.size()) return lines;
  std::vector<Line> split = setter.set({Span{number, format.text, cell.pos}}, params);
  for (Line& line : setter.set({Span{piece.substr(number.size()), format.text, cell.pos}}, params))
    split.push_back(std::move(line));
  return split.size() <= lines.size() ? split : lines;
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
    std::vector<Line> set = format.vertical
                                ? setter.set({Span{piece, format.text, cell.pos}}, params)
                                : set_piece(setter, format, cell, piece, params);
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
  const std::vector<Line> unwrapped = set_lines(setter, format, cell, kUnbounded);
  widths.max = widest_line(unwrapped);
  widths.lines = unwrapped.size();
  widths.min = format.vertical || format.no_wrap ? widths.max
                                                 : widest_line(set_lines(setter, format, cell, 1));
  widths.unbreakable = widths.min;
  // Two characters is the narrowest a column reads well at: a short text
  // such as "其他" stays on one line rather than being cut after each
  // character.
  widths.min = std::max(widths.min, std::min(widths.max, 2 * format.text.size));
  widths.min = std::min(widths.min, widths.max);
  return widths;
}

// The narrowest measure that sets the cell in as few lines as `measure`
// does, so that centred lines come out even: "商业/企业", not "商业企/业".
Length balanced_measure(const TextSetter& setter, const CellFormat& format,
                        const model::TableCell& cell, Length measure, size_t lines) {
  constexpr Length kPrecision = kUnitsPerPt / 4;
  Length lo = 0;  // too narrow
  Length hi = measure;
  while (hi - lo > kPrecision) {
    const Length mid = lo + (hi - lo) / 2;
    if (set_lines(setter, format, cell, mid).size() <= lines)
      hi = mid;
    else
      lo = mid;
  }
  return hi;
}

CellText set_cell(const TextSetter& setter, const CellFormat& format, const model::TableCell& cell,
                  Length measure, Length pitch, bool balance) {
  CellText text;
  text.lines = set_lines(setter, format, cell, format.vertical ? kUnbounded : measure);
  if (balance && text.lines.size() > 1 && format.align == model::Align::kCenter &&
      !format.vertical && !format.no_wrap)
    text.lines = set_lines(setter, format, cell,
                           balanced_measure(setter, format, cell, measure, text.lines.size()));
  text.pitch = pitch;
  text.em_top = setter.em_top(format.text);
  text.size = format.text.size;
  return text;
}

}  // namespace gongwen::layout::table
