#include "font/font_lookup.h"

#include <cctype>
#include <vector>

#include "util/error.h"

namespace gongwen::font {
namespace {

std::string xml_escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// fontconfig compares family names ignoring case and blanks; so do we.
std::string fold(const std::string& name) {
  std::string out;
  for (unsigned char c : name) {
    if (c == ' ') continue;
    out += static_cast<char>(std::tolower(c));
  }
  return out;
}

std::vector<std::string> strings_of(FcPattern* pattern, const char* object) {
  std::vector<std::string> values;
  FcChar8* value = nullptr;
  for (int i = 0; FcPatternGetString(pattern, object, i, &value) == FcResultMatch; ++i) {
    values.emplace_back(reinterpret_cast<const char*>(value));
  }
  return values;
}

bool shares_a_value(const std::vector<std::string>& wanted, const std::vector<std::string>& have) {
  for (const auto& w : wanted) {
    for (const auto& h : have) {
      if (fold(w) == fold(h)) return true;
    }
  }
  return false;
}

}  // namespace

FontLookup::FontLookup(const std::string& app_font_dir) {
  // The system cache directory is read so that system fonts are not rescanned;
  // the user cache directory is where fontconfig may write the cache of the
  // project's own directory.
  const std::string conf =
      "<?xml version=\"1.0\"?><!DOCTYPE fontconfig SYSTEM \"urn:fontconfig:fonts.dtd\">"
      "<fontconfig><dir>" +
      xml_escape(app_font_dir) +
      "</dir><dir>/usr/share/fonts</dir><dir>/usr/local/share/fonts</dir>"
      "<cachedir>/var/cache/fontconfig</cachedir>"
      "<cachedir prefix=\"xdg\">fontconfig</cachedir></fontconfig>";
  config_ = FcConfigCreate();
  if (!config_ ||
      !FcConfigParseAndLoadFromMemory(config_, reinterpret_cast<const FcChar8*>(conf.c_str()),
                                      FcTrue) ||
      !FcConfigBuildFonts(config_)) {
    if (config_) FcConfigDestroy(config_);
    throw EnvironmentError("fontconfig could not be set up to search " + app_font_dir +
                           " and the system font directories");
  }
}

FontLookup::~FontLookup() {
  FcConfigDestroy(config_);
}

std::optional<FoundFont> FontLookup::find(const std::string& pattern_text) const {
  FcPattern* pattern = FcNameParse(reinterpret_cast<const FcChar8*>(pattern_text.c_str()));
  if (!pattern) return std::nullopt;
  const std::vector<std::string> families = strings_of(pattern, FC_FAMILY);
  std::vector<std::string> styles = strings_of(pattern, FC_STYLE);
  // "Regular" goes by many names (Book, Roman, Normal, W3...): any family
  // member that fontconfig ranks first is an acceptable regular face.
  std::erase_if(styles, [](const std::string& s) { return fold(s) == "regular"; });

  // A fixed language keeps the match independent of the user's locale.
  FcPatternAddString(pattern, FC_LANG, reinterpret_cast<const FcChar8*>("zh-cn"));
  FcConfigSubstitute(config_, pattern, FcMatchPattern);
  FcDefaultSubstitute(pattern);
  FcResult result = FcResultNoMatch;
  FcPattern* match = FcFontMatch(config_, pattern, &result);
  FcPatternDestroy(pattern);
  if (!match) return std::nullopt;

  std::optional<FoundFont> found;
  const std::vector<std::string> match_families = strings_of(match, FC_FAMILY);
  FcChar8* file = nullptr;
  int index = 0;
  if (!families.empty() && shares_a_value(families, match_families) &&
      (styles.empty() || shares_a_value(styles, strings_of(match, FC_STYLE))) &&
      FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch) {
    if (FcPatternGetInteger(match, FC_INDEX, 0, &index) != FcResultMatch) index = 0;
    found = FoundFont{reinterpret_cast<const char*>(file), index, families.front()};
  }
  FcPatternDestroy(match);
  return found;
}

}  // namespace gongwen::font
