// Line-break opportunities: ICU's UAX #14 line breaker, with clreq's 避头尾
// (kinsoku) classes applied on top as a veto, with two 公文 rules: a figure
// stays with the unit or measure word right after it ("2020年", "15件",
// "3.5%"), and an identifier such as "GB/T 9704" or "ISO 32000" is not broken
// at its space.
#pragma once

#include <string_view>
#include <vector>

namespace gongwen::text {

// Characters that must not start a line (closing brackets, pause/stop marks...).
bool no_line_start(char32_t cp);
// Characters that must not end a line (opening brackets...).
bool no_line_end(char32_t cp);

// For UTF-32 text, allowed[i] is true when a line may break before text[i]
// (i in 1..size-1). allowed[0] is false, and the vector has size text.size()+1
// with allowed[size] = true (end of text).
std::vector<bool> break_opportunities(std::u32string_view text);

// UTF-8 <-> UTF-32 helpers (invalid UTF-8 throws std::invalid_argument with the byte offset).
std::u32string to_u32(std::string_view utf8);
std::string to_utf8(std::u32string_view text);

}  // namespace gongwen::text
