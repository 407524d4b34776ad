// The typography options of a style file: title arrangement, punctuation
// style, half-width line-end marks, Han–Latin space, faux bold per text style.
#include <cstdio>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "style/style.h"
#include "util/error.h"

namespace gongwen::style {
namespace {

Style load_text(const std::string& text) {
  const std::string path = ::testing::TempDir() + "typography_style_" +
                           ::testing::UnitTest::GetInstance()->current_test_info()->name() +
                           ".yaml";
  std::ofstream(path) << text;
  try {
    Style style = load_style(path);
    std::remove(path.c_str());
    return style;
  } catch (...) {
    std::remove(path.c_str());
    throw;
  }
}

std::string error_of(const std::string& text) {
  try {
    load_text(text);
  } catch (const EnvironmentError& e) {
    return e.what();
  }
  return "";
}

TEST(TypographyStyle, ProjectStyleKeepsEveryOptionOff) {
  const Style style = load_style(std::string(GONGWEN_SOURCE_DIR) + "/styles/gbt9704.yaml");
  EXPECT_EQ(style.punctuation, Punctuation::kQuanjiao);
  EXPECT_FALSE(style.line_end_punctuation_half);
  EXPECT_FALSE(style.han_latin_quarter_space);
  EXPECT_EQ(style.title_arrangement, TitleArrangement::kTrapezoid);
  EXPECT_EQ(style.title_margin_chars, 1);
  for (const TextStyle& heading : style.heading) EXPECT_FALSE(heading.faux_bold);
}

TEST(TypographyStyle, OptionsAreRead) {
  const Style style = load_text(
      "title: {arrangement: diamond, margin_chars: 2}\n"
      "typography: {punctuation: kaiming, line_end_punctuation_half: true, "
      "han_latin_space: quarter}\n"
      "text: {heading2: {role: heading2, size: 三号, faux_bold: true}}\n");
  EXPECT_EQ(style.title_arrangement, TitleArrangement::kDiamond);
  EXPECT_EQ(style.title_margin_chars, 2);
  EXPECT_EQ(style.punctuation, Punctuation::kKaiming);
  EXPECT_TRUE(style.line_end_punctuation_half);
  EXPECT_TRUE(style.han_latin_quarter_space);
  EXPECT_FALSE(style.heading[0].faux_bold);
  EXPECT_TRUE(style.heading[1].faux_bold);
  EXPECT_EQ(load_text("typography: {punctuation: banjiao}\n").punctuation, Punctuation::kBanjiao);
}

TEST(TypographyStyle, WrongValuesNameTheChoices) {
  EXPECT_NE(error_of("typography: {punctuation: half}\n")
                .find(":1:27: this setting: \"half\" is not one of quanjiao, kaiming, banjiao"),
            std::string::npos)
      << error_of("typography: {punctuation: half}\n");
  EXPECT_NE(error_of("typography: {han_latin_space: 0.25}\n").find("is not one of 0, quarter"),
            std::string::npos);
  EXPECT_NE(error_of("typography: {line_end_punctuation_half: yes}\n")
                .find("\"yes\" is not true or false"),
            std::string::npos);
  EXPECT_NE(error_of("title: {arrangement: round}\n").find("trapezoid, diamond"),
            std::string::npos);
  EXPECT_NE(error_of("text: {heading1: {faux_bold: maybe}}\n").find("faux_bold"),
            std::string::npos);
}

}  // namespace
}  // namespace gongwen::style
