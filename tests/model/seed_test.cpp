// The seed report (input/jining-xinfang-2020.yaml) loads into the structure
// of the published report.
#include <gtest/gtest.h>

#include "model/load.h"
#include "model/report/report.h"
#include "model/document/table_grid.h"
#include "model_test_support.h"

namespace gongwen::model {
namespace {

using testing::blocks_of;
using testing::find_cell;

class SeedTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    loaded_ = new LoadedDocument(load_with_report(testing::seed_path(), testing::styles_dir()));
  }
  static void TearDownTestSuite() { delete loaded_; }
  const Document& doc() const { return loaded_->document; }
  static LoadedDocument* loaded_;
};
LoadedDocument* SeedTest::loaded_ = nullptr;

TEST_F(SeedTest, TitleSignatureAndMetadata) {
  ASSERT_EQ(doc().title.lines.size(), 2u);
  EXPECT_EQ(doc().title.lines[0], "济宁市信访局");
  EXPECT_EQ(doc().title.lines[1], "2020年度政府信息公开工作年度报告");
  ASSERT_TRUE(doc().signature.has_value());
  EXPECT_EQ(doc().signature->agency, "济宁市信访局");
  EXPECT_EQ(doc().signature->date, "2021年1月23日");
  EXPECT_FALSE(doc().signature->seal);
  EXPECT_EQ(doc().iso_date, "2021-01-23");
  EXPECT_EQ(doc().author, "济宁市信访局");
  EXPECT_EQ(doc().subject, "济宁市信访局2020年度政府信息公开工作年度报告");
}

TEST_F(SeedTest, SixSectionsInOrder) {
  std::vector<std::string> level1;
  for (const Heading* h : blocks_of<Heading>(doc())) {
    if (h->level == 1) level1.push_back(h->text);
  }
  const std::vector<std::string> expected = {"一、总体情况",
                                             "二、主动公开政府信息情况",
                                             "三、收到和处理政府信息公开申请情况",
                                             "四、政府信息公开行政复议、行政诉讼情况",
                                             "五、存在的主要问题及改进情况",
                                             "六、其他需要报告的事项"};
  EXPECT_EQ(level1, expected);
}

TEST_F(SeedTest, SectionOneHasNineSubheadingsAndTheChart) {
  std::vector<std::string> level2;
  for (const Heading* h : blocks_of<Heading>(doc()))
    if (h->level == 2) level2.push_back(h->text);
  ASSERT_EQ(level2.size(), 9u);  // （一）…（九）, each on its own line as in the seed text
  EXPECT_EQ(level2.front(), "（一）信息公开情况。");
  EXPECT_EQ(level2.back().rfind("（九）", 0), 0u);
  // The chart follows the （一） paragraph.
  for (std::size_t i = 0; i + 2 < doc().body.size(); ++i) {
    const auto* h = std::get_if<Heading>(&doc().body[i]);
    if (!h || h->text != level2.front()) continue;
    const auto* p = std::get_if<Paragraph>(&doc().body[i + 1]);
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->text.rfind("2020年度，市信访局", 0), 0u);
    const auto* chart = std::get_if<Chart>(&doc().body[i + 2]);
    ASSERT_NE(chart, nullptr);
    EXPECT_EQ(chart->title, "信息公开情况");
    ASSERT_EQ(chart->series.size(), 1u);
    EXPECT_EQ(chart->series[0].values, (std::vector<double>{1, 6, 7, 15, 37, 137}));
    EXPECT_EQ(chart->categories.front(), "规范性文件");
    return;
  }
  ADD_FAILURE() << "no （一） heading followed by its paragraph and the chart";
}

TEST_F(SeedTest, ProseIsCleaned) {
  for (const Paragraph* p : blocks_of<Paragraph>(doc())) {
    EXPECT_EQ(p->text.find("[bookmark"), std::string::npos);
    EXPECT_NE(p->text.rfind("\u3000", 0), 0u) << p->text;
  }
  const auto paragraphs = blocks_of<Paragraph>(doc());
  ASSERT_GE(paragraphs.size(), 2u);
  EXPECT_EQ(paragraphs[1]->text, "本报告所列数据的统计期限自2020年1月1日起2020年12月31日止。");
}

TEST_F(SeedTest, ThreeTablesWithGridsThatAddUp) {
  const auto tables = blocks_of<Table>(doc());
  ASSERT_EQ(tables.size(), 3u);
  for (const Table* t : tables) {
    EXPECT_FALSE(find_grid_problem(*t).has_value()) << find_grid_problem(*t)->message;
    // Widths are either automatic (table 三) or one per grid column.
    if (!t->column_widths.empty()) {
      EXPECT_EQ(static_cast<int>(t->column_widths.size()), grid_columns(*t));
    }
  }
  EXPECT_EQ(grid_columns(*tables[1]), 10);
  EXPECT_EQ(grid_columns(*tables[2]), 15);
}

TEST_F(SeedTest, TableThreeSpans) {
  const Table& t = *blocks_of<Table>(doc())[1];
  EXPECT_EQ(t.header_rows, 3);
  EXPECT_EQ(t.rows.size(), 3u + 23u);  // 一, 二, the 20 rows of 三, 四
  const TableCell* note = &t.rows[0].cells[0];
  EXPECT_EQ(note->colspan, 3);
  EXPECT_EQ(note->rowspan, 3);
  EXPECT_NE(note->text.find("勾稽关系"), std::string::npos);
  EXPECT_EQ(find_cell(t, "申请人情况")->colspan, 7);
  EXPECT_EQ(find_cell(t, "自然人")->rowspan, 2);
  EXPECT_EQ(find_cell(t, "法人或其他组织")->colspan, 5);
  EXPECT_EQ(find_cell(t, "总计")->rowspan, 2);
  const TableCell* results = find_cell(t, "三、本年度办理结果");
  ASSERT_NE(results, nullptr);
  EXPECT_EQ(results->rowspan, 20);
  EXPECT_TRUE(results->vertical);
  EXPECT_EQ(find_cell(t, "（三）不予公开")->rowspan, 8);
  EXPECT_EQ(find_cell(t, "（四）无法提供")->rowspan, 3);
  EXPECT_EQ(find_cell(t, "（五）不予处理")->rowspan, 5);
  EXPECT_EQ(find_cell(t, "一、本年新收政府信息公开申请数量")->colspan, 3);
  EXPECT_EQ(find_cell(t, "（一）予以公开")->colspan, 2);
  EXPECT_EQ(find_cell(t, "（七）总计")->colspan, 2);
  EXPECT_EQ(find_cell(t, "1.属于国家秘密")->colspan, 1);
  EXPECT_EQ(find_cell(t, "四、结转下年度继续办理")->colspan, 3);
}

TEST_F(SeedTest, TableFourHeaderAndNumbers) {
  const Table& t = *blocks_of<Table>(doc())[2];
  EXPECT_EQ(t.header_rows, 3);
  ASSERT_EQ(t.rows.size(), 4u);
  EXPECT_EQ(find_cell(t, "行政复议")->colspan, 5);
  EXPECT_EQ(find_cell(t, "行政诉讼")->colspan, 10);
  EXPECT_EQ(find_cell(t, "未经复议直接起诉")->colspan, 5);
  EXPECT_EQ(t.rows[1].cells[0].rowspan, 2);
  EXPECT_EQ(t.rows[3].cells.size(), 15u);
  for (const TableCell& c : t.rows[3].cells) EXPECT_EQ(c.text, "0");
}

TEST_F(SeedTest, TableTwoIsAStackOfSubTables) {
  const Table& t = *blocks_of<Table>(doc())[0];
  const int columns = grid_columns(t);
  for (const char* heading : {"第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项",
                              "第二十条第（八）项", "第二十条第（九）项"}) {
    const TableCell* cell = find_cell(t, heading);
    ASSERT_NE(cell, nullptr) << heading;
    EXPECT_EQ(cell->colspan, columns);
  }
  // 政府集中采购: 8 and 473300, as two cells sharing the value columns.
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    if (t.rows[r].cells[0].text != "政府集中采购") continue;
    ASSERT_EQ(t.rows[r].cells.size(), 3u);
    EXPECT_EQ(t.rows[r].cells[1].text, "8");
    EXPECT_EQ(t.rows[r].cells[2].text, "473300");
    EXPECT_EQ(t.rows[r].cells[1].colspan + t.rows[r].cells[2].colspan + 1, columns);
  }
}

TEST_F(SeedTest, NumbersKeepTheirPositions) {
  const Table& t = *blocks_of<Table>(doc())[1];
  const TableCell& first_number = t.rows[3].cells[1];
  EXPECT_EQ(first_number.text, "0");
  EXPECT_TRUE(first_number.pos.known());
  EXPECT_NE(first_number.pos.file.find("jining-xinfang-2020.yaml"), std::string::npos);
}

}  // namespace
}  // namespace gongwen::model
