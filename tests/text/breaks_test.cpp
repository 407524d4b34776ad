#include "text/breaks.h"

#include <gtest/gtest.h>

namespace gongwen::text {
namespace {

// Marks the allowed break positions of a text with '|' (UTF-8 in and out),
// so expectations read like the text itself.
std::string marked(std::string_view utf8) {
  const std::u32string text = to_u32(utf8);
  const std::vector<bool> allowed = break_opportunities(text);
  std::u32string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (allowed[i]) out += U'|';
    out += text[i];
  }
  return to_utf8(out);
}

TEST(Breaks, HanBreaksBetweenEveryCharacter) {
  EXPECT_EQ(marked("信访工作"), "信|访|工|作");
}

TEST(Breaks, VectorShape) {
  const auto allowed = break_opportunities(U"你好");
  ASSERT_EQ(allowed.size(), 3u);
  EXPECT_FALSE(allowed[0]);
  EXPECT_TRUE(allowed[1]);
  EXPECT_TRUE(allowed[2]);
}

TEST(Breaks, PauseAndStopMarksNeverStartALine) {
  for (std::string_view mark : {"，", "。", "、", "；", "：", "？", "！", "．"}) {
    const std::string text = "公开" + std::string(mark) + "信息";
    EXPECT_EQ(marked(text), "公|开" + std::string(mark) + "|信|息") << text;
  }
}

TEST(Breaks, ClosingBracketsNeverStartALine) {
  for (std::string_view mark : {"）", "》", "」", "』", "】", "〕", "”", "’", "〉", "〗"}) {
    const std::string text = "公开" + std::string(mark) + "信";
    EXPECT_EQ(marked(text), "公|开" + std::string(mark) + "|信") << text;
  }
}

TEST(Breaks, OpeningBracketsNeverEndALine) {
  for (std::string_view mark : {"（", "《", "「", "『", "【", "〔", "“", "‘", "〈", "〖"}) {
    const std::string text = "公" + std::string(mark) + "开信";
    EXPECT_EQ(marked(text), "公|" + std::string(mark) + "开|信") << text;
  }
}

TEST(Breaks, QuotedPhraseBreaksLikeBrackets) {
  EXPECT_EQ(marked("号“济宁信访”微信"), "号|“济|宁|信|访”|微|信");
  EXPECT_EQ(marked("《条例》（以下简称《条例》）要求"),
            "《条|例》|（以|下|简|称|《条|例》）|要|求");
}

TEST(Breaks, ConsecutiveMarksStayTogether) {
  EXPECT_EQ(marked("公开。”信息"), "公|开。”|信|息");
  EXPECT_EQ(marked("公开），“信息"), "公|开），|“信|息");
}

TEST(Breaks, DashesAndEllipsesAreNeverSplit) {
  EXPECT_EQ(marked("公开——信息"), "公|开|——|信|息");
  EXPECT_EQ(marked("公开……信息"), "公|开……|信|息");
  EXPECT_EQ(marked("公开⸺信息"), "公|开|⸺|信|息");
}

TEST(Breaks, FiguresStayWhole) {
  EXPECT_EQ(marked("增长11.6%，达"), "增|长|11.6%，|达");
  EXPECT_EQ(marked("增长11.6％，达"), "增|长|11.6％，|达");
  EXPECT_EQ(marked("阅读量0.69万人次"), "阅|读|量|0.69万|人|次");
  EXPECT_EQ(marked("气温25℃以上"), "气|温|25℃|以|上");
  EXPECT_EQ(marked("千分之3‰为"), "千|分|之|3‰|为");
}

TEST(Breaks, FigureStaysWithItsUnit) {
  EXPECT_EQ(marked("2020年度"), "2020年|度");
  EXPECT_EQ(marked("至2021年12月31日止"), "至|2021年|12月|31日|止");
  EXPECT_EQ(marked("受理15件，"), "受|理|15件，");
  EXPECT_EQ(marked("共202个"), "共|202个");
  EXPECT_EQ(marked("增长3.5%和2‰"), "增|长|3.5%|和|2‰");
  EXPECT_EQ(marked("第1次"), "第|1次");
}

// Figures typed in full-width digits (common in documents from word
// processors) keep the same rules as ASCII ones.
TEST(Breaks, FullWidthFiguresStayWholeAndWithTheirUnit) {
  EXPECT_EQ(marked("受理１５件，"), "受|理|１５件，");
  EXPECT_EQ(marked("２０２０年度"), "２０２０年|度");
  EXPECT_EQ(marked("增长３％和"), "增|长|３％|和");
  EXPECT_EQ(marked("共1５件"), "共|1５件");  // a slip between the two kinds of digit
  EXPECT_EQ(marked("１、２"), "１、|２");
}

TEST(Breaks, FigureBeforeAMarkOrLatinKeepsItsRules) {
  EXPECT_EQ(marked("共15、16件"), "共|15、|16件");
  EXPECT_EQ(marked("1.本机关"), "1.|本|机|关");
  EXPECT_EQ(marked("2020 年"), "2020 |年");  // a space is left breakable
}

TEST(Breaks, IdentifierIsNotBrokenAtItsSpace) {
  EXPECT_EQ(marked("（GB/T 15834-2011）的"), "（GB/T 15834-2011）|的");
  EXPECT_EQ(marked("按GB/T 9704排版"), "按|GB/T 9704排|版");
  EXPECT_EQ(marked("符合ISO 32000规范"), "符|合|ISO 32000规|范");
  EXPECT_EQ(marked("ISO/IEC 27001"), "ISO/IEC 27001");
  EXPECT_EQ(marked("GB 2312"), "GB 2312");
}

TEST(Breaks, EnglishProseKeepsItsSpaces) {
  EXPECT_EQ(marked("in 2020 and Windows 10"), "in |2020 |and |Windows |10");
  EXPECT_EQ(marked("see A 4"), "see |A |4");
  EXPECT_EQ(marked("PDF/A and 2 files"), "PDF/A |and |2 |files");
  EXPECT_EQ(marked("xGB 12"), "xGB |12");
  EXPECT_EQ(marked("GB/T  9704"), "GB/T  |9704");  // two spaces: not an identifier
}

TEST(Breaks, CurrencyDoesNotEndALine) {
  EXPECT_EQ(marked("收费￥100元"), "收|费|￥100元");
  EXPECT_EQ(marked("收费$100元"), "收|费|$100元");
}

TEST(Breaks, SolidusDoesNotEndALine) {
  EXPECT_EQ(marked("件/年"), "件/年");  // UAX #14 already forbids a break before "/"
  EXPECT_EQ(marked("件／年"), "件|／年");
}

TEST(Breaks, LatinWordsBreakOnlyAtSpaces) {
  EXPECT_EQ(marked("PDF/A and PDF/UA"), "PDF/A |and |PDF/UA");
  EXPECT_EQ(marked("使用WPS软件"), "使|用|WPS|软|件");
  EXPECT_EQ(marked("第12345678号"), "第|12345678号");
}

TEST(Breaks, InterpunctsAndConnectorsDoNotStartALine) {
  EXPECT_EQ(marked("马克·吐温"), "马|克·|吐|温");
  EXPECT_EQ(marked("1～3月"), "1～|3月");
}

TEST(Breaks, NoLineStartOrEndNeverBothOnTheSameSide) {
  EXPECT_TRUE(no_line_start(U'，'));
  EXPECT_TRUE(no_line_start(U'”'));
  EXPECT_TRUE(no_line_start(U'%'));
  EXPECT_TRUE(no_line_start(U'℃'));
  EXPECT_FALSE(no_line_start(U'“'));
  EXPECT_FALSE(no_line_start(U'信'));
  EXPECT_TRUE(no_line_end(U'“'));
  EXPECT_TRUE(no_line_end(U'（'));
  EXPECT_TRUE(no_line_end(U'/'));
  EXPECT_TRUE(no_line_end(U'¥'));
  EXPECT_FALSE(no_line_end(U'”'));
  EXPECT_FALSE(no_line_end(U'信'));
}

TEST(Utf, RoundTripsEveryPlane) {
  const std::string text = "aé信𠀀";
  const std::u32string wide = to_u32(text);
  EXPECT_EQ(wide, U"aé信𠀀");
  EXPECT_EQ(to_utf8(wide), text);
}

TEST(Utf, InvalidBytesNameTheirOffset) {
  auto message_of = [](std::string_view bad) -> std::string {
    try {
      to_u32(bad);
    } catch (const std::invalid_argument& e) {
      return e.what();
    }
    return "(no error)";
  };
  EXPECT_EQ(message_of("ab\xE4\xBD"), "invalid UTF-8 at byte 2");     // truncated
  EXPECT_EQ(message_of("\xC0\x80"), "invalid UTF-8 at byte 0");       // overlong
  EXPECT_EQ(message_of("x\xED\xA0\x80"), "invalid UTF-8 at byte 1");  // surrogate
  EXPECT_EQ(message_of("信\xFF"), "invalid UTF-8 at byte 3");
}

}  // namespace
}  // namespace gongwen::text
