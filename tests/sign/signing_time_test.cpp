#include "sign/signing_time.h"

#include <gtest/gtest.h>

#include "util/error.h"

namespace gongwen::sign {
namespace {

TEST(SigningTime, ParsesIso8601WithAndWithoutOffset) {
  pdf::Timestamp t = parse_signing_time("2021-01-15T10:30:05+08:00");
  EXPECT_EQ(pdf::pdf_date(t), "D:20210115103005+08'00'");
  EXPECT_EQ(pdf::xmp_date(parse_signing_time("2021-01-15 10:30Z")), "2021-01-15T10:30:00Z");
  EXPECT_EQ(pdf::xmp_date(parse_signing_time("2021-01-15T10:30:00-0530")),
            "2021-01-15T10:30:00-05:30");
  // No offset: China Standard Time, like document dates.
  EXPECT_EQ(pdf::xmp_date(parse_signing_time("2021-01-15T10:30:00")), "2021-01-15T10:30:00+08:00");
}

TEST(SigningTime, RejectsWhatIsNotATime) {
  for (const char* bad : {"2021-01-15", "2021-02-30T10:00:00", "2021-01-15T24:00:00", "yesterday",
                          "2021-01-15T10:00:00+15:00", ""}) {
    EXPECT_THROW(parse_signing_time(bad), UsageError) << bad;
  }
  try {
    parse_signing_time("tomorrow");
  } catch (const UsageError& e) {
    EXPECT_NE(std::string(e.what()).find("2021-01-15T10:30:00+08:00"), std::string::npos);
  }
}

TEST(SigningTime, ConvertsToUnixTime) {
  EXPECT_EQ(to_unix_time(parse_signing_time("1970-01-01T08:00:00+08:00")), 0);
  EXPECT_EQ(to_unix_time(parse_signing_time("2021-01-15T00:00:00Z")), 1610668800);
  const std::time_t now = std::time(nullptr);
  const std::time_t clock = to_unix_time(current_time());
  EXPECT_LE(std::abs(static_cast<long long>(clock - now)), 2);
}

}  // namespace
}  // namespace gongwen::sign
