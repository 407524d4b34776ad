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
