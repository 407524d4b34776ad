// Annual reports: template expansion, computed totals, editions, and the
// errors an officer filling in the YAML sees.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "model/report/check.h"
#include "model/load.h"
#include "model/report/report.h"
#include "model/report/scaffold.h"
#include "model/document/table_grid.h"
#include "model_test_support.h"
#include "util/error.h"

namespace gongwen::model {
namespace {

using testing::blocks_of;
using testing::find_cell;

std::string read(const std::string& path) {
  std::ifstream in(path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string replace(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

LoadedDocument load(const std::string& yaml) {
  return load_with_report_from_string(yaml, "r.yaml", testing::styles_dir());
}

std::string error_of(const std::string& yaml) {
  try {
    load(yaml);
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

class ReportLoadTest : public ::testing::Test {
 protected:
  const std::string seed = read(testing::seed_path());
  const std::string example = read(testing::example_2021_path());
};

TEST_F(ReportLoadTest, EditionFollowsFromTheYear) {
  EXPECT_EQ(load(example).report->edition, 2021);  // no edition: key, year 2021
  EXPECT_EQ(load(replace(seed, "  edition: 2019\n", "")).report->edition, 2019);
}

TEST_F(ReportLoadTest, DefaultTitleFromAgencyAndYear) {
  const Document doc = load(example).document;
  EXPECT_EQ(doc.title.lines,
            (std::vector<std::string>{"示例市示例局", "2021年度政府信息公开工作年度报告"}));
  EXPECT_EQ(doc.iso_date, "2022-01-20");
  EXPECT_EQ(doc.signature->date, "2022年1月20日");
}

TEST_F(ReportLoadTest, Edition2021TableThreeHas22ResultRows) {
  const Document doc = load(example).document;
  const auto tables = blocks_of<Table>(doc);
  ASSERT_EQ(tables.size(), 3u);
  const Table& t3 = *tables[1];
  EXPECT_EQ(find_cell(t3, "三、本年度办理结果")->rowspan, 22);
  EXPECT_EQ(find_cell(t3, "（六）其他处理")->rowspan, 3);
  EXPECT_EQ(t3.rows.size(), 3u + 25u);
  EXPECT_FALSE(find_grid_problem(t3).has_value());
  // 2021 table 二: 4 groups, the single value cell spans all value columns.
  const Table& t2 = *tables[0];
  EXPECT_EQ(find_cell(t2, "第二十条第（九）项"), nullptr);
  EXPECT_NE(find_cell(t2, "本年收费金额（单位：万元）"), nullptr);
  EXPECT_EQ(find_cell(t2, "12.5")->colspan, grid_columns(t2) - 1);
}

TEST_F(ReportLoadTest, OmittedTotalsAreComputed) {
  const LoadedDocument loaded = load(example);
  const ReportTable& t3 = *loaded.report->sections[2].table;
  const ReportRow* total = t3.find("本年度办理结果/总计");
  ASSERT_NE(total, nullptr);
  std::vector<double> numbers;
  for (const ReportValue& v : total->values) {
    EXPECT_TRUE(v.computed);
    numbers.push_back(*v.number);
  }
  EXPECT_EQ(numbers, (std::vector<double>{41, 6, 1, 2, 3, 1, 54}));
  // The printed table shows the sums.
  const Table& printed = *blocks_of<Table>(loaded.document)[1];
  const auto row = std::find_if(printed.rows.begin(), printed.rows.end(), [](const TableRow& r) {
    return !r.cells.empty() && r.cells[0].text == "（七）总计";
  });
  ASSERT_NE(row, printed.rows.end());
  EXPECT_EQ(row->cells.back().text, "54");
}

TEST_F(ReportLoadTest, RowTotalMayBeLeftOut) {
  const LoadedDocument loaded =
      load(replace(example, "予以公开: [20, 3, 1, 1, 1, 1, 27]", "予以公开: [20, 3, 1, 1, 1, 1]"));
  const ReportValue& total =
      loaded.report->sections[2].table->find("本年度办理结果/予以公开")->values[6];
  EXPECT_TRUE(total.computed);
  EXPECT_EQ(total.text, "27");
}

TEST_F(ReportLoadTest, ProseBeforeATable) {
  const LoadedDocument loaded = load(replace(seed, "二、主动公开政府信息情况:\n",
                                             "二、主动公开政府信息情况:\n  text: [表前说明。]\n"));
  const auto& section = loaded.report->sections[1];
  ASSERT_EQ(section.blocks.size(), 1u);
  EXPECT_EQ(std::get<Paragraph>(section.blocks[0]).text, "表前说明。");
}

TEST_F(ReportLoadTest, UnknownRowSuggestsTheTemplateLabel) {
  const std::string message = error_of(replace(seed, "      属于国家秘密:", "      属于国家秘蜜:"));
  EXPECT_NE(message.find("\"属于国家秘蜜\" is not a row of \"（三）不予公开\""), std::string::npos)
      << message;
  EXPECT_NE(message.find("Did you mean \"属于国家秘密\"?"), std::string::npos) << message;
  EXPECT_NE(message.find("r.yaml:"), std::string::npos);
}

TEST_F(ReportLoadTest, RowOfTheOtherEditionSaysSo) {
  const std::string message =
      error_of(replace(seed, "    规范性文件: [1, 1, 1]", "    行政规范性文件: [1, 1, 1]"));
  EXPECT_NE(message.find("is a row of the 2021 edition"), std::string::npos) << message;
  EXPECT_NE(message.find("gongwen new --edition 2019"), std::string::npos) << message;
  const std::string group =
      error_of(replace(example, "  第二十条第（八）项:", "  第二十条第（九）项:"));
  EXPECT_NE(group.find("is a row of the 2019 edition"), std::string::npos) << group;
}

TEST_F(ReportLoadTest, WrongNumberOfValues) {
  const std::string message =
      error_of(replace(seed, "予以公开: [0, 0, 0, 0, 0, 0, 0]", "予以公开: [0, 0, 0, 0, 0]"));
  EXPECT_NE(message.find("takes 7 numbers, in this order: 自然人, 商业企业"), std::string::npos)
      << message;
  EXPECT_NE(message.find("here there are 5"), std::string::npos) << message;
  const std::string other = error_of(replace(seed, "行政许可: [0, 0, 0]", "行政许可: [0]"));
  EXPECT_NE(other.find("1 is the count of the 2021 edition"), std::string::npos) << other;
}

TEST_F(ReportLoadTest, MissingRowsAreListed) {
  const std::string message =
      error_of(replace(seed, "      重复申请: [0, 0, 0, 0, 0, 0, 0]\n", ""));
  EXPECT_NE(message.find("missing 1 row(s): 本年度办理结果/不予处理/重复申请"), std::string::npos)
      << message;
}

TEST_F(ReportLoadTest, GroupNeedsAMap) {
  const std::string message =
      error_of(replace(seed, "    其他处理: [0, 0, 0, 0, 0, 0, 0]", "    不予处理: [0]"));
  EXPECT_NE(message.find("given twice"), std::string::npos) << message;
  const std::string group =
      error_of(replace(example, "    其他处理:\n", "    其他处理: [1]\n    x:\n"));
  EXPECT_NE(group.find("is a group of rows"), std::string::npos) << group;
}

TEST_F(ReportLoadTest, ReportLevelErrors) {
  EXPECT_NE(error_of(replace(seed, "一、总体情况:", "一、总体情况况:"))
                .find("Did you mean \"一、总体情况\"?"),
            std::string::npos);
  EXPECT_NE(error_of(replace(seed, "  edition: 2019", "  edition: 2017")).find("no 2017 edition"),
            std::string::npos);
  EXPECT_NE(
      error_of(replace(seed, "  year: 2020 ", "  yaer: 2020 ")).find("Did you mean \"year\"?"),
      std::string::npos);
  EXPECT_NE(
      error_of(replace(seed, "  date: 2021-01-23", "  date: 2021-13-01")).find("is not a date"),
      std::string::npos);
  EXPECT_NE(error_of(seed + "title: x\n").find("an annual report has no \"title\" at the top"),
            std::string::npos);
  // The same section under its numbered and its short name.
  EXPECT_NE(error_of(seed + "总体情况: [x]\n").find("given twice"), std::string::npos);
}

TEST_F(ReportLoadTest, MissingTemplateIsAnEnvironmentError) {
  EXPECT_THROW(load_with_report_from_string(seed, "r.yaml", "/nonexistent"), EnvironmentError);
}

// A batch parses each template once; a template edited meanwhile is read again.
TEST(SharedReportTemplate, ParsedOnceAndAgainWhenTheFileChanges) {
  const auto first = shared_report_template(testing::styles_dir(), 2019);
  EXPECT_EQ(shared_report_template(testing::styles_dir(), 2019), first);
  EXPECT_EQ(first->edition, 2019);

  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("gongwen-template-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::filesystem::path copy = dir / "annual-report-2019.yaml";
  std::filesystem::copy_file(testing::styles_dir() + "/annual-report-2019.yaml", copy);
  const auto copied = shared_report_template(dir.string(), 2019);
  EXPECT_NE(copied, first) << "another path is another template";
  std::ofstream(copy, std::ios::app) << "# edited\n";
  const auto edited = shared_report_template(dir.string(), 2019);
  EXPECT_NE(edited, copied);
  EXPECT_EQ(edited->name, copied->name);
  std::filesystem::remove_all(dir);
  EXPECT_THROW(shared_report_template(dir.string(), 2019), EnvironmentError);
}

class ScaffoldTest : public ::testing::TestWithParam<int> {};

TEST_P(ScaffoldTest, LoadsWithEveryRowAndZeros) {
  const std::string yaml = scaffold(GetParam(), testing::styles_dir());
  const LoadedDocument loaded = load(yaml);
  ASSERT_TRUE(loaded.report);
  EXPECT_EQ(loaded.report->edition, GetParam());
  int numbers = 0;
  for (const ReportSection& s : loaded.report->sections) {
    EXPECT_TRUE(s.given) << s.tmpl->heading;
    if (!s.table) continue;
    for (const ReportRow& row : s.table->rows) {
      for (const ReportValue& v : row.values) {
        EXPECT_EQ(v.number, 0.0);
        numbers += !v.computed;
      }
    }
  }
  // 2019: table 二 6+6+6+2+2, table 三 23×7, table 四 15; 2021: 6+1+2+1, 25×7, 15.
  EXPECT_EQ(numbers, GetParam() == 2019 ? 22 + 161 + 15 : 10 + 175 + 15);
  // Only warnings, for what the officer has to fill in: the agency and the
  // three prose sections (一、五、六).
  const auto diagnostics = check(*loaded.report);
  ASSERT_EQ(diagnostics.size(), 4u);
  for (const Diagnostic& d : diagnostics) {
    EXPECT_EQ(d.severity, Diagnostic::Severity::kWarning) << format_diagnostic(d);
    EXPECT_NE(d.message.find("placeholder"), std::string::npos) << format_diagnostic(d);
  }
  // Filled in, the skeleton checks clean.
  std::string filled = yaml;
  for (std::size_t at; (at = filled.find("某某市某某局")) != std::string::npos;)
    filled.replace(at, std::string("某某市某某局").size(), "济宁市信访局");
  for (std::size_t at; (at = filled.find("（请填写")) != std::string::npos;)
    filled.replace(at, std::string("（请填写").size(), "（已填写");
  const LoadedDocument done = load(filled);
  ASSERT_TRUE(done.report);
  const auto clean = check(*done.report);
  EXPECT_TRUE(clean.empty()) << format_diagnostic(clean.front());
}

INSTANTIATE_TEST_SUITE_P(Editions, ScaffoldTest, ::testing::Values(2019, 2021));

TEST(Scaffold, UnknownEditionIsAnEnvironmentError) {
  EXPECT_THROW(scaffold(2005, testing::styles_dir()), EnvironmentError);
}

}  // namespace
}  // namespace gongwen::model
