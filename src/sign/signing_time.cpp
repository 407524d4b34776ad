#include "sign/signing_time.h"

#include <algorithm>
#include <regex>

#include "util/error.h"

namespace gongwen::sign {
namespace {

constexpr int kChinaUtcOffsetMinutes = 8 * 60;

// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
long long days_from_civil(int y, int m, int d) {
  y -= m <= 2 ? 1 : 0;
  const long long era = (y >= 0 ? y : y - 399) / 400;
  const long long yoe = y - era * 400;
  const long long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

int days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[m - 1];
}

[[noreturn]] void bad_time(const std::string& text, const std::string& why) {
  throw UsageError("--time \"" + text + "\" " + why +
                   "; write it as YYYY-MM-DDTHH:MM:SS+08:00, for example "
                   "2021-01-15T10:30:00+08:00");
}

}  // namespace

pdf::Timestamp parse_signing_time(const std::string& text) {
  static const std::regex kPattern(
      R"((\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?)");
  std::smatch m;
  if (!std::regex_match(text, m, kPattern)) bad_time(text, "is not an ISO 8601 date and time");
  pdf::Timestamp t;
  t.year = std::stoi(m[1]);
  t.month = std::stoi(m[2]);
  t.day = std::stoi(m[3]);
  t.hour = std::stoi(m[4]);
  t.minute = std::stoi(m[5]);
  t.second = m[6].matched ? std::stoi(m[6]) : 0;
  if (t.month < 1 || t.month > 12 || t.day < 1 || t.day > days_in_month(t.year, t.month) ||
      t.hour > 23 || t.minute > 59 || t.second > 59) {
    bad_time(text, "is not a valid date and time");
  }
  t.utc_offset_minutes = kChinaUtcOffsetMinutes;
  if (m[7].matched && m[7] != "Z") {
    std::string zone = m[7];
    zone.erase(std::remove(zone.begin(), zone.end(), ':'), zone.end());
    const int hours = std::stoi(zone.substr(1, 2));
    const int minutes = std::stoi(zone.substr(3, 2));
    if (hours > 14 || minutes > 59) bad_time(text, "has an impossible UTC offset");
    t.utc_offset_minutes = (zone[0] == '-' ? -1 : 1) * (hours * 60 + minutes);
  } else if (m[7].matched) {
    t.utc_offset_minutes = 0;
  }
  return t;
}

pdf::Timestamp current_time() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  pdf::Timestamp t;
  t.year = local.tm_year + 1900;
  t.month = local.tm_mon + 1;
  t.day = local.tm_mday;
  t.hour = local.tm_hour;
  t.minute = local.tm_min;
  t.second = local.tm_sec > 59 ? 59 : local.tm_sec;
  t.utc_offset_minutes = static_cast<int>(local.tm_gmtoff / 60);
  return t;
}

std::time_t to_unix_time(const pdf::Timestamp& t) {
  const long long days = days_from_civil(t.year, t.month, t.day);
  return static_cast<std::time_t>(days * 86400 + t.hour * 3600 + t.minute * 60 + t.second -
                                  t.utc_offset_minutes * 60LL);
}

}  // namespace gongwen::sign
