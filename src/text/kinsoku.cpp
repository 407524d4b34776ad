// 避头尾 (kinsoku) classes: clreq's basic level (w3.org/TR/clreq, Appendix A
// tables), the GB-style solidus rule, and Word's Simplified Chinese unit and
// currency rules, which keep figures such as 11.6% and ￥100 together.
#include <algorithm>
#include <array>

#include "text/breaks.h"

namespace gongwen::text {
namespace {

// Sorted so that lookups are binary searches.
constexpr auto kNoLineStart = [] {
  std::array<char32_t, 74> cps = {
      // Pause and stop marks (点号).
      U'。', U'．', U'，', U'、', U'：', U'；', U'！', U'‼', U'？', U'⁇', U'⁈', U'⁉', U'∶',
      // Closing brackets and quotes, including small and vertical forms.
      U'」', U'』', U'”', U'’', U'）', U'》', U'〉', U'】', U'〗', U'〕', U'］', U'｝', U'〙',
      U'〛', U'｠', U'〞', U'〟', U'︶', U'︺', U'︾', U'﹀', U'﹄', U'﹚', U'﹜', U'﹞', U'︸',
      U'︼',
      // Connectors (but not U+2014: a dash pair may start a line, and is kept
      // whole by the pair rule) and interpuncts.
      U'～', U'〜', U'-', U'–', U'·', U'・', U'‧', U'･', U'〃',
      // Latin closing and pause marks.
      U'!', U')', U',', U'.', U':', U';', U'?', U']', U'}',
      // Units written after a figure (Word's Simplified Chinese table).
      U'%', U'％', U'‰', U'‱', U'℃', U'℉', U'°', U'′', U'″', U'¢', U'￠',
      // Filler so the array size stays fixed when editing; never in text.
      U'\uFFFF'};
  std::sort(cps.begin(), cps.end());
  return cps;
}();

constexpr auto kNoLineEnd = [] {
  std::array<char32_t, 40> cps = {
      // Opening brackets and quotes, including small and vertical forms.
      U'「', U'『', U'“', U'‘', U'（', U'《', U'〈', U'【', U'〖', U'〔', U'［', U'｛', U'〘',
      U'〚', U'｟', U'〝', U'﹙', U'﹛', U'﹝', U'︵', U'︷', U'︹', U'︻', U'︽', U'︿', U'﹁',
      U'﹃', U'(', U'[', U'{',
      // GB-style: a solidus does not end a line.
      U'/', U'／',
      // Currency signs written before a figure.
      U'$', U'＄', U'£', U'￡', U'¥', U'￥', U'€',
      // Filler, see above.
      U'\uFFFF'};
  std::sort(cps.begin(), cps.end());
  return cps;
}();

}  // namespace

bool no_line_start(char32_t cp) {
  return std::binary_search(kNoLineStart.begin(), kNoLineStart.end(), cp);
}

bool no_line_end(char32_t cp) {
  return std::binary_search(kNoLineEnd.begin(), kNoLineEnd.end(), cp);
}

}  // namespace gongwen::text
