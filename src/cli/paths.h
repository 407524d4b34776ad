// Where gongwen finds its data: styles/, fonts/ (GONGWEN_HOME, else the
// source tree the binary was built from).
#pragma once

#include <string>

namespace gongwen::cli {

std::string home_dir();
std::string styles_dir();
std::string fonts_yaml();
std::string fonts_dir();

}  // namespace gongwen::cli
