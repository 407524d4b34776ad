#include "style/value_parse.h"

#include <charconv>
#include <cmath>

#include "style/style.h"

namespace gongwen::style {

namespace {

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::optional<double> parse_number(const std::string& text) {
  if (text.empty()) return std::nullopt;
  double value = 0;
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || ptr != end || !std::isfinite(value)) return std::nullopt;
  return value;
}

}  // namespace

std::optional<Length> parse_length(const std::string& text) {
  const double zihao = zihao_to_pt(text);
  if (zihao > 0) return from_pt(zihao);
  struct Unit {
    const char* suffix;
    double pt_per_unit;
  };
  // Larger than any page dimension, so absurd values are rejected as errors
  // instead of overflowing the fixed-point arithmetic.
  constexpr double kMaxPt = 10000;
  for (const Unit& unit : {Unit{"mm", 72.0 / 25.4}, Unit{"cm", 720.0 / 25.4}, Unit{"pt", 1.0}}) {
    if (!ends_with(text, unit.suffix)) continue;
    auto number = parse_number(text.substr(0, text.size() - 2));
    if (!number || *number < 0 || *number * unit.pt_per_unit > kMaxPt) return std::nullopt;
    return from_pt(*number * unit.pt_per_unit);
  }
  return std::nullopt;
}

std::optional<Color> parse_color(const std::string& text) {
  if (text.size() != 7 || text[0] != '#') return std::nullopt;
  unsigned value = 0;
  auto [ptr, ec] = std::from_chars(text.data() + 1, text.data() + 7, value, 16);
  if (ec != std::errc() || ptr != text.data() + 7) return std::nullopt;
  return Color{static_cast<std::uint8_t>(value >> 16),
               static_cast<std::uint8_t>((value >> 8) & 0xff),
               static_cast<std::uint8_t>(value & 0xff)};
}

std::optional<int> parse_count(const std::string& text) {
  int value = 0;
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (text.empty() || ec != std::errc() || ptr != end) return std::nullopt;
  return value;
}

}  // namespace gongwen::style
