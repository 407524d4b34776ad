// 成文日期: accepted as 2021-01-23 or "2021年1月23日", printed the GB/T 9704
// way (7.3.5.4: full year, no leading zeros). Internal to the model module.
#pragma once

#include <optional>
#include <string>

namespace gongwen::model {

struct Date {
  int year = 0, month = 0, day = 0;
  std::string iso() const;      // "2021-01-23"
  std::string printed() const;  // "2021年1月23日"
};

// nullopt when the text is neither form or the day does not exist.
std::optional<Date> parse_date(const std::string& text);

}  // namespace gongwen::model
