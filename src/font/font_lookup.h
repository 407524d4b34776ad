// Font discovery through fontconfig, with a configuration of our own: the
// project's font directory first, then the system font directories. The
// user's fontconfig files are not read, so a lookup gives the same answer for
// every user of the machine.
#pragma once

#include <optional>
#include <string>

#include <fontconfig/fontconfig.h>

namespace gongwen::font {

struct FoundFont {
  std::string file;
  int index = 0;       // face index inside a collection
  std::string family;  // the family that matched the request
};

class FontLookup {
 public:
  explicit FontLookup(const std::string& app_font_dir);  // throws EnvironmentError
  ~FontLookup();
  FontLookup(const FontLookup&) = delete;
  FontLookup& operator=(const FontLookup&) = delete;

  // Resolves a fontconfig pattern ("FandolSong:style=Bold"). fontconfig always
  // returns its best match, so the match is accepted only when one of its
  // families is the requested family (and its style, when one is requested
  // other than Regular); otherwise nullopt.
  std::optional<FoundFont> find(const std::string& pattern) const;

 private:
  FcConfig* config_ = nullptr;
};

}  // namespace gongwen::font
