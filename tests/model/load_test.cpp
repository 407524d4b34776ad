// Generic documents: every block kind, positions, and the errors a user sees.
#include <gtest/gtest.h>

#include "model/load.h"
#include "model_test_support.h"
#include "util/error.h"

namespace gongwen::model {
namespace {

using testing::blocks_of;

Document load(const std::string& yaml) {
  return load_document_from_string(yaml, "doc.yaml", testing::styles_dir());
}

// The message of the InputError that loading `yaml` throws ("" if none).
std::string error_of(const std::string& yaml) {
  try {
    load(yaml);
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

TEST(LoadGeneric, EveryBlockKind) {
  const Document doc = load(
      "title: [关于做好某项工作的通知, 第二行]\n"
      "body:\n"
      "  - 　　第一段，前面的全角空格去掉。\n"
      "  - h1: 一、总体要求\n"
      "  - {h2: （一）工作目标}\n"
      "  - {p: 正文内容。, lead: （二）工作要求。}\n"
      "  - table:\n"
      "      caption: 表1\n"
      "      header_rows: 1\n"
      "      widths: [2, 1, 1]\n"
      "      rows:\n"
      "        - [项目, {text: 数量, colspan: 2, align: center}]\n"
      "        - [{text: 合计, rowspan: 2, vertical: true}, 1, 2]\n"
      "        - [3, ~]\n"
      "  - chart: {kind: pie, title: 构成, categories: [甲, 乙], values: [1, 2], unit: 件}\n"
      "  - page_break: true\n"
      "signature: {agency: 某某局, date: \"2021年1月5日\", seal: true}\n"
      "author: 某某局办公室\n");
  EXPECT_EQ(doc.title.lines, (std::vector<std::string>{"关于做好某项工作的通知", "第二行"}));
  ASSERT_EQ(doc.body.size(), 7u);
  EXPECT_EQ(std::get<Paragraph>(doc.body[0]).text, "第一段，前面的全角空格去掉。");
  EXPECT_EQ(std::get<Heading>(doc.body[1]).level, 1);
  EXPECT_EQ(std::get<Heading>(doc.body[2]).text, "（一）工作目标");
  const auto& run_in = std::get<Paragraph>(doc.body[3]);
  EXPECT_EQ(run_in.lead, "（二）工作要求。");
  EXPECT_EQ(run_in.lead_level, 2);
  const auto& table = std::get<Table>(doc.body[4]);
  EXPECT_EQ(table.caption, "表1");
  EXPECT_EQ(table.header_rows, 1);
  EXPECT_EQ(table.column_widths, (std::vector<double>{2, 1, 1}));
  EXPECT_EQ(table.rows[0].cells[1].colspan, 2);
  EXPECT_EQ(table.rows[0].cells[1].align, Align::kCenter);
  EXPECT_EQ(table.rows[1].cells[0].rowspan, 2);
  EXPECT_TRUE(table.rows[1].cells[0].vertical);
  EXPECT_EQ(table.rows[2].cells[1].text, "");
  const auto& chart = std::get<Chart>(doc.body[5]);
  EXPECT_EQ(chart.kind, Chart::Kind::kPie);
  EXPECT_EQ(chart.unit, "件");
  EXPECT_EQ(chart.series[0].values, (std::vector<double>{1, 2}));
  EXPECT_TRUE(std::holds_alternative<PageBreak>(doc.body[6]));
  ASSERT_TRUE(doc.signature);
  EXPECT_EQ(doc.signature->date, "2021年1月5日");
  EXPECT_TRUE(doc.signature->seal);
  EXPECT_EQ(doc.iso_date, "2021-01-05");
  EXPECT_EQ(doc.author, "某某局办公室");
  EXPECT_EQ(doc.subject, "关于做好某项工作的通知第二行");
}

TEST(LoadGeneric, PositionsAreOneBasedWithCharacterColumns) {
  const Document doc = load("title: 标题\nbody:\n  - 第一段\n  - {h2: （一）小标题}\n");
  const auto& p = std::get<Paragraph>(doc.body[0]);
  EXPECT_EQ(p.pos.str(), "doc.yaml:3:5");
  EXPECT_EQ(std::get<Heading>(doc.body[1]).pos.line, 4);
  EXPECT_EQ(doc.title.pos.str(), "doc.yaml:1:8");  // 标题 starts at the 8th character
}

TEST(LoadGeneric, GroupedChartAndDashedDate) {
  const Document doc = load(
      "title: t\nbody:\n  - chart:\n      kind: grouped\n      categories: [a, b]\n"
      "      series: [{name: 2020, values: [1, 2]}, {name: 2021, values: [3, 4]}]\n"
      "signature: {agency: 局, date: 2021-01-23}\n");
  EXPECT_EQ(std::get<Chart>(doc.body[0]).series.size(), 2u);
  EXPECT_EQ(doc.signature->date, "2021年1月23日");
}

TEST(LoadGenericErrors, UnknownKeySuggestsTheRightOne) {
  const std::string message =
      error_of("title: t\nbody: [a]\nsignture: {agency: a, date: 2021-01-01}\n");
  EXPECT_NE(message.find("doc.yaml:3:1: unknown key \"signture\""), std::string::npos) << message;
  EXPECT_NE(message.find("Did you mean \"signature\"?"), std::string::npos) << message;
}

TEST(LoadGenericErrors, UnknownKeyInsideABlock) {
  const std::string message = error_of("title: t\nbody:\n  - {p: text, laed: x}\n");
  EXPECT_NE(message.find("doc.yaml:3:15:"), std::string::npos) << message;
  EXPECT_NE(message.find("Did you mean \"lead\"?"), std::string::npos) << message;
}

TEST(LoadGenericErrors, WrongType) {
  const std::string message = error_of("title: t\nbody:\n  key: value\n");
  EXPECT_NE(message.find("doc.yaml:3:3: body must be a list"), std::string::npos) << message;
  const std::string cell = error_of("title: t\nbody:\n  - table: {rows: [[a, [b]]]}\n");
  EXPECT_NE(cell.find("doc.yaml:3:24:"), std::string::npos) << cell;
  EXPECT_NE(cell.find("a table cell is a text or a map"), std::string::npos) << cell;
}

TEST(LoadGenericErrors, DuplicateKey) {
  const std::string message = error_of("title: a\nbody: [x]\ntitle: b\n");
  EXPECT_NE(message.find("doc.yaml:3:1: \"title\" is given twice"), std::string::npos) << message;
  EXPECT_NE(message.find("first at line 1"), std::string::npos) << message;
}

TEST(LoadGenericErrors, MissingRequiredField) {
  EXPECT_NE(error_of("title: t\n").find("needs the key \"body\""), std::string::npos);
  EXPECT_NE(
      error_of("title: t\nbody: [x]\nsignature: {agency: a}\n").find("needs the key \"date\""),
      std::string::npos);
}

TEST(LoadGeneric, ChartColorsAreReadInOrder) {
  const Document doc = load(
      "title: t\nbody:\n  - chart:\n      kind: pie\n      categories: [a, b]\n"
      "      values: [1, 2]\n      colors: [\"#1E3C66\", \"#c0891b\", \"#000000\"]\n");
  EXPECT_EQ(std::get<Chart>(doc.body[0]).colors,
            (std::vector<std::uint32_t>{0x1E3C66, 0xC0891B, 0x000000}));
}

TEST(LoadGenericErrors, ChartColorsAreCheckedWithTheirPosition) {
  const std::string head =
      "title: t\nbody:\n  - chart:\n      kind: grouped\n"
      "      categories: [a]\n"
      "      series: [{name: x, values: [1]}, {name: y, values: [2]}]\n";
  EXPECT_NE(error_of(head + "      colors: [\"#1E3C66\", \"#1E3C6\"]\n")
                .find("doc.yaml:7:27: \"#1E3C6\" is not a colour"),
            std::string::npos);
  EXPECT_NE(error_of(head + "      colors: [\"#1E3C66\", \"#GGGGGG\"]\n")
                .find("doc.yaml:7:27: \"#GGGGGG\" is not a colour"),
            std::string::npos);
  EXPECT_NE(error_of(head + "      colors:\n        - #1E3C66\n        - \"#C0891B\"\n")
                .find("an unquoted # starts a comment"),
            std::string::npos);
  EXPECT_NE(error_of(head + "      colors: [\"#1E3C66\"]\n")
                .find("doc.yaml:7:15: colors gives 1 colour but the chart has 2 series"),
            std::string::npos);
  EXPECT_NE(error_of(head + "      colors: []\n").find("colors is a list of 1 to 16 colours"),
            std::string::npos);
  EXPECT_EQ(error_of(head + "      colors: [\"#1E3C66\", \"#C0891B\"]\n"), "");
}

TEST(LoadGenericErrors, BadValues) {
  EXPECT_NE(error_of("title: t\nbody: [x]\nsignature: {agency: a, date: 2021-02-30}\n")
                .find("doc.yaml:3:30: \"2021-02-30\" is not a date"),
            std::string::npos);
  EXPECT_NE(error_of("title: t\nbody:\n  - {h5: x}\n").find("unknown key \"h5\""),
            std::string::npos);
  EXPECT_NE(error_of("title: t\nbody:\n  - {h1: a, h2: b}\n").find("mixes"), std::string::npos);
  EXPECT_NE(error_of("title: t\nbody:\n  - chart: {categories: [a, b], values: [1]}\n")
                .find("there are 1 values but 2 categories"),
            std::string::npos);
  EXPECT_NE(
      error_of("title: t\nbody:\n  - table: {rows: [[a, b], [c]]}\n").find("row 2 fills 1 columns"),
      std::string::npos);
  EXPECT_NE(error_of("title: t\nbody:\n  - table: {rows: [[{text: a, rowspan: 3}]]}\n")
                .find("runs past the last row"),
            std::string::npos);
  EXPECT_NE(error_of("title: t\nbody: [x]\nstyle: ../etc/passwd\n").find("style names a file"),
            std::string::npos);
}

TEST(LoadGenericErrors, HostileInputGivesClearErrors) {
  EXPECT_NE(error_of("title: \xC3\x28\nbody: [x]\n").find("doc.yaml:1:8: the file is not UTF-8"),
            std::string::npos);
  EXPECT_NE(error_of("title: t\nbody: [x]\n\x01").find("control character"), std::string::npos);
  const std::string bomb =
      "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\ntitle: t\nbody: [*c]\n";
  EXPECT_NE(error_of(bomb).find("doc.yaml:2:8: YAML aliases"), std::string::npos) << error_of(bomb);
  const std::string deep =
      "title: t\nbody: " + std::string(10000, '[') + std::string(10000, ']') + "\n";
  EXPECT_NE(error_of(deep).find("nested more than"), std::string::npos);
  EXPECT_NE(error_of("title: t\nbody: [x]\n---\ntitle: u\n").find("more than one YAML document"),
            std::string::npos);
  EXPECT_NE(error_of("title: [t\nbody: x\n").find("not valid YAML"), std::string::npos);
  EXPECT_NE(error_of("- a\n- b\n").find("a document is a map"), std::string::npos);
  EXPECT_NE(error_of("").find("a document is a map"), std::string::npos);
}

TEST(LoadGenericErrors, UnreadableFileIsAnEnvironmentError) {
  EXPECT_THROW(load_document("/nonexistent/doc.yaml", testing::styles_dir()), EnvironmentError);
}

}  // namespace
}  // namespace gongwen::model
