#include "pdf/structure.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace gongwen::pdf {
namespace {

using display::TagBegin;

TEST(StructureTest, TopLevelDocumentTagBecomesTheRoot) {
  StructureBuilder s;
  s.begin(TagBegin{"Document", {{"Lang", "zh-CN"}}});
  s.begin(TagBegin{"H1", {}});
  const Marking m = s.mark(ContentKind::kText);
  s.end();
  s.end();
  const auto& e = s.finish();
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].role, "Document");
  EXPECT_EQ(e[0].attributes.lang, "zh-CN");
  EXPECT_EQ(e[1].role, "H1");
  EXPECT_EQ(e[1].parent, 0);
  EXPECT_FALSE(m.artifact);
  EXPECT_EQ(m.element, 1);
}

TEST(StructureTest, LooseTextIsWrappedInOneImplicitParagraphPerStretch) {
  StructureBuilder s;
  s.start_page(0);
  const Marking a = s.mark(ContentKind::kText);
  const Marking b = s.mark(ContentKind::kText);
  s.start_page(1);
  const Marking c = s.mark(ContentKind::kText);
  const auto& e = s.finish();
  EXPECT_EQ(a, b);
  EXPECT_NE(a.element, c.element);
  EXPECT_EQ(e[a.element].role, "P");
  EXPECT_EQ(e[a.element].parent, 0);
  EXPECT_EQ(e[0].role, "Document");
}

TEST(StructureTest, TextDirectlyInAGroupingElementGetsAParagraph) {
  StructureBuilder s;
  s.begin(TagBegin{"Sect", {}});
  const Marking m = s.mark(ContentKind::kText);
  const auto& e = s.elements();
  EXPECT_EQ(e[m.element].role, "P");
  EXPECT_EQ(e[e[m.element].parent].role, "Sect");
}

TEST(StructureTest, GraphicsAreArtifactsOutsideFigures) {
  StructureBuilder s;
  s.begin(TagBegin{"Table", {}});
  const Marking rule = s.mark(ContentKind::kGraphics);
  s.end();
  s.begin(TagBegin{"Figure", {{"Alt", "饼图"}}});
  s.begin(TagBegin{"Caption", {}});
  const Marking slice = s.mark(ContentKind::kGraphics);
  const Marking label = s.mark(ContentKind::kText);
  EXPECT_TRUE(rule.artifact);
  EXPECT_EQ(rule.artifact_type, "Layout");
  EXPECT_FALSE(slice.artifact);
  EXPECT_EQ(s.elements()[slice.element].role, "Figure");
  EXPECT_EQ(s.elements()[slice.element].attributes.alt, "饼图");
  EXPECT_EQ(s.elements()[label.element].role, "Caption");
}

TEST(StructureTest, EverythingInsideAnArtifactIsAnArtifact) {
  StructureBuilder s;
  s.begin(TagBegin{"Artifact", {{"Type", "Pagination"}, {"Subtype", "Footer"}}});
  s.begin(TagBegin{"P", {}});  // ignored: part of the artifact
  const Marking m = s.mark(ContentKind::kText);
  s.end();
  const Marking after_inner_end = s.mark(ContentKind::kText);
  s.end();
  EXPECT_TRUE(m.artifact);
  EXPECT_EQ(m.artifact_type, "Pagination");
  EXPECT_EQ(m.artifact_subtype, "Footer");
  EXPECT_EQ(m, after_inner_end);
  EXPECT_EQ(s.finish().size(), 1u);  // only the root
}

TEST(StructureTest, TableAttributesAreChecked) {
  StructureBuilder s;
  s.begin(TagBegin{"TH", {{"scope", "column"}, {"RowSpan", "2"}, {"ColSpan", "3"}, {"ID", "h1"}}});
  s.end();
  s.begin(TagBegin{"TD", {{"Headers", "h1 h2,h3"}}});
  s.end();
  const auto& e = s.finish();
  EXPECT_EQ(e[1].attributes.scope, "Column");
  EXPECT_EQ(e[1].attributes.row_span, 2);
  EXPECT_EQ(e[1].attributes.col_span, 3);
  EXPECT_EQ(e[1].attributes.id, "h1");
  EXPECT_EQ(e[2].attributes.headers, (std::vector<std::string>{"h1", "h2", "h3"}));
  EXPECT_TRUE(e[2].attributes.has_table_attributes());
}

TEST(StructureTest, BadTagsAreRejected) {
  StructureBuilder s;
  EXPECT_THROW(s.begin(TagBegin{"Heading", {}}), std::invalid_argument);
  EXPECT_THROW(s.begin(TagBegin{"TD", {{"RowSpan", "0"}}}), std::invalid_argument);
  EXPECT_THROW(s.begin(TagBegin{"TD", {{"RowSpan", "two"}}}), std::invalid_argument);
  EXPECT_THROW(s.begin(TagBegin{"TH", {{"Scope", "Diagonal"}}}), std::invalid_argument);
  EXPECT_THROW(s.begin(TagBegin{"P", {{"Colour", "red"}}}), std::invalid_argument);
  EXPECT_THROW(s.begin(TagBegin{"Artifact", {{"Type", "Decoration"}}}), std::invalid_argument);
  EXPECT_THROW(s.end(), std::invalid_argument);
}

TEST(StructureTest, McidsCountPerPageAndAreRecordedAsKids) {
  StructureBuilder s;
  s.begin(TagBegin{"P", {}});
  const int a = s.add_marked_content(1, 0);
  const int b = s.add_marked_content(1, 0);
  const int c = s.add_marked_content(1, 1);
  s.end();
  EXPECT_EQ(a, 0);
  EXPECT_EQ(b, 1);
  EXPECT_EQ(c, 0);
  const auto& kids = s.finish()[1].kids;
  ASSERT_EQ(kids.size(), 3u);
  EXPECT_EQ(kids[2].page, 1);
  EXPECT_EQ(kids[2].mcid, 0);
  EXPECT_EQ(s.mcid_owners()[0], (std::vector<int>{1, 1}));
  EXPECT_EQ(s.mcid_owners()[1], (std::vector<int>{1}));
}

}  // namespace
}  // namespace gongwen::pdf
