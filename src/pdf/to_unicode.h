// The /ToUnicode CMap of a Type0 font: which text each 2-byte code stands for,
// so that text can be extracted, searched and read aloud.
#pragma once

#include <cstdint>
#include <map>
#include <string>

namespace gongwen::pdf {

// CMap program text for an Identity-H font. Entries with empty text are left
// out; the caller has already removed unmappable code points.
std::string build_to_unicode_cmap(const std::map<std::uint16_t, std::u32string>& mapping);

}  // namespace gongwen::pdf
