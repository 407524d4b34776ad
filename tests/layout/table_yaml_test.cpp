// Tables from YAML documents through the loader, laid out with the project's
// fonts: what a user writes is what the table layout receives.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "font/test_fonts.h"
#include "layout/table/table.h"
#include "model/load.h"
#include "util/error.h"

namespace gongwen::layout {
namespace {

using gongwen::testing::project_fonts;
using gongwen::testing::source_path;
using ::testing::HasSubstr;
using ::testing::Not;

model::Document load(const std::string& name) {
  return model::load_document(source_path("tests/inputs/tables/" + name), source_path("styles"));
}

const model::Table& first_table(const model::Document& doc) {
  for (const model::Block& block : doc.body)
    if (const auto* table = std::get_if<model::Table>(&block)) return *table;
  throw std::runtime_error("no table");
}

int count_role(const Block& block, const std::string& role) {
  int n = 0;
  for (const display::Item& item : block.items)
    if (const auto* tag = std::get_if<display::TagBegin>(&item)) n += tag->role == role;
  return n;
}

TEST(TableYaml, TableThreeFromYamlBreaksWithItsHeaderRepeated) {
  const model::Document doc = load("table-three.yaml");
  const model::Table& table = first_table(doc);
  style::Style style;
  FontTable font_table;
  Context ctx{style, project_fonts(), font_table};
  const std::vector<Block> fragments =
      layout_table(ctx, table, style.area_width, from_mm(100), style.area_height);
  ASSERT_EQ(fragments.size(), 2u);
  EXPECT_EQ(count_role(fragments[0], "Caption"), 1);
  EXPECT_EQ(count_role(fragments[0], "THead"), 1);
  EXPECT_EQ(count_role(fragments[1], "THead"), 0);
  EXPECT_EQ(count_role(fragments[1], "Artifact"), 1);
  // 3 header rows, then the 23 body rows shared between the fragments.
  EXPECT_EQ(count_role(fragments[0], "TR") + count_role(fragments[1], "TR"), 3 + 23);
  for (const Block& f : fragments) EXPECT_EQ(f.width, style.area_width);
}

TEST(TableYaml, SpanPastTheEdgeNamesTheYamlLine) {
  try {
    const model::Document doc = load("span-past-edge.yaml");
    style::Style style;
    FontTable font_table;
    Context ctx{style, project_fonts(), font_table};
    layout_table(ctx, first_table(doc), style.area_width, style.area_height, style.area_height);
    FAIL() << "no InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(e.where().line, 9);
    EXPECT_THAT(e.what(), HasSubstr("span-past-edge.yaml:9:"));
  }
}

std::string text_of(const Block& block) {
  std::string s;
  for (const display::Item& item : block.items)
    if (const auto* run = std::get_if<display::GlyphRun>(&item)) s += run->text;
  return s;
}

TEST(TableYaml, ContinuedLineAndColumnAlignmentReachTheLayout) {
  const model::Document doc = load("continued-align.yaml");
  const model::Table& table = first_table(doc);
  EXPECT_EQ(table.continued, "（续表）");
  EXPECT_EQ(table.column_align, (std::vector<model::Align>{model::Align::kStart, model::Align::kEnd,
                                                           model::Align::kCenter}));
  style::Style style;
  FontTable font_table;
  Context ctx{style, project_fonts(), font_table};
  // Room for the caption, the header and four body rows: the table breaks.
  const std::vector<Block> fragments =
      layout_table(ctx, table, style.area_width, from_mm(45), style.area_height);
  ASSERT_EQ(fragments.size(), 2u);
  EXPECT_THAT(text_of(fragments[0]), Not(HasSubstr("（续表）")));
  EXPECT_THAT(text_of(fragments[1]), HasSubstr("（续表）"));
}

// A row-group label repeated on each part of its cut group stays inside the
// fragment (above its bottom rule), and each fragment inside its page, for
// any room left on the first page.
TEST(TableYaml, CutGroupLabelStaysInsideEachFragment) {
  const model::Document doc = load("group-label-taller-than-fragment.yaml");
  style::Style style;
  FontTable font_table;
  Context ctx{style, project_fonts(), font_table};
  for (const model::Block& b : doc.body) {
    const auto* table = std::get_if<model::Table>(&b);
    if (!table) continue;
    for (Length first = from_mm(20); first <= style.area_height; first += from_mm(5)) {
      SCOPED_TRACE("first " + std::to_string(to_mm(first)) + " mm");
      const std::vector<Block> fragments =
          layout_table(ctx, *table, style.area_width, first, style.area_height);
      ASSERT_GE(fragments.size(), 1u);
      for (size_t i = 0; i < fragments.size(); ++i) {
        SCOPED_TRACE("fragment " + std::to_string(i));
        const Block& f = fragments[i];
        EXPECT_LE(f.height, i == 0 ? first : style.area_height);
        Length bottom_rule = 0;
        for (const display::Item& item : f.items)
          if (const auto* line = std::get_if<display::Line>(&item))
            bottom_rule = std::max(bottom_rule, line->from.y);
        for (const display::Item& item : f.items) {
          const auto* run = std::get_if<display::GlyphRun>(&item);
          // The em box reaches about an eighth of the size below the baseline.
          if (run) {
            EXPECT_LE(run->origin.y + run->size / 8, bottom_rule) << run->text;
          }
        }
      }
    }
  }
}

// A table starting at the top of a page under a caption of two lines, one
// taller than its continuation label: its first body row, then a row-group
// label there, grows a line (a character) at a time. The first fragment comes
// under the caption, not the shorter label: it stays within the page, or the
// table is refused — never set overfull, which ran into the page number.
TEST(TableYaml, FirstFragmentUnderATallCaptionStaysWithinThePage) {
  const std::string head =
      "title: [t]\nbody:\n  - table:\n"
      "      caption: 表1 这是一个较长的表题，长到在版心宽度内折成两行，比（续表）那一行高出一行，"
      "用来检查表格起于页首时的高度\n"
      "      continued: （续表）\n      header_rows: 1\n      rows:\n";
  style::Style style;
  FontTable font_table;
  Context ctx{style, project_fonts(), font_table};
  int refused = 0;
  int laid = 0;
  const auto check = [&](const std::string& yaml) {
    const model::Document doc =
        model::load_document_from_string(yaml, "caption.yaml", source_path("styles"));
    try {
      const std::vector<Block> fragments = layout_table(ctx, first_table(doc), style.area_width,
                                                        style.area_height, style.area_height);
      for (const Block& f : fragments) EXPECT_LE(f.height, style.area_height);
      ++laid;
    } catch (const InputError& e) {
      EXPECT_THAT(e.what(), HasSubstr("with the caption and the header"));
      ++refused;
    }
  };
  for (int lines = 40; lines <= 48; ++lines) {
    SCOPED_TRACE(std::to_string(lines) + " lines");
    std::string text;
    for (int i = 1; i <= lines; ++i) text += (i > 1 ? "\\n" : "") + std::to_string(i);
    check(head + "        - [事项, 说明, 数量]\n        - [事项1, \"" + text +
          "\", 1]\n        - [事项2, 说明, 2]\n        - [事项3, 说明, 3]\n");
  }
  const std::string chars = "本年度办理结果分组标签竖排文字";
  for (int n = 50; n <= 60; ++n) {
    SCOPED_TRACE(std::to_string(n) + " characters");
    std::string label;
    for (int i = 0; i < n; ++i) label += chars.substr(static_cast<size_t>(i % 15) * 3, 3);
    std::string yaml = head + "        - [类别, 事项, 数量]\n        - [{text: " + label +
                       ", rowspan: 40, vertical: true}, 事项1, 1]\n";
    for (int i = 2; i <= 40; ++i)
      yaml += "        - [事项" + std::to_string(i) + ", " + std::to_string(i) + "]\n";
    check(yaml);
  }
  // Both ranges run from fitting to refused, past the heights in between.
  EXPECT_GT(laid, 0);
  EXPECT_GT(refused, 0);
}

TEST(TableYaml, AlignForEveryColumnOrAnError) {
  try {
    model::load_document_from_string(
        "title: [t]\nbody:\n  - table:\n      align: [start, end]\n      rows:\n"
        "        - [a, b, c]\n",
        "align.yaml", source_path("styles"));
    FAIL() << "no InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(e.where().line, 4);
    EXPECT_THAT(e.what(), HasSubstr("align lists 2 columns, but the table has 3"));
  }
}

}  // namespace
}  // namespace gongwen::layout
