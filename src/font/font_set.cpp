// FontSet: the role table resolved to loaded faces. Every role is resolved
// when the set is built, so a missing font is reported before layout starts
// and lookups afterwards are plain reads.
#include "font/font_set.h"

#include <algorithm>
#include <filesystem>
#include <map>

#include "font/font_lookup.h"
#include "font/role_table.h"
#include "util/error.h"

namespace gongwen::font {
namespace {

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += ", ";
    out += "\"" + item + "\"";
  }
  return out;
}

}  // namespace

struct FontSet::Impl {
  std::vector<RoleInfo> roles;                                         // file order
  std::map<std::pair<std::string, int>, std::unique_ptr<Face>> faces;  // each loaded once

  const Face* load(const FoundFont& found) {
    auto key = std::make_pair(found.file, found.index);
    auto it = faces.find(key);
    if (it == faces.end()) {
      it = faces.emplace(key, std::make_unique<Face>(found.file, found.index)).first;
    }
    return it->second.get();
  }

  const RoleInfo* find(std::string_view role) const {
    for (const auto& info : roles) {
      if (info.role == role) return &info;
    }
    return nullptr;
  }
};

FontSet::FontSet(const std::string& roles_yaml, const std::string& font_dir)
    : impl_(std::make_unique<Impl>()) {
  const std::vector<RoleSpec> specs = read_role_table(roles_yaml);
  std::error_code ignored;
  std::filesystem::path dir = std::filesystem::absolute(font_dir, ignored);
  const FontLookup lookup(dir.empty() ? font_dir : dir.string());
  // Roles share patterns (FandolFang serves five): each is matched once,
  // fontconfig's matching being most of the cost of building the set.
  std::map<std::string, std::optional<FoundFont>> matched;

  for (const RoleSpec& spec : specs) {
    RoleInfo info{spec.role, spec.patterns, {}};
    for (const std::string& pattern : spec.patterns) {
      auto [it, fresh] = matched.try_emplace(pattern);
      if (fresh) it->second = lookup.find(pattern);
      const std::optional<FoundFont>& found = it->second;
      if (!found) continue;
      const Face* face = impl_->load(*found);
      // Two patterns may land on the same face; a chain lists each face once.
      if (std::find(info.faces.begin(), info.faces.end(), face) == info.faces.end()) {
        info.faces.push_back(face);
      }
    }
    if (info.faces.empty()) {
      throw EnvironmentError(roles_yaml + ":" + std::to_string(spec.line) + ": no font for role '" +
                             spec.role + "': none of " + join(spec.patterns) +
                             " is installed; run scripts/setup, or install one of them, or "
                             "name an installed family in " +
                             roles_yaml);
    }
    impl_->roles.push_back(std::move(info));
  }
}

FontSet::~FontSet() = default;

const std::vector<const Face*>& FontSet::chain(std::string_view role) const {
  if (const RoleInfo* info = impl_->find(role)) return info->faces;
  std::vector<std::string> known;
  for (const auto& info : impl_->roles) known.push_back(info.role);
  throw EnvironmentError("unknown font role '" + std::string(role) + "'; the font table defines " +
                         join(known));
}

bool FontSet::has_role(std::string_view role) const {
  return impl_->find(role) != nullptr;
}

const Face* FontSet::face_for(std::string_view role, char32_t cp) const {
  for (const Face* face : chain(role)) {
    if (face->has_codepoint(cp)) return face;
  }
  return nullptr;
}

std::vector<FontSet::RoleInfo> FontSet::roles() const {
  return impl_->roles;
}

}  // namespace gongwen::font
