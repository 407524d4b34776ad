// The role table of fonts/fonts.yaml: role → fontconfig patterns, in file order.
#pragma once

#include <string>
#include <vector>

namespace gongwen::font {

struct RoleSpec {
  std::string role;
  std::vector<std::string> patterns;  // fontconfig patterns, first = preferred
  int line = 0;                       // 1-based line of the role in the file
};

// Reads the table. Throws EnvironmentError naming file:line when the file is
// missing, is not YAML, or a role is not a non-empty list of strings.
std::vector<RoleSpec> read_role_table(const std::string& path);

}  // namespace gongwen::font
