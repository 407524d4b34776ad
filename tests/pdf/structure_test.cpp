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

TEST(StructureTest, HeadingsNeverSkipALevel) {
  StructureBuilder s;
  for (const char* role : {"H1", "H3", "H4", "H2", "H4", "H6", "H1", "H2"}) {
    s.begin(TagBegin{role, {}});
    s.end();
  }
  std::string roles;
  for (const auto& e : s.finish()) roles += e.role + " ";
  EXPECT_EQ(roles, "Document H1 H2 H3 H2 H3 H4 H1 H2 ");
}

TEST(StructureTest, FiguresNeedATextAlternative) {
  StructureBuilder s;
  EXPECT_THROW(s.begin(TagBegin{"Figure", {}}), std::invalid_argument);
  EXPECT_THROW(s.begin(TagBegin{"Formula", {{"Alt", ""}}}), std::invalid_argument);
  EXPECT_NO_THROW(s.begin(TagBegin{"Figure", {{"ActualText", "图"}}}));
}

TEST(StructureTest, BoundsCoverTaggedContentAndDecorationsOnOnePage) {
  StructureBuilder s;
  s.start_page(0);
  s.begin(TagBegin{"Table", {}});
  s.begin(TagBegin{"TR", {}});
  s.begin(TagBegin{"TD", {}});
  s.add_bounds(s.mark(ContentKind::kText), 0, {100, 200, 50, 20});
  s.end();
  s.end();
  s.add_bounds(s.mark(ContentKind::kGraphics), 0, {90, 190, 80, 1});  // a rule
  s.begin(TagBegin{"Artifact", {}});  // a repeated header: not part of the table
  s.add_bounds(s.mark(ContentKind::kText), 0, {0, 0, 10, 10});
  s.end();
  s.end();
  s.begin(TagBegin{"Figure", {{"Alt", "图"}}});
  s.add_bounds(s.mark(ContentKind::kGraphics), 0, {0, 0, 10, 10});
  s.add_bounds(s.mark(ContentKind::kGraphics), 1, {0, 0, 10, 10});
  s.end();
  const auto& e = s.finish();
  const ContentBounds& table = e[1].bounds;
  EXPECT_TRUE(table.single_page());
  EXPECT_EQ(table.x0, 90);
  EXPECT_EQ(table.y0, 190);
  EXPECT_EQ(table.x1, 170);
  EXPECT_EQ(table.y1, 220);
  EXPECT_EQ(e[3].bounds.page, -1) << "a TD keeps no bounds";
  EXPECT_EQ(e.back().role, "Figure");
  EXPECT_FALSE(e.back().bounds.single_page()) << "content on two pages has no BBox";
}

TEST(StructureTest, AnnotationsBecomeFormElementsWhereTheyAppear) {
  StructureBuilder s;
  s.begin(TagBegin{"P", {}});
  s.end();
  s.begin(TagBegin{"Artifact", {}});  // even inside an artifact, the widget is tagged
  const int first = s.add_annotation("Form", 3, {10, 20, 30, 40});
  s.end();
  const int second = s.add_annotation("Form", 4, {0, 0, 5, 5});
  const auto& e = s.finish();
  EXPECT_EQ(first, 0);
  EXPECT_EQ(second, 1);
  EXPECT_EQ(s.annotation_count(), 2);
  const int form = s.annotation_owners()[0];
  EXPECT_EQ(e[form].role, "Form");
  EXPECT_EQ(e[form].parent, 0);
  ASSERT_EQ(e[form].kids.size(), 1u);
  EXPECT_EQ(e[form].kids[0].annotation, 0);
  EXPECT_EQ(e[form].kids[0].page, 3);
  EXPECT_EQ(e[form].bounds.x1, 40);
  EXPECT_EQ(e[0].kids.back().element, s.annotation_owners()[1]) << "in reading order";
}

}  // namespace
}  // namespace gongwen::pdf
