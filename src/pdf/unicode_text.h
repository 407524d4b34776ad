// Unicode text as PDF needs it: which code points may appear in a glyph's
// Unicode mapping, and UTF-16BE hex for CMaps and text strings.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace gongwen::pdf {

// Decodes UTF-8; malformed bytes are skipped (the text came from our own
// layout, so they can only be a bug upstream, and must not break the PDF).
std::u32string decode_utf8(std::string_view utf8);

// PDF/A-2u and PDF/UA forbid mapping a glyph to U+0000, U+FEFF, U+FFFE or to
// a private use code point (nobody can read it back); surrogates and values
// above U+10FFFF are not characters at all.
bool is_mappable(char32_t cp);

// The characters of `utf8` a glyph may be mapped to (unmappable ones dropped).
std::u32string mappable_text(std::string_view utf8);

// Uppercase hex of the UTF-16BE encoding (surrogate pairs above U+FFFF).
std::string utf16be_hex(std::u32string_view text);

// Appends a 16-bit value as 4 uppercase hex digits (2-byte character codes).
void append_hex4(std::string& out, std::uint16_t value);

}  // namespace gongwen::pdf
