// styles/*.yaml → style::Style: 字号 names, units, defaults, errors with lines.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

#include "style/style.h"
#include "util/error.h"

namespace gongwen::style {
namespace {

// Writes `text` to a temporary style file and loads it.
class TempStyle {
 public:
  explicit TempStyle(const std::string& text) {
    path_ = ::testing::TempDir() + "style_test_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".yaml";
    std::ofstream(path_) << text;
  }
  ~TempStyle() { std::remove(path_.c_str()); }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

std::string load_error(const std::string& text) {
  TempStyle file(text);
  try {
    load_style(file.path());
  } catch (const EnvironmentError& e) {
    return e.what();
  }
  return "";
}

TEST(Zihao, NamesToPoints) {
  EXPECT_DOUBLE_EQ(zihao_to_pt("三号"), 16);
  EXPECT_DOUBLE_EQ(zihao_to_pt("四号"), 14);
  EXPECT_DOUBLE_EQ(zihao_to_pt("五号"), 10.5);
  EXPECT_DOUBLE_EQ(zihao_to_pt("小四"), 12);
  EXPECT_DOUBLE_EQ(zihao_to_pt("二号"), 22);
  EXPECT_DOUBLE_EQ(zihao_to_pt("初号"), 42);
  EXPECT_DOUBLE_EQ(zihao_to_pt("八号"), 5);
  EXPECT_EQ(zihao_to_pt("九号"), -1);
  EXPECT_EQ(zihao_to_pt(""), -1);
}

TEST(LoadStyle, ShippedStyleHoldsTheGbt9704Values) {
  const Style s = load_style(std::string(GONGWEN_SOURCE_DIR) + "/styles/gbt9704.yaml");
  EXPECT_EQ(s.page_width, from_mm(210));
  EXPECT_EQ(s.page_height, from_mm(297));
  EXPECT_EQ(s.margin_top, from_mm(37));
  EXPECT_EQ(s.margin_left, from_mm(28));
  EXPECT_EQ(s.area_width, from_mm(156));
  EXPECT_EQ(s.area_height, from_mm(225));
  EXPECT_EQ(s.lines_per_page, 22);
  EXPECT_EQ(s.chars_per_line, 28);
  EXPECT_EQ(s.title.size, from_pt(22));
  EXPECT_EQ(s.title.role, "title");
  EXPECT_EQ(s.body.size, from_pt(16));
  EXPECT_EQ(s.heading[1].role, "heading2");
  EXPECT_EQ(s.page_number.size, from_pt(14));
  EXPECT_EQ(s.table.size, from_pt(10.5));
  EXPECT_EQ(s.page_number_gap, from_mm(7));
  EXPECT_EQ(s.sealed_date_right_chars, 4);
  EXPECT_EQ(s.title_line_pitch, from_pt(35));
}

TEST(LoadStyle, UnitsAndZihaoNames) {
  TempStyle file(
      "page: {margin_top: 3.5cm, margin_left: 27mm}\n"
      "text:\n  body: {size: 小四, color: \"#102030\"}\n"
      "table: {rule: 1.5pt}\n");
  const Style s = load_style(file.path());
  EXPECT_EQ(s.margin_top, from_mm(35));
  EXPECT_EQ(s.margin_left, from_mm(27));
  EXPECT_EQ(s.body.size, from_pt(12));
  EXPECT_EQ(s.body.role, "body");  // not given: keeps the default
  EXPECT_EQ(s.body.color, (Color{0x10, 0x20, 0x30}));
  EXPECT_EQ(s.table_rule, from_pt(1.5));
  EXPECT_EQ(s.lines_per_page, 22);
}

TEST(LoadStyle, BadValueNamesFileLineAndColumn) {
  const std::string message =
      load_error("grid:\n  lines_per_page: 22\npage:\n  margin_top: 37 mm\n");
  EXPECT_NE(message.find("style_test_BadValueNamesFileLineAndColumn.yaml:4:15:"), std::string::npos)
      << message;
  EXPECT_NE(message.find("not a length"), std::string::npos) << message;
}

TEST(LoadStyle, UnknownKeyIsAnError) {
  const std::string message = load_error("page:\n  margin_tpo: 37mm\n");
  EXPECT_NE(message.find(":2:3:"), std::string::npos) << message;
  EXPECT_NE(message.find("margin_tpo"), std::string::npos) << message;
  EXPECT_NE(message.find("margin_top"), std::string::npos) << message;  // listed as known
}

TEST(LoadStyle, UnknownSectionAndDuplicateKey) {
  EXPECT_NE(load_error("paper: {}\n").find(":1:1: unknown section \"paper\""), std::string::npos);
  EXPECT_NE(load_error("page:\n  width: 210mm\n  width: 200mm\n").find(":3:3:"), std::string::npos);
}

TEST(LoadStyle, OutOfRangeCountAndBadColor) {
  EXPECT_NE(load_error("grid: {lines_per_page: 0}\n").find("whole number from 1"),
            std::string::npos);
  EXPECT_NE(load_error("text: {body: {color: red}}\n").find("not a colour"), std::string::npos);
  EXPECT_NE(load_error("text: {body: {size: 0pt}}\n").find("larger than zero"), std::string::npos);
}

TEST(LoadStyle, ChartPaletteAndTitleComeFromTheStyleFile) {
  const Style shipped = load_style(std::string(GONGWEN_SOURCE_DIR) + "/styles/gbt9704.yaml");
  ASSERT_EQ(shipped.chart_palette.size(), 6u);
  EXPECT_EQ(shipped.chart_palette[0], (Color{0x1E, 0x3C, 0x66}));
  EXPECT_EQ(shipped.chart_title.size, from_pt(12));  // 小四
  EXPECT_EQ(shipped.chart_title.role, "table_header");

  TempStyle file("chart: {palette: [\"#000000\", \"#808080\"]}\n");
  const Style grey = load_style(file.path());
  EXPECT_EQ(grey.chart_palette, (std::vector<Color>{{0, 0, 0}, {0x80, 0x80, 0x80}}));
  EXPECT_NE(
      load_error("chart: {palette: [\"#000000\"]}\n").find(":1:18: palette is a list of 2 to 16"),
      std::string::npos);
  EXPECT_NE(load_error("chart:\n  palette: [\"#000000\", blue]\n")
                .find(":2:24: \"blue\" is not a colour"),
            std::string::npos);
}

TEST(LoadStyle, TypeAreaMustFitThePage) {
  EXPECT_NE(load_error("page: {area_width: 190mm}\n").find("does not fit"), std::string::npos);
}

TEST(LoadStyle, MissingFileAndBrokenYaml) {
  EXPECT_THROW(load_style("/nonexistent/style.yaml"), EnvironmentError);
  EXPECT_NE(load_error("page: [1, 2\n").find("not valid YAML"), std::string::npos);
}

}  // namespace
}  // namespace gongwen::style
