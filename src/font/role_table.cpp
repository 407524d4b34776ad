// The role table is read as the model reads documents (model/yaml/): the same
// checks, and positions as file:line:column, blamed on the installation.
#include "font/role_table.h"

#include <fstream>
#include <set>
#include <sstream>

#include "model/yaml/yaml_source.h"
#include "util/error.h"

namespace gongwen::font {

std::vector<RoleSpec> read_role_table(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw EnvironmentError("cannot read the font role table " + path + " (run scripts/setup)");
  std::stringstream text;
  text << in.rdbuf();

  using model::YamlNode;
  const model::YamlSource source(text.str(), path, model::YamlSource::Blame::kEnvironment);
  const YamlNode root = source.root();
  if (!root.IsMap()) {
    source.fail(root, "expected a map of font roles, e.g. body: [\"FandolFang:style=Regular\"]");
  }

  std::vector<RoleSpec> roles;
  std::set<std::string> seen;
  for (const auto& [key, value] : root.entries()) {
    if (!key.IsScalar() || key.Scalar().empty()) source.fail(key, "a role name must be text");
    RoleSpec spec;
    spec.role = key.Scalar();
    spec.line = source.pos(key).line;
    if (!seen.insert(spec.role).second) {
      source.fail(key, "role '" + spec.role + "' is listed twice; keep one entry");
    }
    const std::string shape_hint = "role '" + spec.role +
                                   "' must be a list of font patterns, e.g. " + spec.role +
                                   ": [\"FandolSong:style=Regular\"]";
    const std::vector<YamlNode> items = value.items();
    if (value.IsScalar() && !value.Scalar().empty()) {
      spec.patterns.push_back(value.Scalar());
    } else if (value.IsSequence() && !items.empty()) {
      for (const YamlNode& item : items) {
        if (!item.IsScalar() || item.Scalar().empty()) source.fail(item, shape_hint);
        spec.patterns.push_back(item.Scalar());
      }
    } else {
      source.fail(value.IsNull() ? key : value, shape_hint);
    }
    roles.push_back(std::move(spec));
  }
  if (roles.empty()) source.fail(root, "no font roles defined");
  return roles;
}

}  // namespace gongwen::font
