// model::check: each rule with a failing and a passing case.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <sstream>

#include "model/report/check.h"
#include "model_test_support.h"

namespace gongwen::model {
namespace {

std::string read(const std::string& path) {
  std::ifstream in(path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<Diagnostic> check_text(const std::string& yaml) {
  return check_string(yaml, "t.yaml", testing::styles_dir());
}

// Replaces the first occurrence of `from` (which must exist) in `text`.
std::string replace(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

std::string all_messages(const std::vector<Diagnostic>& ds) {
  std::string out;
  for (const auto& d : ds) out += format_diagnostic(d) + "\n";
  return out;
}

// Position of `needle` in `text`, `skip` bytes into it, as "t.yaml:line:column"
// (the column counted in characters).
std::string pos_of(const std::string& text, const std::string& needle, std::size_t skip = 0) {
  const auto at = text.find(needle) + skip;
  const auto line_start = text.rfind('\n', at) + 1;
  int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + at, '\n'));
  int column = 1;
  for (auto i = line_start; i < at; ++i)
    column += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  return "t.yaml:" + std::to_string(line) + ":" + std::to_string(column);
}

class CheckTest : public ::testing::Test {
 protected:
  const std::string seed = read(testing::seed_path());
  const std::string example = read(testing::example_2021_path());
};

TEST_F(CheckTest, SeedAndExampleAreClean) {
  const auto seed_ds = check_file(testing::seed_path(), testing::styles_dir());
  EXPECT_TRUE(seed_ds.empty()) << all_messages(seed_ds);
  const auto example_ds = check_file(testing::example_2021_path(), testing::styles_dir());
  EXPECT_TRUE(example_ds.empty()) << all_messages(example_ds);
}

// With the totals left out (computed), a wrong detail number shows only in
// the 勾稽关系: the message names it and its place, through the totals.
TEST_F(CheckTest, ComputedTotalsNameTheNumbersTheySum) {
  const std::string text =
      replace(example, "予以公开: [20, 3, 1, 1, 1, 1, 27]", "予以公开: [21, 3, 1, 1, 1, 1]");
  const auto ds = check_text(text);
  ASSERT_EQ(ds.size(), 2u) << all_messages(ds);  // columns 自然人 and 总计
  for (const Diagnostic& d : ds) {
    EXPECT_NE(d.message.find("自动合计 computed = "), std::string::npos) << d.message;
    EXPECT_NE(d.message.find("21 (" + pos_of(text, "[21", 1) + ")"), std::string::npos)
        << d.message;
  }
  // The row's 总计 column, computed too, is spelled out by column.
  EXPECT_NE(ds[1].message.find("自然人 21 (" + pos_of(text, "[21", 1) + ") + 商业企业 3"),
            std::string::npos)
      << ds[1].message;
}

// V8: a figure the prose states must agree with the table that holds it.
TEST_F(CheckTest, ProseFigureThatDisagreesWithItsTableIsAWarning) {
  const std::string text = replace(example, "全年新收政府信息公开申请53件，上年结转4件",
                                   "全年新收政府信息公开申请５０件，上年结转4件");
  const auto ds = check_text(text);
  ASSERT_EQ(ds.size(), 1u) << all_messages(ds);
  EXPECT_EQ(ds[0].severity, Diagnostic::Severity::kWarning);
  EXPECT_NE(ds[0].message.find("“全年新收政府信息公开申请５０件”中的 ５０ 件"), std::string::npos)
      << ds[0].message;
  EXPECT_NE(ds[0].message.find("总计 53 (" + pos_of(text, "53]") + ")"), std::string::npos)
      << ds[0].message;
}

TEST_F(CheckTest, ProseFigureNeedsItsWordsInOneClause) {
  // 收到 without 申请 counts something else; a figure in the next clause
  // belongs to that clause's words; 行政复议 without a count says nothing.
  const std::string text =
      replace(example, "本年度共办理人大代表建议3件、政协提案2件，均已按时办结。",
              "本年度收到群众来信12件，新收的意见建议中有申请7件为其他事项，"
              "无因政府信息公开被申请的行政复议。");
  const auto ds = check_text(text);
  ASSERT_EQ(ds.size(), 1u) << all_messages(ds);  // 新收…申请7件: the rule applies
  EXPECT_NE(ds[0].message.find("申请7件"), std::string::npos) << ds[0].message;
  const std::string agreeing =
      replace(example, "本年度共办理人大代表建议3件",
              "本年度因政府信息公开被申请行政复议2件，办理人大代表建议3件");
  const auto none = check_text(agreeing);
  EXPECT_TRUE(none.empty()) << all_messages(none);
}

TEST_F(CheckTest, GenericDocumentHasNothingToCheck) {
  EXPECT_TRUE(check_text("title: 通知\nbody: [正文。]\n").empty());
}

TEST_F(CheckTest, IdentityRuleNewPlusCarriedEqualsHandledPlusCarriedForward) {
  // 一 + 二 = （七）总计 + 四 per column: raise 结转下年度 for 自然人 and its row
  // total (and in the prose, which states that total).
  const std::string text = replace(replace(example, "结转下年度继续办理: [2, 1, 0, 0, 0, 0, 3]",
                                           "结转下年度继续办理: [5, 1, 0, 0, 0, 0, 6]"),
                                   "结转下年度继续办理3件", "结转下年度继续办理6件");
  const auto ds = check_text(text);
  // Broken in the 自然人 column and, through the row total, in the 总计 column.
  ASSERT_EQ(ds.size(), 2u) << all_messages(ds);
  EXPECT_EQ(ds[0].severity, Diagnostic::Severity::kError);
  EXPECT_NE(ds[0].message.find("勾稽关系"), std::string::npos);
  EXPECT_NE(ds[0].message.find("“自然人”列"), std::string::npos);
  EXPECT_NE(ds[0].message.find("= 43"), std::string::npos) << ds[0].message;  // 40 + 3
  EXPECT_NE(ds[0].message.find("= 46"), std::string::npos) << ds[0].message;  // 41 + 5
  EXPECT_NE(ds[0].message.find(pos_of(text, "5, 1, 0, 0, 0, 0, 6")), std::string::npos);
}

TEST_F(CheckTest, TotalRowMustEqualTheSumOfItsRows) {
  const std::string good =
      replace(example, "    # （七）总计 is left out",
              "    总计: [41, 6, 1, 2, 3, 1, 54]\n    # （七）总计 is left out");
  EXPECT_TRUE(check_text(good).empty()) << all_messages(check_text(good));
  const std::string bad =
      replace(example, "    # （七）总计 is left out",
              "    总计: [41, 6, 1, 2, 3, 2, 55]\n    # （七）总计 is left out");
  const auto ds = check_text(bad);
  const std::string all = all_messages(ds);
  EXPECT_NE(all.find("“其他”列：本年度办理结果/总计应等于各明细行之和 1，实际为 2"),
            std::string::npos)
      << all;
  EXPECT_NE(all.find("勾稽关系"), std::string::npos) << all;  // 其他: 1 + 0 ≠ 2 + 0
}

TEST_F(CheckTest, RowTotalMustEqualTheSumOfTheApplicantColumns) {
  const std::string text =
      replace(example, "予以公开: [20, 3, 1, 1, 1, 1, 27]", "予以公开: [20, 3, 1, 1, 1, 1, 28]");
  const auto ds = check_text(text);
  const std::string all = all_messages(ds);
  EXPECT_NE(all.find("“本年度办理结果/予以公开”行：总计应等于各列之和 27，实际为 28"),
            std::string::npos)
      << all;
}

TEST_F(CheckTest, TableFourTotals) {
  const std::string text =
      replace(example, "行政复议: [1, 0, 0, 1, 2]", "行政复议: [1, 0, 0, 1, 3]");
  const auto ds = check_text(text);
  ASSERT_EQ(ds.size(), 1u) << all_messages(ds);
  EXPECT_NE(ds[0].message.find("表四"), std::string::npos);
  EXPECT_NE(ds[0].message.find("expected 2, found 3"), std::string::npos) << ds[0].message;
  EXPECT_EQ(ds[0].pos.str(), pos_of(text, "行政复议: [1, 0, 0, 1, 3]",
                                    std::string("行政复议: [1, 0, 0, 1, ").size()));
}

TEST_F(CheckTest, NumbersMustBeWholeAndNonNegative) {
  const std::string units =
      replace(seed, "政府集中采购: [8, 473300]", "政府集中采购: [8次, 473300]");
  auto ds = check_text(units);
  ASSERT_EQ(ds.size(), 1u) << all_messages(ds);
  EXPECT_NE(ds[0].message.find("“8次”不是数字"), std::string::npos) << ds[0].message;
  EXPECT_EQ(ds[0].pos.str(), pos_of(units, "[8次", 1));

  ds = check_text(replace(seed, "规章: [0, 0, 0]", "规章: [-1, 0, 0]"));
  ASSERT_EQ(ds.size(), 1u) << all_messages(ds);
  EXPECT_NE(ds[0].message.find("非负整数"), std::string::npos);
  ds = check_text(replace(seed, "规章: [0, 0, 0]", "规章: [0.5, 0, 0]"));
  EXPECT_EQ(ds.size(), 1u) << all_messages(ds);
  // 本年增/减 may be negative; an amount may have decimals.
  EXPECT_TRUE(check_text(replace(seed, "行政许可: [0, 0, 0]", "行政许可: [3, -1, 0]")).empty());
  EXPECT_TRUE(check_text(replace(seed, "[8, 473300]", "[8, 4733.5]")).empty());
  ds = check_text(replace(seed, "[8, 473300]", "[8, ~]"));
  ASSERT_EQ(ds.size(), 1u);
  EXPECT_NE(ds[0].message.find("blank"), std::string::npos);
}

// A count is printed as written: "0.00", "-0" or "007" would reach the PDF.
TEST_F(CheckTest, CountsAreWrittenAsPlainWholeNumbers) {
  for (const char* spelling : {".0", "-0", "0.00", "00", "1.0", "007"}) {
    const std::string text =
        replace(seed, "规章: [0, 0, 0]", std::string("规章: [") + spelling + ", 0, 0]");
    const auto ds = check_text(text);
    ASSERT_EQ(ds.size(), 1u) << spelling << ": " << all_messages(ds);
    EXPECT_NE(ds[0].message.find("应写作整数"), std::string::npos) << ds[0].message;
    EXPECT_EQ(ds[0].pos.str(), pos_of(text, std::string("[") + spelling, 1)) << spelling;
  }
  EXPECT_TRUE(check_text(replace(seed, "规章: [0, 0, 0]", "规章: [10, 0, 10]")).empty());
  // 本年增/减 keeps its sign; an amount keeps its decimals.
  EXPECT_TRUE(check_text(replace(seed, "行政许可: [0, 0, 0]", "行政许可: [3, -1, 0]")).empty());
  EXPECT_TRUE(check_text(replace(seed, "[8, 473300]", "[8, 4733.50]")).empty());
}

// A prose section written with nothing under it is published as a bare
// heading: a warning at the section's key, not an error (it still renders).
TEST_F(CheckTest, EmptyProseSectionIsAWarningAtItsHeading) {
  const std::string text =
      replace(seed, "六、其他需要报告的事项:\n  - 2020年度，市信访局未收到人大建议和政协提案。",
              "六、其他需要报告的事项: []");
  const auto ds = check_text(text);
  ASSERT_EQ(ds.size(), 1u) << all_messages(ds);
  EXPECT_EQ(ds[0].severity, Diagnostic::Severity::kWarning);
  EXPECT_EQ(format_diagnostic(ds[0]).rfind(pos_of(text, "六、其他需要报告的事项"), 0), 0u)
      << format_diagnostic(ds[0]);
  EXPECT_NE(ds[0].message.find("is empty"), std::string::npos) << ds[0].message;
}

TEST_F(CheckTest, YearsMustAgree) {
  auto ds =
      check_text(replace(seed, "title: [济宁市信访局, 2020年度", "title: [济宁市信访局, 2019年度"));
  ASSERT_EQ(ds.size(), 1u) << all_messages(ds);
  EXPECT_NE(ds[0].message.find("标题中的年份 2019"), std::string::npos);

  ds = check_text(
      replace(seed, "自2020年1月1日起2020年12月31日止", "自2020年1月1日起2019年12月31日止"));
  ASSERT_EQ(ds.size(), 1u) << all_messages(ds);
  EXPECT_NE(ds[0].message.find("统计期限中的年份 2019"), std::string::npos);

  ds = check_text(replace(seed, "date: 2021-01-23", "date: 2020-12-30"));
  ASSERT_EQ(ds.size(), 1u) << all_messages(ds);
  EXPECT_EQ(ds[0].severity, Diagnostic::Severity::kError);
  EXPECT_NE(ds[0].message.find("成文日期"), std::string::npos);

  ds = check_text(replace(seed, "date: 2021-01-23", "date: 2022-03-01"));
  ASSERT_EQ(ds.size(), 1u) << all_messages(ds);
  EXPECT_EQ(ds[0].severity, Diagnostic::Severity::kWarning);
}

TEST_F(CheckTest, EditionMustFitTheYear) {
  // A 2021 report forced onto the 2019 format: edition and year disagree.
  std::string text = replace(seed, "year: 2020", "year: 2021");
  text = replace(text, "title: [济宁市信访局, 2020年度", "title: [济宁市信访局, 2021年度");
  text = replace(text, "自2020年1月1日起2020年12月31日止", "自2021年1月1日起2021年12月31日止");
  text = replace(text, "date: 2021-01-23", "date: 2022-01-23");
  const auto ds = check_text(text);
  ASSERT_EQ(ds.size(), 1u) << all_messages(ds);
  EXPECT_NE(ds[0].message.find("2021年度报告不适用2019版格式"), std::string::npos);
  EXPECT_EQ(ds[0].pos.str(), pos_of(text, "2019\n"));
}

TEST_F(CheckTest, AllSixSectionsPresent) {
  const auto from = seed.find("六、其他需要报告的事项:");
  const std::string text = seed.substr(0, from);
  const auto ds = check_text(text);
  ASSERT_EQ(ds.size(), 1u) << all_messages(ds);
  EXPECT_NE(ds[0].message.find("缺少第6部分“六、其他需要报告的事项”"), std::string::npos);
}

TEST_F(CheckTest, FeeStatementInSectionSixFrom2021) {
  // The example closes one application for unpaid fees and says so in 六.
  const std::string silent = replace(example,
                                     "依据《政府信息公开信息处理费管理办法》，本年度向1名申请人发出"
                                     "收费通知，申请人逾期未缴纳，未实际收取信息处理费。",
                                     "本年度无其他需要报告的事项。");
  auto ds = check_text(silent);
  ASSERT_EQ(ds.size(), 1u) << all_messages(ds);
  EXPECT_EQ(ds[0].severity, Diagnostic::Severity::kWarning);
  EXPECT_NE(ds[0].message.find("信息处理费"), std::string::npos);
  // No fee involved anywhere: nothing to say.
  std::string no_fee = replace(silent, "[0, 0, 0, 0, 1, 0, 1]\n      其他: [0, 0, 0, 0, 0, 0, 0]",
                               "[0, 0, 0, 0, 0, 0, 0]\n      其他: [0, 0, 0, 0, 1, 0, 1]");
  EXPECT_TRUE(check_text(no_fee).empty()) << all_messages(check_text(no_fee));
}

// Changing any single number of table 三 in the seed is caught, and the
// message names that number's position.
TEST_F(CheckTest, EveryNumberOfTableThreeInTheSeedIsChecked) {
  const auto begin = seed.find("三、收到和处理政府信息公开申请情况:");
  const auto end = seed.find("四、政府信息公开行政复议");
  ASSERT_NE(begin, std::string::npos);
  int changed = 0;
  for (auto at = seed.find('[', begin); at < end; at = seed.find('[', at + 1)) {
    const auto close = seed.find(']', at);
    for (auto i = at + 1; i < close; ++i) {
      if (seed[i] != '0') continue;
      std::string text = seed;
      text[i] = '1';
      const auto line = 1 + std::count(text.begin(), text.begin() + i, '\n');
      const auto line_start = text.rfind('\n', i) + 1;
      int column = 1;
      for (auto k = line_start; k < i; ++k)
        column += (static_cast<unsigned char>(text[k]) & 0xC0) != 0x80;
      const std::string expected = "t.yaml:" + std::to_string(line) + ":" + std::to_string(column);
      const auto ds = check_text(text);
      ASSERT_TRUE(has_errors(ds)) << expected;
      EXPECT_NE(all_messages(ds).find(expected), std::string::npos) << expected << "\n"
                                                                    << all_messages(ds);
      ++changed;
    }
  }
  EXPECT_EQ(changed, 23 * 7);
}

}  // namespace
}  // namespace gongwen::model
