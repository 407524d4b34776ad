// GB/T 9704 typography, proven by measurement: the seed report and the
// typography stress input are laid out as the command line does, and the
// measure tool's findings are asserted rule by rule.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "font/test_fonts.h"
#include "layout/document_layout.h"
#include "layout/measure/measure.h"
#include "model/load.h"
#include "style/style.h"

namespace gongwen::layout {
namespace {

using gongwen::testing::project_fonts;
using gongwen::testing::source_path;

struct Measured {
  style::Style style;
  display::Document doc;
  LayoutReport report;
};

Measured measure(const std::string& input) {
  const model::Document doc = model::load_document(source_path(input), source_path("styles"));
  Measured m;
  m.style = style::load_style(source_path("styles/" + doc.style + ".yaml"));
  m.doc = layout_document(doc, m.style, project_fonts());
  m.report = measure_layout(m.doc, m.style, project_fonts());
  return m;
}

// The structure role of the first glyph run on a page that is not an artifact.
std::string first_role(const display::Page& page) {
  std::vector<std::string> open;
  for (const display::Item& item : page.items) {
    if (const auto* begin = std::get_if<display::TagBegin>(&item)) {
      open.push_back(begin->role);
    } else if (std::holds_alternative<display::TagEnd>(item)) {
      if (!open.empty()) open.pop_back();
    } else if (std::holds_alternative<display::GlyphRun>(item)) {
      if (!open.empty() && open.back() != "Artifact") return open.back();
    }
  }
  // A paragraph that runs on from the previous page has its tag open there.
  return "P";
}

bool has_block(const display::Page& page) {
  for (const display::Item& item : page.items) {
    if (const auto* begin = std::get_if<display::TagBegin>(&item)) {
      if (begin->role == "Table" || begin->role == "Figure") return true;
    }
  }
  return false;
}

// Grid slots the title takes on the first page (its lines and the blank line).
int title_slots(const Measured& m) {
  const Length pitch = m.style.line_pitch();
  for (const display::Item& item : m.doc.pages.front().items) {
    const auto* run = std::get_if<display::GlyphRun>(&item);
    if (run && run->size == m.style.body.size) {
      return static_cast<int>((run->origin.y - m.style.margin_top) / pitch);
    }
  }
  return 0;
}

bool is_heading(const std::string& role) {
  return role.size() == 2 && role[0] == 'H' && role != "H1";
}

// Every rule the measure tool checks, for a document of text pages.
void expect_gbt9704(const Measured& m) {
  const LayoutReport& r = m.report;
  SCOPED_TRACE(r.text());
  EXPECT_TRUE(r.ok());
  EXPECT_EQ(r.off_grid_lines, 0);
  EXPECT_EQ(r.full_lines_exact, r.full_lines);
  EXPECT_GT(r.han_full_lines, 0);
  EXPECT_EQ(r.han_full_lines_28, r.han_full_lines);
  EXPECT_EQ(r.kinsoku_violations, 0);
  EXPECT_EQ(r.headings_last_on_page, 0);
  EXPECT_EQ(r.page_numbers, r.pages);
  EXPECT_EQ(r.page_numbers_placed, r.pages);
  EXPECT_NEAR(r.first_ink_top_mm, 37, 0.5);
  EXPECT_NEAR(r.text_left_mm, 28, 0.5);

  // 22 lines on every full text page: the last page and pages holding a
  // table or chart aside, a page is full unless a heading near its foot
  // went to the next page with its text.
  const int title = title_slots(m);
  for (int p = 0; p + 1 < r.pages; ++p) {
    const display::Page& page = m.doc.pages[static_cast<std::size_t>(p)];
    if (has_block(page)) continue;
    const int capacity = m.style.lines_per_page - (p == 0 ? title : 0);
    const int lines = r.lines_per_page[static_cast<std::size_t>(p)];
    // Short by one line: a heading went over with its text. By two or three:
    // a heading over the document's last line went over with it and the
    // signature block, or two headings in a row went over together.
    if (lines < capacity && lines >= capacity - 3) {
      EXPECT_TRUE(is_heading(first_role(m.doc.pages[static_cast<std::size_t>(p) + 1])))
          << "page " << p + 1 << " is " << capacity - lines
          << " line(s) short without a pushed heading";
    } else {
      EXPECT_EQ(lines, capacity) << "page " << p + 1;
    }
  }
}

TEST(TypographyMeasure, SeedReportMeetsGbt9704) {
  const Measured m = measure("input/jining-xinfang-2020.yaml");
  expect_gbt9704(m);
  EXPECT_EQ(m.report.page_numbers_placed, 8);
}

TEST(TypographyMeasure, StressInputMeetsGbt9704) {
  const Measured m = measure("tests/inputs/typography/stress.yaml");
  expect_gbt9704(m);
  EXPECT_GE(m.report.pages, 4);
}

TEST(TypographyMeasure, SealedExampleMeetsGbt9704AndReservesTheSeal) {
  const Measured m = measure("tests/inputs/typography/sealed.yaml");
  expect_gbt9704(m);
  int seals = 0;
  for (const display::Item& item : m.doc.pages.back().items) {
    if (const auto* anchor = std::get_if<display::Anchor>(&item)) {
      seals += anchor->name == "seal" && anchor->rect.w == from_mm(42) ? 1 : 0;
    }
  }
  EXPECT_EQ(seals, 1);
}

// The stress input is worth its name only while it still exercises the cases
// it was written for.
TEST(TypographyMeasure, StressInputExercisesTitleHeadingsAndSqueeze) {
  const Measured m = measure("tests/inputs/typography/stress.yaml");
  // The title is one line in the YAML and three on the page.
  std::vector<Length> title_baselines;
  for (const display::Item& item : m.doc.pages.front().items) {
    const auto* run = std::get_if<display::GlyphRun>(&item);
    if (run && run->size == m.style.title.size &&
        (title_baselines.empty() || title_baselines.back() != run->origin.y)) {
      title_baselines.push_back(run->origin.y);
    }
  }
  EXPECT_EQ(title_baselines.size(), 3u);

  // A heading pushed off a page's last line, and the signature squeezed onto
  // the last two lines of the last page.
  bool pushed = false;
  for (int p = 0; p + 1 < m.report.pages; ++p) {
    pushed |= m.report.lines_per_page[static_cast<std::size_t>(p)] == m.style.lines_per_page - 1 &&
              is_heading(first_role(m.doc.pages[static_cast<std::size_t>(p) + 1]));
  }
  EXPECT_TRUE(pushed);
  EXPECT_EQ(m.report.lines_per_page.back(), m.style.lines_per_page);
}

// 一、 over （一） at the foot of a page: both go over with the text under
// them, not only the last one (which would leave 一、 as the page's last line).
TEST(TypographyMeasure, HeadingsInARowGoOverTogether) {
  const Measured m = measure("tests/inputs/typography/heading-chain.yaml");
  SCOPED_TRACE(m.report.text());
  EXPECT_TRUE(m.report.ok());
  EXPECT_EQ(m.report.headings_last_on_page, 0);
  ASSERT_EQ(m.report.pages, 2);
  std::vector<std::string> roles;  // of the text-size runs on page 2, in order
  std::vector<std::string> open;
  for (const display::Item& item : m.doc.pages[1].items) {
    if (const auto* begin = std::get_if<display::TagBegin>(&item)) {
      open.push_back(begin->role);
    } else if (std::holds_alternative<display::TagEnd>(item)) {
      if (!open.empty()) open.pop_back();
    } else if (std::holds_alternative<display::GlyphRun>(item) && !open.empty() &&
               open.back() != "Artifact" && (roles.empty() || roles.back() != open.back())) {
      roles.push_back(open.back());
    }
  }
  ASSERT_GE(roles.size(), 3u);
  EXPECT_EQ(roles[0], "H2");  // 一、总体要求 (H1 is the title)
  EXPECT_EQ(roles[1], "H3");  // （一）标点符号
  EXPECT_EQ(roles[2], "P");
}

// A paragraph running over a page break is measured across it: the line
// before the break is a full line (28 characters, or fewer when a 避头尾 push
// explains it) and the line after it is not the paragraph's first.
TEST(TypographyMeasure, LinesAroundAPageBreakAreMeasured) {
  const Measured m = measure("input/jining-xinfang-2020.yaml");
  SCOPED_TRACE(m.report.text());
  EXPECT_TRUE(m.report.ok());
  EXPECT_EQ(m.report.full_lines, 69);  // 64 when the lines around breaks were skipped

  // The last line of page 1 holds 27 characters because "范。" may not be
  // split: measured with the next page's first line, that is a legal push.
  const Measured pushed = measure("tests/inputs/typography/push-before-break.yaml");
  SCOPED_TRACE(pushed.report.text());
  EXPECT_TRUE(pushed.report.ok());
  EXPECT_EQ(pushed.report.han_full_lines_28, pushed.report.han_full_lines);
}

}  // namespace
}  // namespace gongwen::layout
