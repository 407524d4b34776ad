// 避头尾 (kinsoku) classes: clreq's basic level (w3.org/TR/clreq, Appendix A
// tables), the GB-style solidus rule, and Word's Simplified Chinese unit and
// currency rules, which keep figures such as 11.6% and ￥100 together.
#include <algorithm>
#include <array>
#include <string_view>

#include "text/breaks.h"

namespace gongwen::text {
namespace {

constexpr std::u32string_view kNoLineStartChars =
    // Pause and stop marks (点号).
    U"。．，、：；！‼？⁇⁈⁉∶"
    // Closing brackets and quotes, including small and vertical forms.
    U"」』”’）》〉】〗〕］｝〙〛｠〞〟︶︺︾﹀﹄﹚﹜﹞︸︼"
    // Connectors (but not U+2014: a dash pair may start a line, and is kept
    // whole by the pair rule) and interpuncts.
    U"～〜-–·・‧･〃"
    // Latin closing and pause marks.
    U"!),.:;?]}"
    // Units written after a figure (Word's Simplified Chinese table).
    U"%％‰‱℃℉°′″¢￠";

constexpr std::u32string_view kNoLineEndChars =
    // Opening brackets and quotes, including small and vertical forms.
    U"「『“‘（《〈【〖〔［｛〘〚｟〝﹙﹛﹝︵︷︹︻︽︿﹁﹃([{"
    // GB-style: a solidus does not end a line.
    U"/／"
    // Currency signs written before a figure.
    U"$＄£￡¥￥€";

// Sorted at compile time so that lookups are binary searches.
template <std::size_t N>
constexpr std::array<char32_t, N> sorted(std::u32string_view chars) {
  std::array<char32_t, N> out{};
  std::copy(chars.begin(), chars.end(), out.begin());
  std::sort(out.begin(), out.end());
  return out;
}

constexpr auto kNoLineStart = sorted<kNoLineStartChars.size()>(kNoLineStartChars);
constexpr auto kNoLineEnd = sorted<kNoLineEndChars.size()>(kNoLineEndChars);

}  // namespace

bool no_line_start(char32_t cp) {
  return std::binary_search(kNoLineStart.begin(), kNoLineStart.end(), cp);
}

bool no_line_end(char32_t cp) {
  return std::binary_search(kNoLineEnd.begin(), kNoLineEnd.end(), cp);
}

}  // namespace gongwen::text
