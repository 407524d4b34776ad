// 字号 (traditional Chinese type sizes) → points, the scale every Chinese
// template uses (gbt9704-and-report-template.md §1.3).
#include <string_view>

#include "style/style.h"

namespace gongwen::style {

namespace {

struct Zihao {
  std::string_view name;
  double pt;
};

constexpr Zihao kZihao[] = {
    {"初号", 42},  {"小初", 36},  {"一号", 26},  {"小一", 24}, {"二号", 22},   {"小二", 18},
    {"三号", 16},  {"小三", 15},  {"四号", 14},  {"小四", 12}, {"五号", 10.5}, {"小五", 9},
    {"六号", 7.5}, {"小六", 6.5}, {"七号", 5.5}, {"八号", 5},
};

}  // namespace

double zihao_to_pt(const std::string& name) {
  for (const auto& z : kZihao) {
    if (z.name == name) return z.pt;
  }
  return -1;
}

}  // namespace gongwen::style
