#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "text/breaks.h"
#include "text/title_breaks.h"

namespace gongwen::text {
namespace {

// Widths as a 二号 title sets them: Han characters and marks one em, digits
// and Latin letters half an em. 156 mm at 22 pt less one character at each
// end leaves 18 characters.
constexpr Length kEm = 22 * 1024;
constexpr Length kMaxWidth = 18 * kEm + kEm / 10;

Length width_of(std::u32string_view text) {
  Length w = 0;
  for (char32_t c : text) w += c < 0x80 ? kEm / 2 : kEm;
  return w;
}

std::vector<std::string> arrange(const std::string& title,
                                 TitleShape shape = TitleShape::kTrapezoid,
                                 Length max_width = kMaxWidth) {
  const std::u32string text = to_u32(title);
  const auto width = [&](std::size_t b, std::size_t e) {
    return width_of(std::u32string_view(text).substr(b, e - b));
  };
  std::vector<std::string> out;
  for (const TitleLine& line : arrange_title(text, width, max_width, shape)) {
    out.push_back(to_utf8(std::u32string_view(text).substr(line.first, line.second - line.first)));
  }
  return out;
}

using Lines = std::vector<std::string>;

TEST(TitleBreakCosts, OnlyAtWordBoundariesAndNeverBeforeDe) {
  const std::u32string title = U"关于政府信息公开工作年度报告有关事项的通知";
  const std::vector<int> costs = title_break_costs(title);
  ASSERT_EQ(costs.size(), title.size() + 1);
  EXPECT_EQ(costs[0], kNoBreak);
  EXPECT_EQ(costs[title.size()], kNoBreak);
  EXPECT_EQ(costs[1], kNoBreak);   // 关|于
  EXPECT_EQ(costs[3], kNoBreak);   // 政|府
  EXPECT_NE(costs[2], kNoBreak);   // 关于|政府
  EXPECT_EQ(costs[18], kNoBreak);  // 事项|的: 的 never starts a line
  EXPECT_LT(costs[19], 0);         // 的|通知: after 的, before the genre word
  EXPECT_GT(costs[12], 0);         // 年度|报告: the genre word stays whole
}

TEST(TitleBreakCosts, FiguresKeepTheirUnitsAndAgenciesTheirSuffix) {
  const std::u32string title = U"济宁市信访局2020年度政府信息公开工作年度报告";
  const std::vector<int> costs = title_break_costs(title);
  EXPECT_EQ(costs[10], kNoBreak);  // 2020|年度
  EXPECT_EQ(costs[7], kNoBreak);   // inside 2020
  EXPECT_NE(costs[6], kNoBreak);   // 信访局|2020
  EXPECT_GT(costs[4], 0);          // 信|访: split word
  EXPECT_GT(costs[2], 0);          // 济宁|市: the suffix stays with the name
}

TEST(TitleBreakCosts, BeforeGuanyuIsTheBestBreak) {
  const std::u32string title = U"国务院办公厅关于印发政务公开工作要点的通知";
  const std::vector<int> costs = title_break_costs(title);
  EXPECT_LT(costs[6], costs[3]);  // 国务院办公厅|关于 beats 国务院|办公厅
  EXPECT_GT(costs[5], 0);         // 办公|厅
  EXPECT_GT(costs[8], 0);         // 关于|印发: a line does not end with 关于
  EXPECT_GT(costs[9], 0);         // 印|发
}

TEST(ArrangeTitle, ShortTitleStaysOneLine) {
  EXPECT_EQ(arrange("济宁市信访局政府信息公开工作年度报告"),
            Lines{"济宁市信访局政府信息公开工作年度报告"});
}

TEST(ArrangeTitle, ThreeLineTrapezoidKeepsIssuerMatterAndGenre) {
  EXPECT_EQ(
      arrange("国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知"),
      (Lines{"国务院办公厅政府信息与政务公开办公室", "关于政府信息公开工作年度报告",
             "有关事项的通知"}));
}

TEST(ArrangeTitle, TwoLinesBreakBeforeGuanyu) {
  EXPECT_EQ(arrange("中华人民共和国国务院办公厅关于进一步做好政府信息公开工作的通知"),
            (Lines{"中华人民共和国国务院办公厅", "关于进一步做好政府信息公开工作的通知"}));
}

TEST(ArrangeTitle, IssuerStandsAloneAboveATrapezoid) {
  EXPECT_EQ(arrange("某某市人民政府办公室关于印发政府信息公开工作年度报告排版格式检查办法的通知"),
            (Lines{"某某市人民政府办公室", "关于印发政府信息公开工作年度报告",
                   "排版格式检查办法的通知"}));
}

TEST(ArrangeTitle, PostpositionStaysWithItsNoun) {
  EXPECT_EQ(
      arrange("中共中央办公厅国务院办公厅印发关于进一步加强和改进新形势下信访工作的意见的通知"),
      (Lines{"中共中央办公厅国务院办公厅印发", "关于进一步加强和改进新形势下",
             "信访工作的意见的通知"}));
}

TEST(ArrangeTitle, UpperLinesLongerInATrapezoid) {
  const Lines lines = arrange("国务院关于印发《国家突发公共事件总体应急预案》的通知");
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_GT(to_u32(lines[0]).size(), to_u32(lines[1]).size());
}

TEST(ArrangeTitle, DiamondPutsTheLongestLinesInTheMiddle) {
  EXPECT_EQ(
      arrange("国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知",
              TitleShape::kDiamond),
      (Lines{"国务院办公厅", "政府信息与政务公开办公室", "关于政府信息公开工作年度报告",
             "有关事项的通知"}));
}

TEST(ArrangeTitle, NoLineWiderThanTheMaximumAndNoWordSplit) {
  const std::string titles[] = {
      "国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知",
      "中共中央办公厅国务院办公厅印发关于进一步加强和改进新形势下信访工作的意见的通知",
      "济宁市信访局2020年度政府信息公开工作年度报告",
      "某某省人民政府办公厅关于转发省发展改革委2021年度GB/T 9704-2012贯彻实施方案的通知",
  };
  for (const std::string& title : titles) {
    for (TitleShape shape : {TitleShape::kTrapezoid, TitleShape::kDiamond}) {
      const Lines lines = arrange(title, shape);
      std::string joined;
      for (const std::string& line : lines) {
        joined += line;
        EXPECT_LE(width_of(to_u32(line)), kMaxWidth) << line;
        const std::u32string u = to_u32(line);
        EXPECT_NE(u.front(), U'的') << line;
        EXPECT_FALSE(no_line_start(u.front())) << line;
        EXPECT_FALSE(no_line_end(u.back())) << line;
      }
      EXPECT_EQ(joined, title);
      EXPECT_GE(lines.size(), 2u) << title;
    }
  }
}

TEST(ArrangeTitle, UnbreakablePieceWiderThanTheMeasureStandsAlone) {
  const Lines lines = arrange("关于ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ的通知");
  ASSERT_GE(lines.size(), 2u);
  std::string joined;
  for (const std::string& line : lines) joined += line;
  EXPECT_EQ(joined, "关于ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ的通知");
}

}  // namespace
}  // namespace gongwen::text
