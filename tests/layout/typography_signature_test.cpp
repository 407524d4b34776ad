// 发文机关署名, 成文日期 and the seal (GB/T 9704 7.3.5): where they go, and how
// the block is squeezed rather than left alone on a page (7.3.5.5).
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "font/test_fonts.h"
#include "layout/document_layout.h"
#include "model/load.h"
#include "style/style.h"

namespace gongwen::layout {
namespace {

using gongwen::testing::project_fonts;
using gongwen::testing::source_path;

// A body line as the display list has it.
struct FoundLine {
  int page = 0;
  int slot = 0;  // grid line on the page
  Length left = 0;
  Length right = 0;
};

struct Laid {
  style::Style style;
  display::Document doc;
  std::vector<FoundLine> lines;         // body-size text lines in order
  std::optional<display::Anchor> seal;  // with its page
  int seal_page = -1;

  const FoundLine& last_text() const { return lines[lines.size() - 3]; }
  const FoundLine& agency() const { return lines[lines.size() - 2]; }
  const FoundLine& date() const { return lines.back(); }
  Length slot_top(const FoundLine& l) const {
    return style.margin_top + l.slot * style.line_pitch();
  }
  Length cell() const { return style.char_pitch(); }
};

enum class Closing { kNone, kUnsealed, kSealed };

// A one-line title, `paragraphs` one-line paragraphs (the last one under a
// heading when `last_under_heading`), and the signature.
Laid lay(int paragraphs, Closing closing, const std::string& agency = "某某市人民政府办公室",
         bool last_under_heading = false) {
  std::string yaml = "title: 关于开展政务公开工作检查的通知\nbody:\n";
  for (int i = 0; i < paragraphs; ++i) {
    if (last_under_heading && i + 1 == paragraphs) yaml += "  - h1: 三、下一步工作\n";
    yaml += "  - 本机关认真贯彻落实政府信息公开条例各项要求。\n";
  }
  if (closing != Closing::kNone) {
    yaml += "signature: {agency: " + agency +
            ", date: 2021-01-05, seal: " + (closing == Closing::kSealed ? "true" : "false") + "}\n";
  }
  const model::Document doc =
      model::load_document_from_string(yaml, "signature.yaml", source_path("styles"));
  Laid laid;
  laid.style = style::load_style(source_path("styles/gbt9704.yaml"));
  laid.doc = layout_document(doc, laid.style, project_fonts());
  const Length pitch = laid.style.line_pitch();
  for (std::size_t p = 0; p < laid.doc.pages.size(); ++p) {
    int depth_in_artifact = 0;
    for (const display::Item& item : laid.doc.pages[p].items) {
      if (const auto* begin = std::get_if<display::TagBegin>(&item)) {
        if (begin->role == "Artifact") ++depth_in_artifact;
      } else if (std::holds_alternative<display::TagEnd>(item)) {
        if (depth_in_artifact > 0) --depth_in_artifact;
      } else if (const auto* anchor = std::get_if<display::Anchor>(&item)) {
        laid.seal = *anchor;
        laid.seal_page = static_cast<int>(p);
      } else if (const auto* run = std::get_if<display::GlyphRun>(&item)) {
        if (depth_in_artifact > 0 || run->size != laid.style.body.size) continue;
        const int slot = static_cast<int>((run->origin.y - laid.style.margin_top) / pitch);
        Length right = run->origin.x;
        for (const display::Glyph& g : run->glyphs) right += g.advance;
        if (!laid.lines.empty() && laid.lines.back().page == static_cast<int>(p) &&
            laid.lines.back().slot == slot) {
          laid.lines.back().right = right;
        } else {
          laid.lines.push_back({static_cast<int>(p), slot, run->origin.x, right});
        }
      }
    }
  }
  return laid;
}

// The paragraph count that leaves exactly `slots` grid lines on the first
// page below the last paragraph of a document without a signature.
int paragraphs_leaving(int slots) {
  for (int n = 1; n < 40; ++n) {
    const Laid laid = lay(n, Closing::kNone);
    const FoundLine& last = laid.lines.back();
    if (last.page == 0 && laid.style.lines_per_page - 1 - last.slot == slots) return n;
  }
  return -1;
}

void expect_sealed_block(const Laid& laid) {
  ASSERT_TRUE(laid.seal.has_value());
  const display::Anchor& seal = *laid.seal;
  const style::Style& s = laid.style;
  EXPECT_EQ(seal.name, "seal");
  EXPECT_EQ(seal.rect.w, from_mm(42));
  EXPECT_EQ(seal.rect.h, from_mm(42));
  // Date right-inset 4 characters; signature centred over it; seal centred too.
  EXPECT_EQ(laid.date().right, s.margin_left + s.area_width - 4 * laid.cell());
  const Length date_centre = (laid.date().left + laid.date().right) / 2;
  EXPECT_LE(std::abs((laid.agency().left + laid.agency().right) / 2 - date_centre), 1);
  EXPECT_LE(std::abs(seal.rect.x + seal.rect.w / 2 - date_centre), 1);
  // On the page of the last text line, top within one line below the text.
  EXPECT_EQ(laid.seal_page, laid.last_text().page);
  EXPECT_EQ(laid.agency().page, laid.last_text().page);
  const Length text_bottom = laid.slot_top(laid.last_text()) + s.body.size;
  EXPECT_GE(seal.rect.y, text_bottom);
  EXPECT_LE(seal.rect.y, text_bottom + s.line_pitch());
  // 居印章中心偏下: signature and date below the centre, both under the seal.
  const Length centre_y = seal.rect.y + seal.rect.h / 2;
  EXPECT_GE(laid.slot_top(laid.agency()), centre_y);
  EXPECT_LE(laid.slot_top(laid.agency()) - centre_y, s.line_pitch() / 2);
  EXPECT_LE(laid.slot_top(laid.date()) + s.body.size, seal.rect.y + seal.rect.h);
  // Inside the type area.
  EXPECT_LE(seal.rect.y + seal.rect.h, s.margin_top + s.area_height);
  EXPECT_LE(seal.rect.x + seal.rect.w, s.margin_left + s.area_width);
}

TEST(SealedSignature, SealCentredOverTheDateJustAboveSignatureAndDate) {
  const Laid laid = lay(3, Closing::kSealed);
  expect_sealed_block(laid);
  // With room, the seal starts on the line below the text and the signature
  // is on its third line.
  EXPECT_EQ(laid.agency().slot, laid.last_text().slot + 3);
  EXPECT_EQ(laid.date().slot, laid.agency().slot + 1);
}

TEST(SealedSignature, LongSignatureMovesLeftWithTheDateStayingCentred) {
  const Laid laid = lay(3, Closing::kSealed, "国务院办公厅政府信息与政务公开办公室");
  const style::Style& s = laid.style;
  // Centred over the date, it would run past the type area; both move left
  // until the signature is right-inset 2 characters.
  EXPECT_EQ(laid.agency().right, s.margin_left + s.area_width - 2 * laid.cell());
  EXPECT_LE(std::abs((laid.agency().left + laid.agency().right) / 2 -
                     (laid.date().left + laid.date().right) / 2),
            1);
  EXPECT_LT(laid.date().right, s.margin_left + s.area_width - 4 * laid.cell());
}

TEST(SealedSignature, SqueezedOntoTheLastFourLinesRatherThanMoved) {
  const int n = paragraphs_leaving(4);
  ASSERT_GT(n, 0);
  const Laid laid = lay(n, Closing::kSealed);
  expect_sealed_block(laid);
  EXPECT_EQ(laid.date().slot, laid.style.lines_per_page - 1);
  EXPECT_EQ(laid.doc.pages.size(), 1u);
}

TEST(SealedSignature, NeverAloneOnAPage) {
  const int n = paragraphs_leaving(3);
  ASSERT_GT(n, 0);
  const Laid laid = lay(n, Closing::kSealed);
  // The last text line goes over with the block.
  ASSERT_EQ(laid.doc.pages.size(), 2u);
  EXPECT_EQ(laid.last_text().page, 1);
  expect_sealed_block(laid);
}

// A heading over the last, one-line paragraph goes over with it and the
// signature, rather than ending the page alone.
TEST(SealedSignature, AHeadingOverTheLastLineGoesOverWithIt) {
  for (int left = 2; left <= 5; ++left) {
    const int n = paragraphs_leaving(left);
    ASSERT_GT(n, 0);
    const Laid laid = lay(n, Closing::kSealed, "某某市人民政府办公室", true);
    expect_sealed_block(laid);
    const FoundLine& text = laid.last_text();
    // The heading is the last line before the text (its own size and font are
    // not body lines), so look it up in the tag structure instead: it must
    // stand on the text's page, one slot above.
    int heading_page = -1;
    int heading_slot = -1;
    for (std::size_t p = 0; p < laid.doc.pages.size(); ++p) {
      bool in_heading = false;
      for (const display::Item& item : laid.doc.pages[p].items) {
        if (const auto* begin = std::get_if<display::TagBegin>(&item))
          in_heading = begin->role == "H2";  // H1 is the title
        if (const auto* run = std::get_if<display::GlyphRun>(&item); run && in_heading) {
          heading_page = static_cast<int>(p);
          heading_slot =
              static_cast<int>((run->origin.y - laid.style.margin_top) / laid.style.line_pitch());
        }
      }
    }
    EXPECT_EQ(heading_page, text.page) << left << " lines left";
    EXPECT_EQ(heading_slot + 1, text.slot) << left << " lines left";
  }
}

TEST(UnsealedSignature, OneBlankLineRightInsetTwoDateShiftedTwo) {
  const Laid laid = lay(3, Closing::kUnsealed);
  const style::Style& s = laid.style;
  EXPECT_FALSE(laid.seal.has_value());
  EXPECT_EQ(laid.agency().slot, laid.last_text().slot + 2);  // 正文下空一行
  EXPECT_EQ(laid.date().slot, laid.agency().slot + 1);
  EXPECT_EQ(laid.agency().right, s.margin_left + s.area_width - 2 * laid.cell());
  EXPECT_EQ(laid.date().left, laid.agency().left + 2 * laid.cell());
}

TEST(UnsealedSignature, BlankLineDroppedWhenThePageIsShortOfIt) {
  const int n = paragraphs_leaving(2);
  ASSERT_GT(n, 0);
  const Laid laid = lay(n, Closing::kUnsealed);
  EXPECT_EQ(laid.doc.pages.size(), 1u);
  EXPECT_EQ(laid.agency().slot, laid.last_text().slot + 1);
  EXPECT_EQ(laid.date().slot, laid.style.lines_per_page - 1);
}

TEST(UnsealedSignature, NeverAloneOnAPage) {
  const int n = paragraphs_leaving(1);
  ASSERT_GT(n, 0);
  const Laid laid = lay(n, Closing::kUnsealed);
  ASSERT_EQ(laid.doc.pages.size(), 2u);
  EXPECT_EQ(laid.last_text().page, 1);
  EXPECT_EQ(laid.agency().page, 1);
}

}  // namespace
}  // namespace gongwen::layout
