// Table layout with the project's fonts and the real inline layout.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "font/test_fonts.h"
#include "layout/table/laid_table.h"
#include "layout/table/table.h"
#include "table_samples.h"

namespace gongwen::layout::table {
namespace {

using gongwen::testing::project_fonts;

std::string line_text(const Line& line) {
  std::string s;
  for (const display::GlyphRun& run : line.runs) s += run.text;
  return s;
}

class TableThreeWithFonts : public ::testing::Test {
 protected:
  style::Style style;
  FontTable font_table;
  Context ctx{style, project_fonts(), font_table};
  model::Table table = samples::table_three();
  Length width = from_mm(156);
};

TEST_F(TableThreeWithFonts, HeadersWrapSensiblyAndEveryLineFitsItsCell) {
  const LaidTable laid = lay_out_table(inline_text_setter(ctx), style, table, width, {});
  EXPECT_EQ(laid.col_x.back() + style.table_rule / 2, width);
  for (size_t i = 0; i < laid.grid.cells.size(); ++i) {
    const PlacedCell& cell = laid.grid.cells[i];
    const Length inner = laid.col_x[static_cast<size_t>(cell.col_end())] -
                         laid.col_x[static_cast<size_t>(cell.col)] - 2 * style.table_cell_padding_x;
    for (const Line& line : laid.texts[i].lines)
      EXPECT_LE(line.width, inner) << cell.cell->text << ": " << line_text(line);
    const std::string& text = cell.cell->text;
    if (text == "其他" || text == "总计" || text == "自然人" || text == "0") {
      EXPECT_EQ(laid.texts[i].lines.size(), 1u) << text;
    }
    if (text == "社会公益组织" || text == "法律服务机构") {
      ASSERT_EQ(laid.texts[i].lines.size(), 2u) << text;
      // Lines of three characters, never a lone character.
      EXPECT_EQ(laid.texts[i].lines[0].characters, 3) << text;
    }
  }
}

TEST_F(TableThreeWithFonts, FragmentsFitTheirPagesAndStayInsideTheMeasure) {
  const std::vector<Block> blocks =
      layout_table(ctx, table, width, from_mm(110), from_mm(225), {"（续表）"});
  ASSERT_GE(blocks.size(), 2u);
  EXPECT_LE(blocks[0].height, from_mm(110));
  for (const Block& block : blocks) {
    EXPECT_LE(block.height, from_mm(225));
    for (const display::Item& item : block.items) {
      if (const auto* run = std::get_if<display::GlyphRun>(&item)) {
        Length advance = 0;
        for (const display::Glyph& g : run->glyphs) advance += g.advance;
        EXPECT_GE(run->origin.x, 0) << run->text;
        EXPECT_LE(run->origin.x + advance, width) << run->text;
        EXPECT_GT(run->origin.y, 0) << run->text;
        EXPECT_LT(run->origin.y, block.height) << run->text;
      }
    }
  }
  EXPECT_FALSE(font_table.fonts().empty());
}

}  // namespace
}  // namespace gongwen::layout::table
