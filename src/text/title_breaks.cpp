// Where a title may break: ICU's dictionary word boundaries, narrowed by the
// line breaker's rules, then weighed by how 公文 titles are read: the issuer,
// "关于 + matter + 的", the genre word.
#include "text/title_breaks.h"

#include <array>
#include <memory>
#include <stdexcept>
#include <string>

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include "text/breaks.h"

namespace gongwen::text {
namespace {

// Weights, in the same scale as the shape costs of arrange_title.
constexpr int kBeforeMatter = -300;  // 国务院办公厅 | 关于……, 济宁市信访局 | 2020年度……
constexpr int kBeforeGenre = -250;      // ……的 | 通知
constexpr int kAfterDe = -100;          // ……的 | ……
constexpr int kSplitCompound = 600;     // 年度 | 报告, 办公 | 厅
constexpr int kSingleCharacters = 400;  // 信 | 访: a word the dictionary does not know
constexpr int kBeforeSuffix = 400;      // 办公 | 厅, 形势 | 下: a suffix or postposition
constexpr int kBeforeSingle = 200;  // 新形势 | 下: a one-character word leans on its neighbour
constexpr int kInsideLatin = 200;   // GB/T | 9704-2012: Latin words separated by a space
constexpr int kAfterFunctionWord = 300;  // ……与 | ……
constexpr int kInsideBrackets = 200;     // 《国家突发公共事件 | 总体应急预案》
constexpr int kInsidePart = 250;         // inside the issuer or inside 关于……的

// The genre word (文种) that ends a title, longest first.
constexpr std::array<std::u32string_view, 26> kGenres = {
    U"年度报告", U"工作报告", U"实施方案", U"实施意见", U"实施细则", U"管理办法", U"暂行办法",
    U"通知",     U"通报",     U"报告",     U"决定",     U"意见",     U"请示",     U"批复",
    U"公告",     U"通告",     U"决议",     U"命令",     U"纪要",     U"议案",     U"办法",
    U"规定",     U"方案",     U"规划",     U"细则",     U"函"};

// Words of titles that the dictionary splits but a line must not.
constexpr std::array<std::u32string_view, 21> kCompounds = {U"政府信息公开工作年度报告",
                                                            U"工作年度报告",
                                                            U"年度报告",
                                                            U"工作报告",
                                                            U"实施方案",
                                                            U"实施意见",
                                                            U"实施细则",
                                                            U"管理办法",
                                                            U"暂行办法",
                                                            U"办公厅",
                                                            U"办公室",
                                                            U"委员会",
                                                            U"印发",
                                                            U"转发",
                                                            U"批转",
                                                            U"信访",
                                                            U"预案",
                                                            U"人民政府",
                                                            U"政务公开",
                                                            U"政府信息公开",
                                                            U"信息公开"};

// Single characters that end an organisation's name (办公厅, 信访局, 济宁市).
constexpr std::u32string_view kSuffixes = U"厅室局处科市省县区镇乡村部委会院办署司所站组队";

// Single characters that lean on the word before them (形势下, 重要性).
constexpr std::u32string_view kPostpositions = U"下上中内外后前时间里等性化";

bool leans_left(char32_t cp) {
  return kSuffixes.find(cp) != std::u32string_view::npos ||
         kPostpositions.find(cp) != std::u32string_view::npos;
}

// Words after which a line should not end.
constexpr std::array<std::u32string_view, 13> kFunctionWords = {
    U"关于", U"与", U"和", U"及", U"或", U"对", U"在", U"为", U"把", U"将", U"向", U"从", U"并"};

icu::BreakIterator& word_breaker() {
  thread_local std::unique_ptr<icu::BreakIterator> breaker = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createWordInstance(icu::Locale("zh"), status));
    if (U_FAILURE(status) || !it) {
      throw std::runtime_error(std::string("ICU word breaker unavailable: ") + u_errorName(status));
    }
    return it;
  }();
  return *breaker;
}

// boundary[i]: a word starts at title[i] (and the previous one ends).
std::vector<bool> word_boundaries(std::u32string_view title) {
  const std::size_t n = title.size();
  std::vector<bool> boundary(n + 1, false);
  icu::UnicodeString utf16;
  std::vector<std::size_t> index_of_unit;
  for (std::size_t i = 0; i < n; ++i) {
    utf16.append(static_cast<UChar32>(title[i]));
    index_of_unit.resize(static_cast<std::size_t>(utf16.length()), i);
  }
  index_of_unit.push_back(n);
  icu::BreakIterator& breaker = word_breaker();
  breaker.setText(utf16);
  for (int32_t b = breaker.first(); b != icu::BreakIterator::DONE; b = breaker.next()) {
    boundary[index_of_unit[static_cast<std::size_t>(b)]] = true;
  }
  breaker.setText(icu::UnicodeString());  // do not keep a pointer to our text
  return boundary;
}

bool is_han(char32_t cp) {
  UErrorCode status = U_ZERO_ERROR;
  return uscript_getScript(static_cast<UChar32>(cp), &status) == USCRIPT_HAN;
}

bool starts_with(std::u32string_view text, std::size_t at, std::u32string_view word) {
  return text.substr(at, word.size()) == word;
}

bool ends_with(std::u32string_view text, std::size_t at, std::u32string_view word) {
  return at >= word.size() && text.substr(at - word.size(), word.size()) == word;
}

// Whether a listed compound covers both title[i - 1] and title[i].
bool splits_compound(std::u32string_view title, std::size_t i) {
  for (std::u32string_view word : kCompounds) {
    for (std::size_t k = 1; k < word.size(); ++k) {
      if (i >= k && starts_with(title, i - k, word)) return true;
    }
  }
  return false;
}

// Depth of 《》 （） “” 〔〕 open before title[i].
int bracket_depth(std::u32string_view title, std::size_t i) {
  int depth = 0;
  for (std::size_t k = 0; k < i; ++k) {
    const char32_t c = title[k];
    if (c == U'《' || c == U'（' || c == U'“' || c == U'〔' || c == U'「') ++depth;
    if ((c == U'》' || c == U'）' || c == U'”' || c == U'〕' || c == U'」') && depth > 0) --depth;
  }
  return depth;
}

// A title "issuer 关于 matter 的 genre" (or "issuer 2020年度 matter genre")
// reads best broken between its parts.
struct Parts {
  std::size_t matter = 0;  // where 关于 (or the year) starts; 0 when not found
  std::size_t genre = 0;   // where the genre word at the end starts; 0 when none
};

// Where a year such as 2020年 starts, or npos.
std::size_t find_year(std::u32string_view title) {
  for (std::size_t i = 0; i + 4 < title.size(); ++i) {
    bool digits = i == 0 || !u_isdigit(static_cast<UChar32>(title[i - 1]));
    for (std::size_t k = i; k < i + 4 && digits; ++k)
      digits = u_isdigit(static_cast<UChar32>(title[k]));
    if (digits && title[i + 4] == U'年') return i;
  }
  return std::u32string_view::npos;
}

Parts find_parts(std::u32string_view title) {
  Parts parts;
  std::size_t matter = title.find(U"关于");
  if (matter == std::u32string_view::npos) matter = find_year(title);
  if (matter != std::u32string_view::npos) parts.matter = matter;
  for (std::u32string_view genre : kGenres) {
    if (title.size() > genre.size() && ends_with(title, title.size(), genre)) {
      parts.genre = title.size() - genre.size();
      break;
    }
  }
  return parts;
}

int cost_at(std::u32string_view title, std::size_t i, const std::vector<bool>& words,
            const Parts& parts) {
  std::size_t left = i - 1;  // start of the word before the break
  while (left > 0 && !words[left]) --left;
  std::size_t right = i + 1;  // end of the word after it
  while (right < title.size() && !words[right]) ++right;
  // A listed compound next to the break is a word, whatever the dictionary says.
  bool compound_before = false, compound_after = false;
  for (std::u32string_view word : kCompounds) {
    compound_before = compound_before || ends_with(title, i, word);
    compound_after = compound_after || starts_with(title, i, word);
  }
  const bool single_left = i - left == 1 && is_han(title[left]) && !compound_before;
  const bool single_right = right - i == 1 && is_han(title[i]) && !compound_after;

  int cost = 0;
  if (parts.matter > 0 && i == parts.matter) cost += kBeforeMatter;
  if (parts.genre > 0 && i == parts.genre) cost += kBeforeGenre;
  const bool in_issuer = parts.matter > 0 && i < parts.matter;
  const bool in_matter =
      parts.matter > 0 && i > parts.matter && (parts.genre == 0 || i < parts.genre);
  if (in_issuer || in_matter) cost += kInsidePart;
  if (title[i - 1] == U'的') cost += kAfterDe;
  if (splits_compound(title, i)) cost += kSplitCompound;
  if (single_left && single_right) {
    cost += kSingleCharacters;
  } else if (single_right && leans_left(title[i])) {
    cost += kBeforeSuffix;
  } else if (single_right) {
    cost += kBeforeSingle;
  } else if (single_left && title[left] != U'的' && !leans_left(title[left])) {
    cost += kBeforeSingle;  // 调 | 结构: the single word leans on the one after
  }
  if (title[i - 1] == U' ' && i >= 2 && title[i - 2] < 0x80) cost += kInsideLatin;
  for (std::u32string_view word : kFunctionWords) {
    if (ends_with(title, i, word) && (word.size() > 1 || single_left)) {
      cost += kAfterFunctionWord;
      break;
    }
  }
  if (bracket_depth(title, i) > 0) cost += kInsideBrackets;
  return cost;
}

}  // namespace

std::size_t title_matter_start(std::u32string_view title) {
  return find_parts(title).matter;
}

std::vector<int> title_break_costs(std::u32string_view title) {
  const std::size_t n = title.size();
  std::vector<int> costs(n + 1, kNoBreak);
  if (n < 2) return costs;
  const std::vector<bool> words = word_boundaries(title);
  const std::vector<bool> lines = break_opportunities(title);
  const Parts parts = find_parts(title);
  for (std::size_t i = 1; i < n; ++i) {
    if (!words[i] || !lines[i]) continue;
    // A figure keeps its unit (2020年度), and 的/之 never start a line.
    if (u_isdigit(static_cast<UChar32>(title[i - 1]))) continue;
    if (title[i] == U'的' || title[i] == U'之') continue;
    costs[i] = cost_at(title, i, words, parts);
  }
  return costs;
}

}  // namespace gongwen::text
