// layout_inline with an InlineCache (table column widths set each cell at
// many measures) gives exactly the lines it gives without one.
#include <gtest/gtest.h>

#include "display/dump.h"
#include "font/test_fonts.h"
#include "layout/inline/inline.h"
#include "style/style.h"

namespace gongwen::layout {
namespace {

using gongwen::testing::project_fonts;

// The lines as text: every run with its font, size, origin and glyphs.
std::string describe(const std::vector<Line>& lines) {
  display::Document doc;
  display::Page page;
  for (const Line& line : lines) {
    for (const display::GlyphRun& run : line.runs) page.items.push_back(run);
  }
  doc.pages.push_back(page);
  std::string out = display::dump(doc);
  for (const Line& line : lines) {
    out += std::to_string(line.width) + " " + std::to_string(line.characters) +
           (line.last ? " last\n" : "\n");
  }
  return out;
}

TEST(InlineCacheTest, SameLinesAtEveryMeasure) {
  const style::Style style;
  const std::vector<Span> spans{
      {"（三）不予公开：危及“三安全一稳定”的信息，2020年共0件。", style.table, {}},
      {"Latin text 12.5%", style.table, {}}};
  InlineCache cache;
  FontTable plain_table, cached_table;
  Context plain{style, project_fonts(), plain_table};
  Context cached{style, project_fonts(), cached_table, &cache};
  for (Length measure : {from_pt(20), from_pt(45), from_pt(80), from_pt(200), from_pt(20)}) {
    for (bool justify : {false, true}) {
      InlineParams params;
      params.measure = measure;
      params.justify = justify;
      EXPECT_EQ(describe(layout_inline(cached, spans, params)),
                describe(layout_inline(plain, spans, params)))
          << "measure " << measure << (justify ? " justified" : "");
    }
  }
  EXPECT_EQ(cached_table.fonts(), plain_table.fonts());
}

TEST(InlineCacheTest, OtherParametersAreNotMixedUp) {
  const style::Style style;
  const std::vector<Span> spans{{"信息公开，“条例”。", style.body, {}}};
  InlineCache cache;
  FontTable plain_table, cached_table;
  Context plain{style, project_fonts(), plain_table};
  Context cached{style, project_fonts(), cached_table, &cache};
  InlineParams grid;
  grid.measure = from_pt(300);
  grid.cell = style.char_pitch();
  InlineParams natural = grid;
  natural.cell = 0;
  InlineParams kaiming = grid;
  kaiming.punctuation = style::Punctuation::kKaiming;
  for (const InlineParams& params : {grid, natural, kaiming, grid}) {
    EXPECT_EQ(describe(layout_inline(cached, spans, params)),
              describe(layout_inline(plain, spans, params)));
  }
}

}  // namespace
}  // namespace gongwen::layout
