#include "pdf/unicode_text.h"

#include "util/utf8.h"

namespace gongwen::pdf {

void append_hex4(std::string& out, std::uint16_t value) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  for (int shift = 12; shift >= 0; shift -= 4) out += kHex[(value >> shift) & 0xF];
}

std::u32string decode_utf8(std::string_view text) {
  return utf8::decode(text, utf8::Malformed::kSkip);
}

bool is_mappable(char32_t cp) {
  if (cp == 0 || cp == 0xFEFF || cp == 0xFFFE || cp == 0xFFFF) return false;
  if (cp >= 0xD800 && cp <= 0xDFFF) return false;
  if (cp >= 0xE000 && cp <= 0xF8FF) return false;  // BMP private use area
  if (cp >= 0xF0000) return false;                 // planes 15-16: private use (and beyond)
  return true;
}

std::u32string mappable_text(std::string_view utf8) {
  std::u32string out;
  for (char32_t cp : decode_utf8(utf8)) {
    if (is_mappable(cp)) out += cp;
  }
  return out;
}

std::string utf16be_hex(std::u32string_view text) {
  std::string out;
  for (char32_t cp : text) {
    if (cp >= 0x10000) {
      const std::uint32_t v = cp - 0x10000;
      append_hex4(out, static_cast<std::uint16_t>(0xD800 + (v >> 10)));
      append_hex4(out, static_cast<std::uint16_t>(0xDC00 + (v & 0x3FF)));
    } else {
      append_hex4(out, static_cast<std::uint16_t>(cp));
    }
  }
  return out;
}

}  // namespace gongwen::pdf
