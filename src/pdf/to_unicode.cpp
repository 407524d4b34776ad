#include "pdf/to_unicode.h"

#include <algorithm>
#include <vector>

#include "pdf/unicode_text.h"

namespace gongwen::pdf {
namespace {

// A CMap allows at most 100 entries per beginbfchar block.
constexpr std::size_t kMaxEntriesPerBlock = 100;

std::string code_hex(std::uint16_t code) {
  std::string out;
  append_hex4(out, code);
  return out;
}

}  // namespace

std::string build_to_unicode_cmap(const std::map<std::uint16_t, std::u32string>& mapping) {
  std::vector<std::pair<std::uint16_t, const std::u32string*>> entries;
  for (const auto& [code, text] : mapping) {
    if (!text.empty()) entries.emplace_back(code, &text);
  }

  std::string out =
      "/CIDInit /ProcSet findresource begin\n"
      "12 dict begin\n"
      "begincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n"
      "/CMapType 2 def\n"
      "1 begincodespacerange\n"
      "<0000> <FFFF>\n"
      "endcodespacerange\n";
  for (std::size_t start = 0; start < entries.size(); start += kMaxEntriesPerBlock) {
    const std::size_t end = std::min(entries.size(), start + kMaxEntriesPerBlock);
    out += std::to_string(end - start) + " beginbfchar\n";
    for (std::size_t i = start; i < end; ++i) {
      out += "<" + code_hex(entries[i].first) + "> <" + utf16be_hex(*entries[i].second) + ">\n";
    }
    out += "endbfchar\n";
  }
  out +=
      "endcmap\n"
      "CMapName currentdict /CMap defineresource pop\n"
      "end\n"
      "end\n";
  return out;
}

}  // namespace gongwen::pdf
