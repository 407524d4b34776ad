#include "cli/paths.h"

#include <cstdlib>

namespace gongwen::cli {

std::string home_dir() {
  if (const char* env = std::getenv("GONGWEN_HOME"); env && *env) return env;
  return GONGWEN_SOURCE_DIR;
}

std::string styles_dir() {
  return home_dir() + "/styles";
}
std::string fonts_yaml() {
  return home_dir() + "/fonts/fonts.yaml";
}
std::string fonts_dir() {
  return home_dir() + "/fonts/files";
}

}  // namespace gongwen::cli
