#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "font/test_fonts.h"
#include "layout/inline/inline.h"
#include "text/breaks.h"
#include "text/shape.h"
#include "util/error.h"

namespace gongwen::layout {
namespace {

using gongwen::testing::project_fonts;

// Paragraphs of the seed report (济宁市信访局 2020), dense in punctuation.
const std::string kSeedParagraphs[] = {
    "本报告由济宁市信访局按照新修订的《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，"
    "根据2020年政务信息发布情况编制。本报告内容包括总体情况、主动公开政府信息情况、收到和处理政府信"
    "息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事"
    "项"
    "等六部分内容。",
    "2020年度，市信访局在市政府网站政府信息公开平台发布各类公开信息202条，其中主要包括：公开规范性"
    "文"
    "件1件，政策解读6篇，局党组扩大会议7次，业务动态15条；组织管理、政务公开保障等其他法定信息进行"
    "了"
    "持续常态化公开。“济宁信访”微信公众号共发稿37篇，阅读量0.69万人次；今日头条发稿137篇，阅读量16."
    "2万人次。在政策宣传、互动交流、群众监督等方面发挥了巨大作用。",
    "我局认真履行《条例》规定的政府部门公开政府信息的法定义务，制定实施方案，完善《济宁市信访局政府"
    "信"
    "息公开指南》，重新调整《济宁市信访局政府信息公开目录》，优化政府信息依申请公开工作流程，规范政"
    "府"
    "信息公开的流程、职责和范围。",
    "政府信息公开工作中，完善预先审查制度，准确把握政府信息公开的内容、范围、形式和时限等，避免出现"
    "信"
    "息公开“失控”现象。贯彻执行保密制度，明确审查程序和责任人，正确处理公开和保密的关系，既防止出现"
    "因公开不当导致失密、泄密的问题，又确保公民、法人和其他组织的知情权——完善档案管理制度……主要工"
    "作均有记录，有档案（见《附件》）。",
};

// The body text setting of GB/T 9704: 16 pt 仿宋 on a 156 mm / 28 grid.
struct Setting {
  style::Style style;
  FontTable table;
  Context ctx{style, project_fonts(), table};

  InlineParams body(int indent_cells = 2) const {
    InlineParams params;
    params.cell = style.char_pitch();
    params.measure = params.cell * style.chars_per_line;
    params.first_indent = params.cell * indent_cells;
    return params;
  }
  std::vector<Line> lay(const std::string& text, const InlineParams& params,
                        const std::string& role = "body") {
    return layout_inline(ctx, {{text, {role, from_pt(16), {}}, {"report.yaml", 12, 5}}}, params);
  }
};

std::u32string line_text(const Line& line) {
  std::string utf8;
  for (const auto& run : line.runs) utf8 += run.text;
  return text::to_u32(utf8);
}

// Where the pen ends after the line's last glyph, from the runs themselves.
Length right_edge(const Line& line) {
  const display::GlyphRun& run = line.runs.back();
  Length x = run.origin.x;
  for (const display::Glyph& g : run.glyphs) x += g.advance;
  return x;
}

std::u32string han_text(std::size_t count) {
  const std::u32string pool =
      U"政府信息公开工作年度报告按照条例要求编制本局认真贯彻执行规范内容突出重点";
  std::u32string out;
  for (std::size_t i = 0; i < count; ++i) out += pool[i % pool.size()];
  return out;
}

TEST(InlineLayout, PureHanFillsTwentyEightCellsAndTwentySixAfterTheIndent) {
  Setting s;
  const InlineParams params = s.body();
  const std::vector<Line> lines = s.lay(text::to_utf8(han_text(26 + 28 * 3 + 5)), params);
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_EQ(lines[0].characters, 26);
  for (int i = 1; i <= 3; ++i) EXPECT_EQ(lines[i].characters, 28);
  EXPECT_EQ(lines[4].characters, 5);
  EXPECT_TRUE(lines[4].last);
  for (int i = 0; i < 4; ++i) {
    EXPECT_EQ(lines[i].width, params.measure);
    EXPECT_EQ(right_edge(lines[i]), params.measure);
    EXPECT_FALSE(lines[i].last);
  }
  EXPECT_EQ(lines[0].runs.front().origin.x, 2 * params.cell);
  // Every character sits in its own cell: no stretching was needed.
  for (const Line& line : lines) {
    for (const auto& run : line.runs) {
      for (const auto& g : run.glyphs) EXPECT_EQ(g.advance, params.cell);
    }
  }
  EXPECT_EQ(lines[4].width, 5 * params.cell);
}

TEST(InlineLayout, TheGridCellIsTheTypeAreaOverTwentyEight) {
  Setting s;
  const InlineParams params = s.body();
  EXPECT_EQ(params.cell, from_mm(156) / 28);
  EXPECT_NEAR(to_pt(params.cell), 15.79, 0.01);
}

TEST(InlineLayout, KinsokuPushLeavesAOneCellGapThatJustificationSpreads) {
  Setting s;
  const InlineParams params = s.body(0);
  // The 29th character is a comma, which may not start a line: the 28th
  // character goes down with it.
  const std::u32string text = han_text(28) + U"，" + han_text(10);
  const std::vector<Line> lines = s.lay(text::to_utf8(text), params);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].characters, 27);
  EXPECT_EQ(lines[0].width, params.measure);
  EXPECT_EQ(right_edge(lines[0]), params.measure);
  EXPECT_EQ(line_text(lines[1]).substr(0, 2), text.substr(27, 2));
  // 26 gaps share one cell; no gap differs from another by more than a unit.
  Length smallest = params.measure, largest = 0;
  const auto& glyphs = lines[0].runs.front().glyphs;
  for (std::size_t i = 0; i + 1 < glyphs.size(); ++i) {
    smallest = std::min(smallest, glyphs[i].advance - params.cell);
    largest = std::max(largest, glyphs[i].advance - params.cell);
  }
  EXPECT_EQ(glyphs.back().advance, params.cell);  // nothing after the line's last glyph
  EXPECT_LE(largest - smallest, 1);
  EXPECT_EQ(smallest, params.cell / 26);
}

TEST(InlineLayout, NoLineBreaksTheKinsokuRulesAtAnyIndent) {
  Setting s;
  for (const std::string& paragraph : kSeedParagraphs) {
    // Shifting the first line cell by cell brings every mark to a line end.
    for (int indent = 0; indent < 28; ++indent) {
      const InlineParams params = s.body(indent);
      const std::vector<Line> lines = s.lay(paragraph, params);
      std::u32string all;
      for (const Line& line : lines) {
        const std::u32string chars = line_text(line);
        ASSERT_FALSE(chars.empty());
        EXPECT_EQ(static_cast<int>(chars.size()), line.characters);
        if (&line != &lines.front()) {
          EXPECT_FALSE(text::no_line_start(chars.front())) << text::to_utf8(chars);
        }
        // From 26 cells on, the leading "2020年" does not fit the first line,
        // which is then overfull rather than split.
        const bool overfull_start = &line == &lines.front() && chars == U"2020年";
        if (!line.last && !overfull_start) {
          EXPECT_FALSE(text::no_line_end(chars.back())) << text::to_utf8(chars);
          EXPECT_EQ(line.width, params.measure) << text::to_utf8(chars);
          EXPECT_EQ(right_edge(line), params.measure) << text::to_utf8(chars);
          // Two-em marks are never split.
          const std::u32string next = line_text(*(&line + 1));
          EXPECT_FALSE(chars.back() == U'—' && next.front() == U'—');
          EXPECT_FALSE(chars.back() == U'…' && next.front() == U'…');
          // Figures stay whole.
          EXPECT_FALSE(std::isdigit(static_cast<int>(chars.back())) &&
                       (std::isdigit(static_cast<int>(next.front())) || next.front() == U'.'));
          // A figure keeps its unit or measure word ("2020年度", "202条").
          EXPECT_FALSE(std::isdigit(static_cast<int>(chars.back())) && next.front() >= 0x4E00 &&
                       next.front() <= 0x9FFF)
              << text::to_utf8(chars);
        }
        all += chars;
      }
      EXPECT_EQ(text::to_utf8(all), paragraph);
    }
  }
}

TEST(InlineLayout, LatinAndDigitsUseTheLatinFontAtNaturalWidth) {
  Setting s;
  const InlineParams params = s.body(0);
  const std::vector<Line> lines = s.lay("阅读量16.2万人次", params);
  ASSERT_EQ(lines.size(), 1u);
  const Line& line = lines[0];
  ASSERT_EQ(line.runs.size(), 3u);
  EXPECT_EQ(line.runs[0].text, "阅读量");
  EXPECT_EQ(line.runs[1].text, "16.2");
  EXPECT_EQ(line.runs[2].text, "万人次");
  const auto& fonts = s.table.fonts();
  EXPECT_NE(fonts[static_cast<std::size_t>(line.runs[0].font)].path.find("FandolFang"),
            std::string::npos);
  EXPECT_NE(fonts[static_cast<std::size_t>(line.runs[1].font)].path.find("LiberationSerif"),
            std::string::npos);
  EXPECT_EQ(line.runs[2].font, line.runs[0].font);
  // Liberation Serif digits are half an em, the full stop a quarter em.
  ASSERT_EQ(line.runs[1].glyphs.size(), 4u);
  EXPECT_EQ(line.runs[1].glyphs[0].advance, from_pt(8));
  EXPECT_EQ(line.runs[1].glyphs[2].advance, from_pt(4));
  EXPECT_EQ(line.runs[1].origin.x, 3 * params.cell);
  EXPECT_EQ(line.runs[2].origin.x, 3 * params.cell + from_pt(28));
  EXPECT_EQ(line.width, 6 * params.cell + from_pt(28));
}

TEST(InlineLayout, MixedLatinLinesStillEndExactlyAtTheMeasure) {
  Setting s;
  const InlineParams params = s.body();
  const std::string text =
      "全年共受理PDF/A格式申请12件，办结率98.5%，较2019年提高11.6%，平均办理时限为3.5个工作日，"
      "其中通过Email和WeChat渠道提交的申请占比为41.7%，同比增长2.3个百分点，相关数据已在www."
      "jining.gov.cn公开。";
  const std::vector<Line> lines = s.lay(text, params);
  ASSERT_GE(lines.size(), 3u);
  for (const Line& line : lines) {
    if (line.last) continue;
    EXPECT_EQ(line.width, params.measure);
    EXPECT_EQ(right_edge(line), params.measure);
  }
  // Latin words are not letter-spaced by justification.
  int words_seen = 0;
  for (const Line& line : lines) {
    for (const auto& run : line.runs) {
      if (run.text != "WeChat") continue;
      ++words_seen;
      const font::Face& latin = project_fonts().primary("latin");
      // The last advance also carries the gap after the word.
      const auto shaped = text::shape(latin, from_pt(16), "WeChat");
      ASSERT_EQ(run.glyphs.size(), shaped.size());
      for (std::size_t i = 0; i + 1 < shaped.size(); ++i) {
        EXPECT_EQ(run.glyphs[i].advance, shaped[i].advance);
      }
    }
  }
  EXPECT_EQ(words_seen, 1);
}

TEST(InlineLayout, AFigureGoesDownWithItsUnitAndTheLineIsJustified) {
  Setting s;
  const InlineParams params = s.body(0);
  // 25 cells and "2020" (two ems) fit the 28 cells, 年 does not: the figure
  // goes down with it and the 24 gaps of the first line share the rest.
  const std::u32string text = han_text(25) + U"2020年度，" + han_text(5);
  const std::vector<Line> lines = s.lay(text::to_utf8(text), params);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(line_text(lines[0]), han_text(25));
  EXPECT_EQ(line_text(lines[1]).substr(0, 5), U"2020年");
  EXPECT_EQ(lines[0].width, params.measure);
  EXPECT_EQ(right_edge(lines[0]), params.measure);
  const auto& glyphs = lines[0].runs.front().glyphs;
  for (std::size_t i = 0; i + 1 < glyphs.size(); ++i) {
    EXPECT_GE(glyphs[i].advance - params.cell, 3 * params.cell / 24) << i;
    EXPECT_LE(glyphs[i].advance - params.cell, 3 * params.cell / 24 + 1) << i;
  }
}

TEST(InlineLayout, AStandardsNumberIsNotBrokenAtItsSpace) {
  Setting s;
  const InlineParams params = s.body(0);
  // "GB/T " fits after 24 cells, "9704" does not: the identifier goes down whole.
  const std::u32string text = han_text(24) + U"GB/T 9704" + han_text(5);
  const std::vector<Line> lines = s.lay(text::to_utf8(text), params);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(line_text(lines[0]), han_text(24));
  EXPECT_EQ(line_text(lines[1]).substr(0, 9), U"GB/T 9704");
  EXPECT_EQ(lines[0].width, params.measure);
  EXPECT_EQ(right_edge(lines[0]), params.measure);
}

TEST(InlineLayout, LineEndMarkIsSqueezedRatherThanPushed) {
  Setting s;
  InlineParams params;
  params.cell = from_pt(16);
  params.measure = 5 * params.cell;
  // 信访 + "1" (half an em) + 工作， overflows by half an em: the comma gives
  // up its blank half instead of pushing 作 to the next line.
  const std::vector<Line> lines = s.lay("信访1工作，后续", params);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].characters, 6);
  EXPECT_EQ(lines[0].width, params.measure);
  const auto& comma = lines[0].runs.back().glyphs.back();
  EXPECT_EQ(comma.advance, params.cell / 2);
  EXPECT_EQ(line_text(lines[1]), U"后续");
}

TEST(InlineLayout, WithoutRoomToSqueezeTheMarkPushesTheCharacterBeforeIt) {
  Setting s;
  InlineParams params;
  params.cell = from_pt(16);
  params.measure = 5 * params.cell;
  const std::vector<Line> lines = s.lay("信访工作好，后续", params);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(line_text(lines[0]), U"信访工作");
  EXPECT_EQ(line_text(lines[1]), U"好，后续");
  EXPECT_EQ(lines[0].width, params.measure);
}

TEST(InlineLayout, ClustersIndexTheRunText) {
  Setting s;
  const std::vector<Line> lines = s.lay("公开“信访”数据2020年，PDF。", s.body(0));
  ASSERT_EQ(lines.size(), 1u);
  for (const auto& run : lines[0].runs) {
    std::uint32_t previous = 0;
    for (const auto& g : run.glyphs) {
      EXPECT_LT(g.cluster, run.text.size());
      EXPECT_GE(g.cluster, previous);
      EXPECT_NE(g.id, 0u);
      previous = g.cluster;
    }
    EXPECT_EQ(run.glyphs.front().cluster, 0u);
  }
  EXPECT_EQ(lines[0].characters, 18);
}

TEST(InlineLayout, UncoveredCharacterNamesItsCodePointAndPosition) {
  Setting s;
  try {
    s.lay("信访工作😀顺利", s.body());
    FAIL() << "expected an InputError";
  } catch (const InputError& e) {
    const std::string message = e.what();
    EXPECT_NE(message.find("report.yaml:12:5"), std::string::npos) << message;
    EXPECT_NE(message.find("U+1F600"), std::string::npos) << message;
    EXPECT_NE(message.find("😀"), std::string::npos) << message;
    EXPECT_NE(message.find("character 5"), std::string::npos) << message;
    EXPECT_NE(message.find("'body'"), std::string::npos) << message;
    EXPECT_EQ(e.where().line, 12);
  }
}

TEST(InlineLayout, AMarkTheFontCannotSetIsAnInputError) {
  Setting s;
  try {
    s.lay("信\u0301访", s.body());  // a combining acute accent on a Han character
    FAIL() << "expected an InputError";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("U+4FE1 U+0301"), std::string::npos) << e.what();
  }
}

TEST(InlineLayout, InvalidUtf8AndControlCharactersAreInputErrors) {
  Setting s;
  EXPECT_THROW(s.lay("信访\xFF", s.body()), InputError);
  EXPECT_THROW(s.lay("信访\x07", s.body()), InputError);
}

TEST(InlineLayout, ShortLinesFollowTheAlignment) {
  Setting s;
  InlineParams params;
  params.measure = from_pt(160);
  params.justify = false;
  const Length natural = 4 * from_pt(16);
  params.align = model::Align::kCenter;
  auto lines = s.lay("年度报告", params);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].runs.front().origin.x, (params.measure - natural) / 2);
  EXPECT_EQ(lines[0].width, (params.measure - natural) / 2 + natural);
  params.align = model::Align::kEnd;
  lines = s.lay("年度报告", params);
  EXPECT_EQ(lines[0].runs.front().origin.x, params.measure - natural);
  EXPECT_EQ(lines[0].width, params.measure);
  params.align = model::Align::kStart;
  lines = s.lay("年度报告", params);
  EXPECT_EQ(lines[0].runs.front().origin.x, 0);
  EXPECT_EQ(lines[0].width, natural);
}

TEST(InlineLayout, UnjustifiedFullLinesKeepTheirNaturalWidth) {
  Setting s;
  InlineParams params = s.body(0);
  params.justify = false;
  const std::u32string text = han_text(28) + U"，" + han_text(3);
  const auto lines = s.lay(text::to_utf8(text), params);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].width, 27 * params.cell);
}

TEST(InlineLayout, NewlineForcesABreakWithoutJustifying) {
  Setting s;
  const auto lines = s.lay("办理结果\n（件）", s.body(0));
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(line_text(lines[0]), U"办理结果");
  EXPECT_EQ(lines[0].width, 4 * s.body().cell);
  EXPECT_FALSE(lines[0].last);
  EXPECT_EQ(line_text(lines[1]), U"（件）");
  EXPECT_TRUE(lines[1].last);
}

TEST(InlineLayout, SpacesAtALineEndAreDropped) {
  Setting s;
  InlineParams params;
  params.measure = from_pt(60);
  const auto lines = s.lay("PDF and PDF", params);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(line_text(lines[0]), U"PDF and");
  EXPECT_EQ(lines[0].width, params.measure);
  EXPECT_EQ(line_text(lines[1]), U"PDF");
}

TEST(InlineLayout, ProportionalSettingUsesNaturalAdvances) {
  Setting s;
  InlineParams params;
  params.measure = from_pt(200);
  const auto lines = s.lay("信访，工作", params);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].width, 5 * from_pt(16));
}

TEST(InlineLayout, SpansKeepTheirOwnFontsAndSizes) {
  Setting s;
  const InlineParams params = s.body();
  const std::vector<Span> spans = {
      {"（一）信息公开情况。", {"heading2", from_pt(16), {}}, {}},
      {"2020年度，发布信息202条。", {"body", from_pt(16), {}}, {}},
  };
  const auto lines = layout_inline(s.ctx, spans, params);
  ASSERT_EQ(lines.size(), 1u);
  const auto& fonts = s.table.fonts();
  EXPECT_NE(fonts[static_cast<std::size_t>(lines[0].runs[0].font)].path.find("FandolKai"),
            std::string::npos);
  EXPECT_EQ(lines[0].runs[0].text, "（一）信息公开情况。");
  EXPECT_EQ(lines[0].runs[1].text, "2020");
  EXPECT_EQ(lines[0].characters, 10 + 16);
}

TEST(InlineLayout, PiecesWiderThanTheMeasureStayWholeOnOverfullLines) {
  Setting s;
  InlineParams params;
  params.cell = from_pt(10.5);
  params.measure = 3 * params.cell;
  // The figure keeps its measure word (件) with it.
  const auto lines = s.lay("合计12345678件共计", params);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(line_text(lines[0]), U"合计");
  EXPECT_EQ(line_text(lines[1]), U"12345678件");
  EXPECT_GT(lines[1].width, params.measure);
  EXPECT_EQ(line_text(lines[2]), U"共计");
}

TEST(InlineLayout, WithoutALatinRoleLatinTextUsesTheSpansFonts) {
  const auto path = std::filesystem::temp_directory_path() / "gongwen-inline-nolatin.yaml";
  std::ofstream(path) << "body: [\"FandolFang:style=Regular\"]\n";
  const font::FontSet fonts(path.string(), gongwen::testing::source_path("fonts/files"));
  style::Style style;
  FontTable table;
  Context ctx{style, fonts, table};
  InlineParams params;
  params.measure = from_pt(200);
  const auto lines = layout_inline(ctx, {{"PDF格式", {"body", from_pt(16), {}}, {}}}, params);
  ASSERT_EQ(lines.size(), 1u);
  ASSERT_EQ(lines[0].runs.size(), 1u);
  EXPECT_EQ(table.fonts().size(), 1u);
  EXPECT_EQ(lines[0].characters, 5);
}

TEST(InlineLayout, ARoleMayNameItsOwnLatinFonts) {
  const auto path = std::filesystem::temp_directory_path() / "gongwen-inline-ownlatin.yaml";
  std::ofstream(path) << "title: [\"FandolSong:style=Bold\"]\n"
                         "title_latin: [\"Liberation Serif:style=Bold\"]\n"
                         "body: [\"FandolFang:style=Regular\"]\n"
                         "latin: [\"Liberation Serif:style=Regular\"]\n";
  const font::FontSet fonts(path.string(), gongwen::testing::source_path("fonts/files"));
  style::Style style;
  FontTable table;
  Context ctx{style, fonts, table};
  InlineParams params;
  params.measure = from_pt(400);
  const std::vector<Span> spans = {{"2020年度报告", {"title", from_pt(22), {}}, {}},
                                   {"2020年", {"body", from_pt(16), {}}, {}}};
  const auto lines = layout_inline(ctx, spans, params);
  ASSERT_EQ(lines.size(), 1u);
  ASSERT_EQ(lines[0].runs.size(), 4u);
  const auto path_of = [&](int run) {
    return table
        .fonts()[static_cast<std::size_t>(lines[0].runs[static_cast<std::size_t>(run)].font)]
        .path;
  };
  EXPECT_NE(path_of(0).find("LiberationSerif-Bold"), std::string::npos);
  EXPECT_NE(path_of(1).find("FandolSong-Bold"), std::string::npos);
  EXPECT_NE(path_of(2).find("LiberationSerif-Regular"), std::string::npos);
  EXPECT_NE(path_of(3).find("FandolFang"), std::string::npos);
}

TEST(InlineLayout, EmptyTextHasNoLines) {
  Setting s;
  EXPECT_TRUE(s.lay("", s.body()).empty());
}

}  // namespace
}  // namespace gongwen::layout
