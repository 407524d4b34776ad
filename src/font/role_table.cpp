#include "font/role_table.h"

#include <fstream>
#include <set>
#include <sstream>

#include <yaml-cpp/yaml.h>

#include "util/error.h"

namespace gongwen::font {
namespace {

[[noreturn]] void fail(const std::string& path, const YAML::Mark& mark, const std::string& what) {
  std::string where = path;
  if (mark.line >= 0) where += ":" + std::to_string(mark.line + 1);
  throw EnvironmentError(where + ": " + what);
}

}  // namespace

std::vector<RoleSpec> read_role_table(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw EnvironmentError("cannot read the font role table " + path + " (run scripts/setup)");
  std::stringstream text;
  text << in.rdbuf();

  YAML::Node root;
  try {
    root = YAML::Load(text.str());
  } catch (const YAML::Exception& e) {
    fail(path, e.mark, "not valid YAML: " + e.msg);
  }
  if (!root.IsMap()) {
    fail(path, root.Mark(),
         "expected a map of font roles, e.g. body: [\"FandolFang:style=Regular\"]");
  }

  std::vector<RoleSpec> roles;
  std::set<std::string> seen;
  for (const auto& entry : root) {
    const YAML::Node& key = entry.first;
    const YAML::Node& value = entry.second;
    if (!key.IsScalar() || key.Scalar().empty()) fail(path, key.Mark(), "a role name must be text");
    RoleSpec spec;
    spec.role = key.Scalar();
    spec.line = key.Mark().line + 1;
    if (!seen.insert(spec.role).second) {
      fail(path, key.Mark(), "role '" + spec.role + "' is listed twice; keep one entry");
    }
    const std::string shape_hint = "role '" + spec.role +
                                   "' must be a list of font patterns, e.g. " + spec.role +
                                   ": [\"FandolSong:style=Regular\"]";
    if (value.IsScalar() && !value.Scalar().empty()) {
      spec.patterns.push_back(value.Scalar());
    } else if (value.IsSequence() && value.size() > 0) {
      for (const auto& item : value) {
        if (!item.IsScalar() || item.Scalar().empty()) fail(path, item.Mark(), shape_hint);
        spec.patterns.push_back(item.Scalar());
      }
    } else {
      fail(path, value.IsDefined() && !value.IsNull() ? value.Mark() : key.Mark(), shape_hint);
    }
    roles.push_back(std::move(spec));
  }
  if (roles.empty()) fail(path, root.Mark(), "no font roles defined");
  return roles;
}

}  // namespace gongwen::font
