// UTF-8 <-> UTF-32 conversion, strict: layout indexes characters, and a
// malformed byte must be reported, not silently replaced.
#include <stdexcept>
#include <string>

#include "text/breaks.h"
#include "util/utf8.h"

namespace gongwen::text {
namespace {

[[noreturn]] void invalid(std::size_t offset) {
  throw std::invalid_argument("invalid UTF-8 at byte " + std::to_string(offset));
}

}  // namespace

std::u32string to_u32(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (std::size_t at = 0; at < text.size();) {
    char32_t c = 0;
    const std::size_t n = utf8::character_length(text, at, &c);
    if (n == 0) invalid(at);
    out.push_back(c);
    at += n;
  }
  return out;
}

std::string to_utf8(std::u32string_view text) {
  return utf8::encode(text);
}

}  // namespace gongwen::text
