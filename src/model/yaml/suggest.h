// "Did you mean …?" for misspelt keys and labels. Internal to the model module.
#pragma once

#include <string>
#include <vector>

namespace gongwen::model {

// The candidate closest to `wrong` (by edit distance over characters, or one
// containing the other), or "" when none is close enough to be a likely typo.
std::string closest_match(const std::string& wrong, const std::vector<std::string>& candidates);

// " Did you mean “x”?" or "" — ready to append to a message.
std::string did_you_mean(const std::string& wrong, const std::vector<std::string>& candidates);

// Splits UTF-8 text into code points (invalid bytes count as one each).
std::u32string to_code_points(const std::string& text);

}  // namespace gongwen::model
