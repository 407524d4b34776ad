#include "model/document/date.h"

#include <charconv>
#include <cstdio>

namespace gongwen::model {

namespace {

bool is_leap(int y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : kDays[m - 1];
}

// Reads digits at `pos` into `value`; false if there are none or too many.
bool read_digits(const std::string& text, std::size_t& pos, int& value, std::size_t max_digits) {
  const std::size_t start = pos;
  while (pos < text.size() && pos - start < max_digits + 1 && text[pos] >= '0' && text[pos] <= '9')
    ++pos;
  if (pos == start || pos - start > max_digits) return false;
  std::from_chars(text.data() + start, text.data() + pos, value);
  return true;
}

bool expect(const std::string& text, std::size_t& pos, const std::string& separator) {
  if (text.compare(pos, separator.size(), separator) != 0) return false;
  pos += separator.size();
  return true;
}

}  // namespace

std::string Date::iso() const {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

std::string Date::printed() const {
  return std::to_string(year) + "年" + std::to_string(month) + "月" + std::to_string(day) + "日";
}

std::optional<Date> parse_date(const std::string& text) {
  Date d;
  std::size_t pos = 0;
  if (!read_digits(text, pos, d.year, 4) || pos != 4) return std::nullopt;
  const bool chinese = text.compare(pos, 3, "年") == 0;
  if (!expect(text, pos, chinese ? "年" : "-")) return std::nullopt;
  if (!read_digits(text, pos, d.month, 2)) return std::nullopt;
  if (!expect(text, pos, chinese ? "月" : "-")) return std::nullopt;
  if (!read_digits(text, pos, d.day, 2)) return std::nullopt;
  if (chinese && !expect(text, pos, "日")) return std::nullopt;
  if (pos != text.size()) return std::nullopt;
  if (d.year < 1900 || d.month < 1 || d.month > 12 || d.day < 1 ||
      d.day > days_in_month(d.year, d.month)) {
    return std::nullopt;
  }
  return d;
}

}  // namespace gongwen::model
