// Line-break opportunities: ICU's UAX #14 line breaker proposes, the kinsoku
// classes, the unbreakable-mark rules and the figure-with-unit and identifier
// rules veto.
#include "text/breaks.h"

#include <memory>
#include <stdexcept>

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include "util/error.h"

namespace gongwen::text {
namespace {

// ICU's line breaker is expensive to create; one per thread is reused.
icu::BreakIterator& line_breaker() {
  thread_local std::unique_ptr<icu::BreakIterator> breaker = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createLineInstance(icu::Locale("zh"), status));
    if (U_FAILURE(status) || !it) {
      throw std::runtime_error(std::string("ICU line breaker unavailable: ") + u_errorName(status));
    }
    return it;
  }();
  return *breaker;
}

// UAX #14 (as of ICU 72) classes the curly quotes as QU, which forbids a break
// on either side of them. In Chinese text they are ordinary opening and
// closing marks, so ICU sees them as full-width parentheses (as Typst's CJ
// segmenter does); the kinsoku veto then handles them like other brackets.
char32_t as_seen_by_icu(char32_t cp) {
  switch (cp) {
    case U'“':
    case U'‘':
      return U'（';
    case U'”':
    case U'’':
      return U'）';
    default:
      return cp;
  }
}

// Marks that are two characters wide and must never be split: ——, ……, ⋯⋯.
bool unbreakable_pair(char32_t before, char32_t after) {
  return before == after &&
         (before == U'—' || before == U'…' || before == U'⋯' || before == U'⸺' || before == U'⸻');
}

// Latin words and figures stay whole even where UAX #14 would allow a break
// (e.g. between a letter and a digit after our quote substitution).
bool latin_word_character(char32_t cp) {
  return cp < 0x80
             ? (u_isalnum(static_cast<UChar32>(cp)) != 0)
             : (u_isalpha(static_cast<UChar32>(cp)) &&
                u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_SCRIPT) == USCRIPT_LATIN);
}

bool is_space(char32_t cp) {
  return cp == U' ' || cp == U'\u00A0' || cp == U'\t';
}

bool ascii_digit(char32_t cp) {
  return cp >= U'0' && cp <= U'9';
}

// A digit as 公文 are typed: ASCII, or full-width (０–９) from a word
// processor's full-width mode, which UAX #14 lets break like Han.
bool digit(char32_t cp) {
  return ascii_digit(cp) || (cp >= U'０' && cp <= U'９');
}

bool ascii_upper(char32_t cp) {
  return cp >= U'A' && cp <= U'Z';
}

// 公文 practice keeps a figure with the unit or measure word written right
// after it ("2020年", "12月", "15件", "3.5%", "１５件"), although clreq and
// UAX #14 allow a break between a digit and a Han character.
bool figure_and_unit(char32_t before, char32_t after) {
  return digit(before) && (after == U'%' || after == U'‰' || after == U'％' ||
                           u_hasBinaryProperty(static_cast<UChar32>(after), UCHAR_IDEOGRAPHIC));
}

// The space inside a standard's or document's identifier ("GB/T 9704",
// "ISO 32000", "ISO/IEC 27001"): capital letters and solidi, one space,
// digits. Ordinary English ("in 2020", "Windows 10") keeps its break.
bool identifier_space(std::u32string_view text, std::size_t i) {
  if (i < 3 || text[i - 1] != U' ' || !ascii_digit(text[i])) return false;
  std::size_t start = i - 1;
  bool letter = false;
  while (start > 0 && (ascii_upper(text[start - 1]) || text[start - 1] == U'/')) {
    letter = letter || ascii_upper(text[start - 1]);
    --start;
  }
  const std::size_t length = i - 1 - start;
  // The run is the whole word: no lower-case letter or digit glued to it.
  const bool whole = start == 0 || !latin_word_character(text[start - 1]);
  return letter && length >= 2 && whole;
}

}  // namespace

std::vector<bool> break_opportunities(std::u32string_view text) {
  const std::size_t n = text.size();
  std::vector<bool> allowed(n + 1, false);
  allowed[n] = true;
  if (n < 2) return allowed;

  // UTF-16 for ICU, remembering which UTF-32 index each UTF-16 index starts.
  icu::UnicodeString utf16;
  std::vector<std::size_t> index_of_unit;
  index_of_unit.reserve(n + 1);
  for (std::size_t i = 0; i < n; ++i) {
    const char32_t cp = as_seen_by_icu(text[i]);
    utf16.append(static_cast<UChar32>(cp));
    index_of_unit.resize(static_cast<std::size_t>(utf16.length()), i);
  }
  index_of_unit.push_back(n);

  icu::BreakIterator& breaker = line_breaker();
  breaker.setText(utf16);
  for (int32_t b = breaker.next(); b != icu::BreakIterator::DONE; b = breaker.next()) {
    const std::size_t i = index_of_unit[static_cast<std::size_t>(b)];
    if (i > 0 && i < n) allowed[i] = true;
  }
  breaker.setText(icu::UnicodeString());  // do not keep a pointer to our text

  for (std::size_t i = 1; i < n; ++i) {
    if (!allowed[i]) continue;
    const char32_t after = text[i];
    // The character that would end the line, looking through trailing spaces.
    std::size_t end = i - 1;
    while (end > 0 && is_space(text[end])) --end;
    const char32_t before = text[i - 1];
    if (no_line_start(after) || no_line_end(before) || no_line_end(text[end]) ||
        unbreakable_pair(before, after) || figure_and_unit(before, after) ||
        (digit(before) && digit(after)) || identifier_space(text, i) ||
        (latin_word_character(before) && latin_word_character(after))) {
      allowed[i] = false;
    }
  }
  return allowed;
}

}  // namespace gongwen::text
