// UTF-8 <-> UTF-32 conversion, strict: layout indexes characters, and a
// malformed byte must be reported, not silently replaced.
#include <string>

#include "text/breaks.h"
#include "util/utf8.h"

namespace gongwen::text {

std::u32string to_u32(std::string_view text) {
  return utf8::decode(text, utf8::Malformed::kRefuse);
}

std::string to_utf8(std::u32string_view text) {
  return utf8::encode(text);
}

}  // namespace gongwen::text
