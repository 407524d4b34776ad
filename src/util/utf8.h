// UTF-8 for every module, on ICU's macros (inline: nothing to link). Text
// reaches layout already checked by the loader; the lenient functions here
// serve the places that only count, cut or compare characters.
#pragma once

#include <unicode/utf8.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace gongwen::utf8 {

// False for a continuation byte (10xxxxxx), true for a byte that starts a
// character.
inline bool starts_character(char byte) {
  return !U8_IS_TRAIL(static_cast<std::uint8_t>(byte));
}

// The length of the well-formed character at text[at], or 0 if the bytes
// there are not one (overlong forms, surrogates and values past U+10FFFF
// included). Sets `code_point` when given.
inline std::size_t character_length(std::string_view text, std::size_t at,
                                    char32_t* code_point = nullptr) {
  if (at >= text.size()) return 0;
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data() + at);
  const auto available = static_cast<std::int32_t>(std::min<std::size_t>(text.size() - at, 4));
  std::int32_t length = 0;
  UChar32 c = 0;
  U8_NEXT(bytes, length, available, c);
  if (c < 0) return 0;
  if (code_point) *code_point = static_cast<char32_t>(c);
  return static_cast<std::size_t>(length);
}

// Bytes to step over from text[at]: the character's length, or 1 for a byte
// that does not start a well-formed one.
inline std::size_t step(std::string_view text, std::size_t at) {
  const std::size_t n = character_length(text, at);
  return n ? n : 1;
}

// What decode() does with a byte that does not start a well-formed
// character. Every caller names its policy, because the right answer depends
// on where the text comes from.
enum class Malformed {
  kReplace,  // U+FFFD: text only compared or measured (suggestions, widths)
  kSkip,     // dropped: text from our own layout, where a bad byte is a bug
             // upstream and must not break the output (PDF /ToUnicode)
  kRefuse,   // std::invalid_argument naming the byte offset: text that layout
             // indexes character by character
};

// The code points of `text`, malformed bytes handled by `policy`.
inline std::u32string decode(std::string_view text, Malformed policy) {
  std::u32string out;
  out.reserve(text.size());
  for (std::size_t at = 0; at < text.size();) {
    char32_t c = 0;
    const std::size_t n = character_length(text, at, &c);
    if (n) {
      out.push_back(c);
      at += n;
      continue;
    }
    if (policy == Malformed::kRefuse) {
      throw std::invalid_argument("invalid UTF-8 at byte " + std::to_string(at));
    }
    if (policy == Malformed::kReplace) out.push_back(0xFFFD);
    ++at;
  }
  return out;
}

// Appends one code point; surrogates and values past U+10FFFF become U+FFFD.
inline void append(std::string& out, char32_t code_point) {
  if ((code_point >= 0xD800 && code_point <= 0xDFFF) || code_point > 0x10FFFF) {
    code_point = 0xFFFD;
  }
  std::uint8_t bytes[U8_MAX_LENGTH];
  std::int32_t length = 0;
  U8_APPEND_UNSAFE(bytes, length, static_cast<UChar32>(code_point));
  out.append(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(length));
}

inline std::string encode(std::u32string_view text) {
  std::string out;
  out.reserve(text.size() * 3);
  for (char32_t c : text) append(out, c);
  return out;
}

// The number of characters (bytes that start one) in `text`.
inline std::size_t count_characters(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), starts_character));
}

}  // namespace gongwen::utf8
