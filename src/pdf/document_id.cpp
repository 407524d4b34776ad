#include "pdf/document_id.h"

#include <vector>

#include "pdf/sha256.h"

namespace gongwen::pdf {
namespace {

bool is_hex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

}  // namespace

bool patch_document_id(std::string& pdf) {
  const std::size_t key = pdf.rfind("/ID");
  if (key == std::string::npos) return false;
  // The hex digit ranges of the two strings.
  std::vector<std::pair<std::size_t, std::size_t>> strings;
  std::size_t i = key + 3;
  while (strings.size() < 2 && i < pdf.size() && pdf[i] != ']') {
    if (pdf[i] == '<') {
      const std::size_t start = ++i;
      while (i < pdf.size() && is_hex(pdf[i])) ++i;
      if (i >= pdf.size() || pdf[i] != '>') return false;
      strings.emplace_back(start, i - start);
    }
    ++i;
  }
  if (strings.size() != 2 || strings[0].second == 0) return false;

  for (const auto& [start, len] : strings) pdf.replace(start, len, len, '0');
  const Sha256Digest digest = sha256(pdf);
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string hex;
  for (std::uint8_t b : digest) {
    hex += kHex[b >> 4];
    hex += kHex[b & 0xF];
  }
  for (const auto& [start, len] : strings) {
    for (std::size_t k = 0; k < len; ++k) pdf[start + k] = hex[k % hex.size()];
  }
  return true;
}

}  // namespace gongwen::pdf
