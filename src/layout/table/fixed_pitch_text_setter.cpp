#include <string>
#include <string_view>

#include "layout/table/text_setter.h"
#include "util/utf8.h"

namespace gongwen::layout::table {
namespace {

struct Char {
  char32_t cp = 0;
  std::string utf8;
  const Span* span = nullptr;
  Length advance = 0;
};

bool is_wide(char32_t cp) {
  return cp >= 0x2E80;
}
bool is_space(char32_t cp) {
  return cp == U' ' || cp == U'\t';
}

bool no_start(char32_t cp) {
  static constexpr std::u32string_view kSet = U"，。、；：？！）》」』】〕’”…—·%";
  return kSet.find(cp) != std::u32string_view::npos;
}
bool no_end(char32_t cp) {
  static constexpr std::u32string_view kSet = U"（《「『【〔‘“";
  return kSet.find(cp) != std::u32string_view::npos;
}

// The text was validated when the document was loaded.
std::vector<Char> decode(const std::vector<Span>& spans) {
  std::vector<Char> chars;
  for (const Span& span : spans) {
    const std::string& s = span.text;
    for (size_t i = 0; i < s.size();) {
      char32_t cp = 0xFFFD;
      size_t len = utf8::character_length(s, i, &cp);
      if (len == 0) len = 1;
      const Length size = span.style.size;
      chars.push_back({cp, s.substr(i, len), &span, is_wide(cp) ? size : size / 2});
      i += len;
    }
  }
  return chars;
}

bool break_before(const std::vector<Char>& chars, size_t i) {
  const char32_t prev = chars[i - 1].cp;
  const char32_t cur = chars[i].cp;
  if (is_space(cur)) return false;
  if (is_space(prev)) return true;
  if (no_start(cur) || no_end(prev)) return false;
  return is_wide(prev) || is_wide(cur);
}

Line make_line(const std::vector<Char>& chars, size_t from, size_t to, Length indent) {
  while (to > from && is_space(chars[to - 1].cp)) --to;
  Line line;
  line.width = indent;
  display::GlyphRun run;
  if (from < to) {
    run.size = chars[from].span->style.size;
    run.color = chars[from].span->style.color;
  }
  run.origin = {indent, 0};
  for (size_t i = from; i < to; ++i) {
    run.glyphs.push_back({1, chars[i].advance, 0, 0, static_cast<std::uint32_t>(run.text.size())});
    run.text += chars[i].utf8;
    line.width += chars[i].advance;
  }
  line.characters = static_cast<int>(to - from);
  if (!run.glyphs.empty()) line.runs.push_back(std::move(run));
  return line;
}

std::vector<Line> set_fixed_pitch(const std::vector<Span>& spans, const InlineParams& params) {
  const std::vector<Char> chars = decode(spans);
  std::vector<Line> lines;
  size_t start = 0;
  Length used = params.first_indent;
  size_t i = 0;
  while (i < chars.size()) {
    // The next unbreakable piece [i, j).
    size_t j = i + 1;
    while (j < chars.size() && !break_before(chars, j)) ++j;
    Length piece = 0;
    for (size_t k = i; k < j; ++k)
      if (!is_space(chars[k].cp)) piece += chars[k].advance;
    if (i > start && used + piece > params.measure) {
      lines.push_back(make_line(chars, start, i, lines.empty() ? params.first_indent : 0));
      start = i;
      used = 0;
    }
    for (size_t k = i; k < j; ++k) used += chars[k].advance;
    i = j;
  }
  lines.push_back(make_line(chars, start, chars.size(), lines.empty() ? params.first_indent : 0));
  lines.back().last = true;
  return lines;
}

}  // namespace

TextSetter fixed_pitch_text_setter() {
  TextSetter setter;
  setter.set = set_fixed_pitch;
  setter.em_top = [](const style::TextStyle& text) { return scale(text.size, 88, 100); };
  return setter;
}

}  // namespace gongwen::layout::table
