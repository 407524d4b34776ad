#include "pdf/number_format.h"

#include <charconv>
#include <cmath>

namespace gongwen::pdf {

double quantize(double value, int decimals) {
  const double scale = std::pow(10.0, decimals);
  const double q = std::round(value * scale) / scale;
  return q == 0.0 ? 0.0 : q;  // folds -0 into 0
}

std::string format_number(double value, int decimals) {
  // std::to_chars ignores the C locale, so a reader never sees "0,5".
  char buf[64];
  const double q = quantize(value, decimals);
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, q, std::chars_format::fixed, decimals);
  if (ec != std::errc()) return "0";
  std::string s(buf, end);
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  if (s == "-0") s = "0";
  return s;
}

}  // namespace gongwen::pdf
